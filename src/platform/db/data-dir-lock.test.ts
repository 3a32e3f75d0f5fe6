import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

describe('embedded data folder lock', () => {
  it('refuses a second owner while the first lives, and frees the folder on release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pbi-lock-'));
    // A live process other than this one holds the lock.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    writeFileSync(join(dir, 'server.lock'), String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    other.kill();
    await new Promise((r) => other.once('exit', r));
    // Its lock is now stale and is taken over.
    const release = lockDataDir(dir);
    release();
    lockDataDir(dir)();
  });
});

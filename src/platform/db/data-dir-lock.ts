import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite keeps the whole database in this process and does not coordinate with other
 * processes: two servers on one data folder corrupt it. The lock file holds the owner's pid;
 * a lock left by a process that no longer exists is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(readonly pid: number, readonly dir: string) {
    super(
      `Folder data ${dir} sedang dipakai oleh proses lain (pid ${pid}). Hentikan proses itu dulu; ` +
        `kantor dengan beberapa PC memakai PostgreSQL (DATABASE_URL).\n` +
        `The data folder ${dir} is in use by another process (pid ${pid}). Stop it first; an office ` +
        `with several PCs uses PostgreSQL (DATABASE_URL).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirLockedError(pid, dir);
      }
      unlinkSync(file); // stale lock from a crashed process
    }
  }
  throw new Error(`could not lock ${dir}`);
}

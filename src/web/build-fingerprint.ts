import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A hash of everything the browser build is made from. Vite writes it beside the build
 * (dist/.fingerprint); the browser tests rebuild only when it no longer matches the sources.
 * Node-only: used by vite.config.ts and test/e2e/harness.ts, never bundled.
 */
function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

export function webFingerprint(repoRoot: string): string {
  const inputs = [
    ...files(join(repoRoot, 'src', 'web')),
    join(repoRoot, 'vite.config.ts'),
    // Imported by the console at run time (role names); the other imports are types only.
    join(repoRoot, 'src', 'platform', 'auth', 'roles.ts'),
    join(repoRoot, 'package-lock.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const f of inputs) if (existsSync(f)) hash.update(relative(repoRoot, f)).update(readFileSync(f));
  return hash.digest('hex');
}

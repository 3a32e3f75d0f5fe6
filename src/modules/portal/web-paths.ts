import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the browser code lives. The server runs from source (tsx) and may one day run from a tsc
 * build in dist/, so the repository root is found by walking up to package.json rather than by a
 * fixed number of "../".
 */
function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'web'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start, '../../..');
    dir = up;
  }
}

export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const WEB_SOURCE = join(REPO_ROOT, 'src', 'web');
/** Vite's output (vite.config.ts); WEB_DIST_DIR overrides it (tests build elsewhere). */
export const webDistDir = (): string => process.env.WEB_DIST_DIR ?? join(WEB_SOURCE, 'dist');

/** The part of Vite's manifest we read. */
export interface ManifestEntry {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestEntry>;

export function readManifest(distDir: string): Manifest | null {
  const file = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

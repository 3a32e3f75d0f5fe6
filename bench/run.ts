import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { BenchResult } from './bench-types.js';

// `npm run bench` runs every bench/*.bench.ts; `npm run bench -- foundation` only those matching.
const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));

let failures = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<BenchResult[]> };
    if (!mod.run) {
      console.log('  (no run() export)');
      continue;
    }
    for (const r of await mod.run()) {
      const base = r.baseline ? `  baseline ${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '';
      const ratio = r.ratio !== undefined ? `  ratio ${r.ratio.toFixed(2)}` : '';
      const target = r.target ? `  target ${r.target}` : '';
      console.log(`  ${r.name}: ${fmt(r.value)} ${r.unit}${base}${ratio}${target}`);
    }
  } catch (err) {
    failures++;
    console.log(`  FAILED: ${err instanceof Error ? err.stack : String(err)}`);
  }
}
process.exit(failures > 0 ? 1 : 0);

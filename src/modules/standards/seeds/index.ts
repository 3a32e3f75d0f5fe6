import type { OfficeStandard } from '../standard.schema.js';
import { kabKarangasem } from './kab-karangasem.js';
import { kabMalinau } from './kab-malinau.js';
import { kotaPalembang } from './kota-palembang.js';
import { kotaPasuruan } from './kota-pasuruan.js';
import { kotaTarakan } from './kota-tarakan.js';

export const SEED_SLUGS = ['kota-pasuruan', 'kab-karangasem', 'kota-palembang', 'kota-tarakan', 'kab-malinau'] as const;
export type SeedSlug = (typeof SEED_SLUGS)[number];

// The seed files share objects between services (one `kk` requirement, one `arrive` step). Handing
// those out would let a caller's structuredClone-and-edit change every service at once, so callers get a
// detached, frozen copy: plain JSON, exactly what storage will hold.
function detach<T>(value: T): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  const freeze = (v: unknown): void => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(freeze);
      Object.freeze(v);
    }
  };
  freeze(copy);
  return copy;
}

/** The five published standards (docs/seeds/), version 1 of each office's configuration. Read-only. */
export const seedStandards: Record<SeedSlug, OfficeStandard> = {
  'kota-pasuruan': detach(kotaPasuruan),
  'kab-karangasem': detach(kabKarangasem),
  'kota-palembang': detach(kotaPalembang),
  'kota-tarakan': detach(kotaTarakan),
  'kab-malinau': detach(kabMalinau),
};

/** Source text of each seed, relative to the repository root, for provenance and tests. */
export const seedSourceFiles: Record<SeedSlug, string> = {
  'kota-pasuruan': 'docs/seeds/000_3217b9178dc2a0a5.txt',
  'kab-karangasem': 'docs/seeds/001_1f3a06ae336a5f92.txt',
  'kota-palembang': 'docs/seeds/002_2db173dfefba4e3a.txt',
  'kota-tarakan': 'docs/seeds/003_ec7e720940bce4d3.txt',
  'kab-malinau': 'docs/seeds/004_293221fe53399270.txt',
};

/**
 * Seeded pseudo-random numbers for synthetic data: the same seed gives the same families on every
 * machine and Node version, which `Math.random` cannot. mulberry32 (Tommy Ettinger, public domain):
 * 32-bit state, period 2^32, fast, and good enough for test data (not for anything secret).
 */

export type Rng = () => number;

/** FNV-1a, so that string seeds ('pasuruan-demo') work as well as numbers. */
export function seedFrom(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Returns a function giving floats in [0, 1). */
export function mulberry32(seed: number | string): Rng {
  let a = seedFrom(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max]. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick() from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** Picks from cumulative shares `[[value, upTo], …]` whose last `upTo` is 1. */
export function pickShare<T>(rng: Rng, shares: ReadonlyArray<readonly [T, number]>): T {
  const r = rng();
  for (const [value, upTo] of shares) if (r < upTo) return value;
  return (shares[shares.length - 1] as readonly [T, number])[0];
}

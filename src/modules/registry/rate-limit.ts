/**
 * In-memory token bucket per client key (the IP for public routes). Public identity checks store nothing,
 * but unthrottled they would let anyone test NIK guesses at machine speed. In memory is enough: one
 * process serves an office; several processes each allow their share, which is still a bound.
 */
export interface TokenBucketOptions {
  /** Bucket size: requests allowed in a burst. */
  capacity: number;
  /** Tokens added per minute. */
  perMinute: number;
  /** Most keys kept; the oldest are dropped first, so a flood of addresses cannot grow memory. */
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucket {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly opts: TokenBucketOptions) {
    this.refillPerMs = opts.perMinute / 60_000;
    this.maxKeys = opts.maxKeys ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  /** Takes one token; returns 0 when allowed, else the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    let b = this.buckets.get(key);
    if (b === undefined) {
      if (this.buckets.size >= this.maxKeys) {
        const oldest = this.buckets.keys().next();
        if (!oldest.done) this.buckets.delete(oldest.value);
      }
      b = { tokens: this.opts.capacity, at: now };
    } else {
      b.tokens = Math.min(this.opts.capacity, b.tokens + (now - b.at) * this.refillPerMs);
      b.at = now;
      // Re-insert so Map order stays least-recently-used first.
      this.buckets.delete(key);
    }
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.refillPerMs / 1000));
  }
}

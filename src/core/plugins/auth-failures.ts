/**
 * Counts failed authentications per key (a client address, a key id) in a fixed window: past
 * `max` failures, `retryAfter` says how long until the window ends. Memory stays bounded: the
 * oldest entries go first when the table is full.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; resetAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly capacity = 10_000,
  ) {}

  /** Milliseconds until `key` is below the limit again, or 0 when it is below it now. */
  retryAfter(key: string, now = Date.now()): number {
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) return 0;
    return window.failures >= this.max ? window.resetAt - now : 0;
  }

  recordFailure(key: string, now = Date.now()) {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.delete(key);
      if (this.windows.size >= this.capacity) this.windows.delete(this.windows.keys().next().value as string);
      window = { failures: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.failures += 1;
  }
}

/**
 * Counts failed authentications per client address in a fixed window, so that guessing keys is
 * slow: past `max` failures a client is refused until its window ends. Memory stays bounded: the
 * oldest entries go first when the table is full.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; resetAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly capacity = 10_000,
  ) {}

  /** Milliseconds until `client` may try again, or 0 when it may try now. */
  retryAfter(client: string, now = Date.now()): number {
    const window = this.windows.get(client);
    if (!window || window.resetAt <= now) return 0;
    return window.failures >= this.max ? window.resetAt - now : 0;
  }

  recordFailure(client: string, now = Date.now()) {
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      this.windows.delete(client);
      if (this.windows.size >= this.capacity) this.windows.delete(this.windows.keys().next().value as string);
      window = { failures: 0, resetAt: now + this.windowMs };
      this.windows.set(client, window);
    }
    window.failures += 1;
  }
}

/** The shortest sleep between rounds: work that is due but cannot start yet must not spin the loop. */
const MIN_SLEEP_MS = 5;

export interface PollerOptions {
  /** How long to sleep between rounds when nothing wakes the poller and nothing falls due sooner. */
  pollMs: number;
  /**
   * One round: looks for due work and starts it with `launch`. Returns when the next piece of work
   * known to be waiting falls due (ms since the epoch), so that the poller sleeps only until then.
   */
  round: () => Promise<number | undefined> | number | undefined;
  /** Told when a round throws; the poller tries again at the next poll. */
  onRoundError: (error: unknown) => void;
}

/**
 * The lifecycle of background work (webhook deliveries, cache purges, timed publication): rounds
 * on a timer that never holds the process open, `wake()` for a round now (a write just committed),
 * work run in the background under a key so that no round starts it twice, and `stop()`, which
 * aborts the work in flight (its `stopping` signal) and waits for it, so nothing runs after shutdown.
 */
export class Poller {
  readonly #pollMs: number;
  readonly #round: PollerOptions['round'];
  readonly #onRoundError: PollerOptions['onRoundError'];
  readonly #inFlight = new Map<string, Promise<void>>();
  #stopping = new AbortController();
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  /** The round in progress: rounds never overlap, and one asked for meanwhile follows it at once. */
  #roundInProgress: Promise<void> | undefined;
  #roundAgain = false;

  constructor({ pollMs, round, onRoundError }: PollerOptions) {
    this.#pollMs = pollMs;
    this.#round = round;
    this.#onRoundError = onRoundError;
  }

  get running() {
    return this.#running;
  }

  /** The keys of the work in flight. */
  get inFlight(): string[] {
    return [...this.#inFlight.keys()];
  }

  isInFlight(key: string) {
    return this.#inFlight.has(key);
  }

  start() {
    if (this.#running) return;
    this.#running = true;
    this.#stopping = new AbortController();
    this.#schedule(0);
  }

  /** Stops the rounds and aborts the work in flight; resolves once that work has ended. */
  async stop() {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#stopping.abort();
    await Promise.allSettled([this.#roundInProgress, ...this.#inFlight.values()]);
  }

  /** Runs a round now rather than at the next poll. */
  wake() {
    if (this.#running) this.#schedule(0);
  }

  /**
   * Runs `work` in the background under `key`, given the signal `stop()` aborts. When it ends a
   * round follows at once: more may have fallen due meanwhile, and its slot is free.
   */
  launch(key: string, work: (stopping: AbortSignal) => Promise<void>, onError: (error: unknown) => void) {
    const running = work(this.#stopping.signal)
      .catch(onError)
      .finally(() => {
        this.#inFlight.delete(key);
        this.wake();
      });
    this.#inFlight.set(key, running);
  }

  #schedule(delayMs: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delayMs);
    this.#timer.unref();
  }

  async #run() {
    if (!this.#running) return;
    if (this.#roundInProgress) {
      this.#roundAgain = true;
      return;
    }
    let delay = this.#pollMs;
    this.#roundInProgress = (async () => {
      try {
        const nextDueAt = await this.#round();
        if (nextDueAt !== undefined) delay = Math.max(MIN_SLEEP_MS, Math.min(delay, nextDueAt - Date.now()));
      } catch (error) {
        this.#onRoundError(error);
      }
    })();
    await this.#roundInProgress;
    this.#roundInProgress = undefined;
    if (this.#roundAgain) delay = 0;
    this.#roundAgain = false;
    if (this.#running) this.#schedule(delay);
  }
}

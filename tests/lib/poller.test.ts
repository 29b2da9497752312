import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Poller } from '../../src/lib/poller.ts';

describe('Poller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a round at start, then every pollMs, and none after stop', async () => {
    const round = vi.fn(() => undefined);
    const poller = new Poller({ pollMs: 100, round, onRoundError: () => undefined });
    poller.start();
    expect(poller.running).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(round).toHaveBeenCalledTimes(3);
    await poller.stop();
    expect(poller.running).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(3);
  });

  it('runs a round at once when woken, and only while running', async () => {
    const round = vi.fn(() => undefined);
    const poller = new Poller({ pollMs: 10_000, round, onRoundError: () => undefined });
    poller.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).not.toHaveBeenCalled();
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(round).toHaveBeenCalledTimes(2);
    await poller.stop();
  });

  it('sleeps only until the next piece of work falls due, but never less than a few ms', async () => {
    // Due in 30 ms; then due already (claimed elsewhere, or no slot free: wait the minimum, do not
    // spin); then nothing known (the next poll).
    const answers = [30, -1000, undefined];
    const round = vi.fn(() => {
      const inMs = answers.shift();
      return inMs === undefined ? undefined : Date.now() + inMs;
    });
    const poller = new Poller({ pollMs: 1000, round, onRoundError: () => undefined });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(29);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(999);
    expect(round).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(round).toHaveBeenCalledTimes(4);
    await poller.stop();
  });

  it('reports a round that throws and tries again at the next poll', async () => {
    const errors: unknown[] = [];
    const round = vi.fn((): number | undefined => {
      throw new Error('database is locked');
    });
    const poller = new Poller({ pollMs: 50, round, onRoundError: (error) => errors.push(error) });
    poller.start();
    await vi.advanceTimersByTimeAsync(60);
    expect(round).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ message: 'database is locked' });
    await poller.stop();
  });

  it('runs launched work under its key, and looks again when it ends', async () => {
    const rounds: string[][] = [];
    let finish = () => {};
    const poller: Poller = new Poller({
      pollMs: 10_000,
      round: () => {
        rounds.push(poller.inFlight);
        if (rounds.length === 1) {
          poller.launch(
            'a',
            () => new Promise<void>((resolve) => (finish = resolve)),
            () => undefined,
          );
        }
        return undefined;
      },
      onRoundError: () => undefined,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.isInFlight('a')).toBe(true);
    poller.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(rounds).toEqual([[], ['a']]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.isInFlight('a')).toBe(false);
    expect(rounds).toEqual([[], ['a'], []]);
    await poller.stop();
  });

  it('hands work that fails to its error handler', async () => {
    const errors: unknown[] = [];
    const poller = new Poller({ pollMs: 10_000, round: () => undefined, onRoundError: () => undefined });
    poller.start();
    poller.launch(
      'a',
      () => Promise.reject(new Error('refused')),
      (error) => errors.push(error),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(errors[0]).toMatchObject({ message: 'refused' });
    expect(poller.inFlight).toEqual([]);
    await poller.stop();
  });

  it('aborts work in flight on stop and waits for it to end', async () => {
    const poller = new Poller({ pollMs: 10_000, round: () => undefined, onRoundError: () => undefined });
    poller.start();
    let sawAbort = false;
    let ended = false;
    poller.launch(
      'a',
      (stopping) =>
        new Promise<void>((resolve) => {
          stopping.addEventListener('abort', () => {
            sawAbort = true;
            setTimeout(() => {
              ended = true;
              resolve();
            }, 20);
          });
        }),
      () => undefined,
    );
    const stopped = poller.stop();
    expect(sawAbort).toBe(true);
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    await stopped;
    expect(ended).toBe(true);
  });

  it('starts again with a fresh signal after a stop', async () => {
    const poller = new Poller({ pollMs: 10_000, round: () => undefined, onRoundError: () => undefined });
    poller.start();
    await poller.stop();
    poller.start();
    let signal: AbortSignal | undefined;
    poller.launch(
      'a',
      async (stopping) => {
        signal = stopping;
      },
      () => undefined,
    );
    expect(signal?.aborted).toBe(false);
    await poller.stop();
    expect(signal?.aborted).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { acquireLease, leaseHolder, releaseLease } from '../../../src/core/cluster/lease.ts';
import { useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp({ seed: false });

describe('leases', () => {
  it('go to one holder until they expire, then to whoever asks; a release frees them at once', async () => {
    const db = ctx.app.db;
    const t = Date.parse('2026-01-01T00:00:00Z');
    expect(await acquireLease(db, 'work', 'a', 1000, t)).toBe(true);
    expect(await acquireLease(db, 'work', 'b', 1000, t + 500)).toBe(false);
    // The holder renews: still its own past the first expiry.
    expect(await acquireLease(db, 'work', 'a', 1000, t + 900)).toBe(true);
    expect(await acquireLease(db, 'work', 'b', 1000, t + 1500)).toBe(false);
    // The holder stops renewing (it died): once expired, the next one takes it.
    expect(await acquireLease(db, 'work', 'b', 1000, t + 1901)).toBe(true);
    expect((await leaseHolder(db, 'work'))?.holder).toBe('b');
    expect(await acquireLease(db, 'work', 'a', 1000, t + 2000)).toBe(false);
    // A release by someone else changes nothing; by the holder, frees it.
    await releaseLease(db, 'work', 'a');
    expect((await leaseHolder(db, 'work'))?.holder).toBe('b');
    await releaseLease(db, 'work', 'b');
    expect(await acquireLease(db, 'work', 'a', 1000, t + 2000)).toBe(true);
  });

  it('make the app that holds one the leader, running the scheduler', async () => {
    expect(ctx.app.leader.isLeader).toBe(true);
    expect((await leaseHolder(ctx.app.db, 'singletons'))?.holder).toBe(ctx.app.leader.id);
  });
});

import { describe, expect, it } from 'vitest';
import { acquireLease, leaseHolder, releaseLease } from '../../../src/core/cluster/lease.ts';
import { useBothStores } from '../../support/stores.ts';

// The lease repository, written once, on both stores: the same calls give the same answers.
const stores = useBothStores();

describe.each(stores)('leases on %s', (_store, db) => {
  it('go to one holder until they expire, then to whoever asks; a release frees them at once', async () => {
    const t = Date.parse('2026-01-01T00:00:00Z');
    expect(await leaseHolder(db(), 'work')).toBeUndefined();
    expect(await acquireLease(db(), 'work', 'a', 1000, t)).toBe(true);
    expect(await leaseHolder(db(), 'work')).toEqual({ holder: 'a', expiresAt: '2026-01-01T00:00:01.000Z' });
    expect(await acquireLease(db(), 'work', 'b', 1000, t + 500)).toBe(false);
    // The holder renews: still its own past the first expiry.
    expect(await acquireLease(db(), 'work', 'a', 1000, t + 900)).toBe(true);
    expect((await leaseHolder(db(), 'work'))?.expiresAt).toBe('2026-01-01T00:00:01.900Z');
    expect(await acquireLease(db(), 'work', 'b', 1000, t + 1500)).toBe(false);
    // The holder stops renewing (it died): once expired, the next one takes it.
    expect(await acquireLease(db(), 'work', 'b', 1000, t + 1901)).toBe(true);
    expect((await leaseHolder(db(), 'work'))?.holder).toBe('b');
    expect(await acquireLease(db(), 'work', 'a', 1000, t + 2000)).toBe(false);
    // A release by someone else changes nothing; by the holder, frees it.
    await releaseLease(db(), 'work', 'a');
    expect((await leaseHolder(db(), 'work'))?.holder).toBe('b');
    await releaseLease(db(), 'work', 'b');
    expect(await leaseHolder(db(), 'work')).toBeUndefined();
    expect(await acquireLease(db(), 'work', 'a', 1000, t + 2000)).toBe(true);
  });

  it('go to exactly one of several processes asking at once', async () => {
    const t = Date.parse('2026-01-01T00:00:00Z');
    const holders = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const won = await Promise.all(holders.map((holder) => acquireLease(db(), 'race', holder, 1000, t)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect((await leaseHolder(db(), 'race'))?.holder).toBe(holders[won.indexOf(true)]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, writerOf } from '../../../src/core/db/client.ts';
import { inTransaction, inTransactionIfIdle } from '../../../src/core/db/transaction.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-tx-'));
const db = openDatabase(join(dir, 'db.sqlite'));
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

const leaseCount = (on = db) => on.$client.prepare('SELECT count(*) FROM leases').pluck().get() as number;
const addLease = (tx: typeof db, name: string) =>
  tx.$client.prepare("INSERT INTO leases (name, holder, expires_at) VALUES (?, 'test', '2099-01-01')").run(name);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('reads and writes', () => {
  it('refuse a write on the read connection: every write goes through inTransaction', () => {
    expect(() => addLease(db, 'stray')).toThrow(/readonly/);
    expect(leaseCount()).toBe(0);
  });

  it('hide what an open transaction wrote from reads until it commits', async () => {
    let seenInside = -1;
    let seenOutside = -1;
    const writing = inTransaction(db, async (tx) => {
      addLease(tx, 'a');
      seenInside = leaseCount(tx);
      await tick(); // other work runs here, e.g. another request's read
      addLease(tx, 'b');
    });
    await tick();
    seenOutside = leaseCount();
    await writing;
    expect({ seenInside, seenOutside, after: leaseCount() }).toEqual({ seenInside: 1, seenOutside: 0, after: 2 });
  });

  it('undo all of a transaction that throws, and go on with the next', async () => {
    const before = leaseCount();
    const failing = inTransaction(db, async (tx) => {
      addLease(tx, 'c');
      await tick();
      throw new Error('refused');
    });
    const next = inTransaction(db, (tx) => addLease(tx, 'd'));
    await expect(failing).rejects.toThrow('refused');
    await next;
    expect(leaseCount()).toBe(before + 1);
    expect(db.$client.prepare("SELECT count(*) FROM leases WHERE name = 'c'").pluck().get()).toBe(0);
  });

  it('take turns: a second transaction starts after the first has committed, in the order asked', async () => {
    const order: string[] = [];
    const first = inTransaction(db, async (tx) => {
      order.push('first begins');
      await tick();
      addLease(tx, 'e');
      order.push('first ends');
    });
    const second = inTransaction(db, (tx) => {
      order.push(`second sees ${leaseCount(tx)}`);
    });
    const before = leaseCount();
    await Promise.all([first, second]);
    expect(order).toEqual(['first begins', 'first ends', `second sees ${before + 1}`]);
  });

  it('make a transaction inside another a savepoint: its failure undoes only its part', async () => {
    const before = leaseCount();
    await inTransaction(db, async (tx) => {
      addLease(tx, 'outer');
      await expect(
        inTransaction(tx, async (inner) => {
          addLease(inner, 'inner');
          await tick();
          throw new Error('inner refused');
        }),
      ).rejects.toThrow('inner refused');
      await inTransaction(tx, (inner) => addLease(inner, 'inner kept'));
    });
    const names = db.$client.prepare('SELECT name FROM leases ORDER BY name').pluck().all();
    expect(leaseCount()).toBe(before + 2);
    expect(names).toContain('outer');
    expect(names).toContain('inner kept');
    expect(names).not.toContain('inner');
  });

  it('skip a write that can wait while a transaction is open, and do it at once otherwise', async () => {
    let skipped: unknown = 'not tried';
    const writing = inTransaction(db, async (tx) => {
      addLease(tx, 'f');
      await tick();
    });
    await tick();
    skipped = inTransactionIfIdle(db, (tx) => addLease(tx, 'skipped'));
    await writing;
    expect(skipped).toBeUndefined();
    expect(inTransactionIfIdle(db, (tx) => addLease(tx, 'done'))?.changes).toBe(1);
    expect(db.$client.prepare("SELECT count(*) FROM leases WHERE name IN ('skipped', 'done')").pluck().get()).toBe(1);
    expect(writerOf(db)).not.toBe(db);
  });
});

import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { changedRows, first, identityOf, rows, shapedRows } from '../../../src/core/db/queries.ts';
import { inTransaction } from '../../../src/core/db/transaction.ts';
import { useBothStores } from '../../support/stores.ts';

const stores = useBothStores();

describe.each(stores)('queries written once, on %s', (_store, db) => {
  it('read the first row, raw rows by column name, and count what a write changed', async () => {
    const { leases } = db().tables;
    const lease = (name: string) => ({ name, holder: 'test', expiresAt: '2099-01-01T00:00:00.000Z' });
    await inTransaction(db(), (tx) => tx.insert(tx.tables.leases).values([lease('a'), lease('b')]));
    expect(await first(db().select().from(leases).where(eq(leases.name, 'b')).limit(1))).toEqual(lease('b'));
    expect(await first(db().select().from(leases).where(eq(leases.name, 'z')).limit(1))).toBeUndefined();
    expect(
      await rows<{ name: string; holder: string }>(db(), sql`SELECT name, holder FROM leases ORDER BY name`),
    ).toEqual([
      { name: 'a', holder: 'test' },
      { name: 'b', holder: 'test' },
    ]);
    const changed = await inTransaction(db(), async (tx) =>
      changedRows(await tx.update(tx.tables.leases).set({ holder: 'other' })),
    );
    expect(changed).toBe(2);
  });

  it("run a query of one shape with each call's own values, and a fixed fragment as part of the shape", async () => {
    const { leases } = db().tables;
    const lease = (name: string, holder: string) => ({ name, holder, expiresAt: '2099-01-01T00:00:00.000Z' });
    await inTransaction(db(), (tx) => tx.insert(tx.tables.leases).values([lease('s1', 'x'), lease('s2', 'y')]));
    const heldByX = sql`${leases.holder} = 'x'`;
    const named = (name: string, where?: typeof heldByX) =>
      shapedRows<{ name: string }>(db(), `test ${identityOf(where)}`, { name }, (value) =>
        where
          ? sql`SELECT name FROM leases WHERE name = ${value('name')} AND ${where}`
          : sql`SELECT name FROM leases WHERE name = ${value('name')}`,
      );
    expect(await named('s1')).toEqual([{ name: 's1' }]);
    expect(await named('s2')).toEqual([{ name: 's2' }]);
    expect(await named('s2', heldByX)).toEqual([]);
    expect(await named('s1', heldByX)).toEqual([{ name: 's1' }]);
    expect(identityOf(heldByX)).toBe(identityOf(heldByX));
    expect(identityOf(heldByX)).not.toBe(identityOf(sql`${leases.holder} = 'x'`));
  });

  it('undo a transaction that throws, and make one inside another a savepoint', async () => {
    const { leases } = db().tables;
    const count = async () => (await db().select().from(leases)).length;
    const before = await count();
    await expect(
      inTransaction(db(), async (tx) => {
        await tx.insert(tx.tables.leases).values({ name: 'undone', holder: 't', expiresAt: 'x' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await inTransaction(db(), async (tx) => {
      await tx.insert(tx.tables.leases).values({ name: 'kept', holder: 't', expiresAt: 'x' });
      await expect(
        inTransaction(tx, async (inner) => {
          await inner.insert(inner.tables.leases).values({ name: 'inner', holder: 't', expiresAt: 'x' });
          throw new Error('inner refused');
        }),
      ).rejects.toThrow('inner refused');
    });
    const names = (await db().select({ name: leases.name }).from(leases)).map((row) => row.name);
    expect(names).toContain('kept');
    expect(names).not.toContain('undone');
    expect(names).not.toContain('inner');
    expect(await count()).toBe(before + 1);
  });
});

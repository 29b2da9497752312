import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { changedRows, first } from '../db/queries.ts';
import { inTransaction } from '../db/transaction.ts';

/**
 * A named lease in the database (table `leases`): at most one holder at a time, until `expiresAt`.
 * The holder renews it well before then; a holder that dies stops renewing, and once it has
 * expired the next process to ask takes it. Both steps are one statement each, so two processes
 * asking at once cannot both get it.
 */

/** Takes the lease, or renews it for its holder; true when `holder` holds it until `now + ttlMs`. */
export function acquireLease(db: Db, name: string, holder: string, ttlMs: number, now = Date.now()): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { leases } = tx.tables;
    const expiresAt = new Date(now + ttlMs).toISOString();
    // An upsert whose update applies only to its own holder or an expired lease: otherwise it changes no row.
    const result = await tx
      .insert(leases)
      .values({ name, holder, expiresAt })
      .onConflictDoUpdate({
        target: leases.name,
        set: { holder, expiresAt },
        setWhere: or(eq(leases.holder, holder), lt(leases.expiresAt, new Date(now).toISOString())),
      });
    return changedRows(result) === 1;
  });
}

/** Gives the lease up at once (a clean shutdown), so another process need not wait for it to expire. */
export function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    const { leases } = tx.tables;
    await tx.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder)));
  });
}

export function leaseHolder(db: Db, name: string): Promise<{ holder: string; expiresAt: string } | undefined> {
  const { leases } = db.tables;
  return first(
    db
      .select({ holder: leases.holder, expiresAt: leases.expiresAt })
      .from(leases)
      .where(eq(leases.name, name))
      .limit(1),
  );
}

import type { Db } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';

/**
 * A named lease in the database (table `leases`): at most one holder at a time, until `expiresAt`.
 * The holder renews it well before then; a holder that dies stops renewing, and once it has
 * expired the next process to ask takes it. Both steps are one statement each, so two processes
 * asking at once cannot both get it.
 */

/** Takes the lease, or renews it for its holder; true when `holder` holds it until `now + ttlMs`. */
export function acquireLease(db: Db, name: string, holder: string, ttlMs: number, now = Date.now()): Promise<boolean> {
  return inTransaction(db, (db) => {
    const result = db.$client
      .prepare(
        `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at < ?`,
      )
      .run(name, holder, new Date(now + ttlMs).toISOString(), new Date(now).toISOString());
    return result.changes === 1;
  });
}

/** Gives the lease up at once (a clean shutdown), so another process need not wait for it to expire. */
export function releaseLease(db: Db, name: string, holder: string) {
  return inTransaction(db, (db) => {
    db.$client.prepare('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder);
  });
}

export function leaseHolder(db: Db, name: string): { holder: string; expiresAt: string } | undefined {
  return db.$client.prepare('SELECT holder, expires_at AS expiresAt FROM leases WHERE name = ?').get(name) as
    { holder: string; expiresAt: string } | undefined;
}

import type { Db } from './client.ts';

/**
 * Runs `work` in one SQLite transaction: all of it commits, or (when it throws) none of it does,
 * so a rejected request changes nothing. Nested calls become savepoints. Repository functions
 * take the same `Db` inside and outside: better-sqlite3 has one connection, so every statement
 * issued while `work` runs belongs to the transaction.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work).immediate();
}

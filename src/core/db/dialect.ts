import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/**
 * What a store does its own way: transactions, raw SQL, replicas and its migrations' record. Every other call a repository makes (drizzle's query
 * builder, awaited) is the same on both stores. SQLite's is the default (transaction.ts); a
 * PostgreSQL handle is registered with its own (postgres/client.ts).
 */
export interface Dialect {
  /** Runs `work` in one transaction (a savepoint when `db` is itself a transaction). */
  transaction<T>(db: Db, work: (tx: Db) => T | Promise<T>): Promise<T>;
  /** A write a read may skip or put off: done now, answering its result, or undefined when it is not. */
  ifIdle<T>(db: Db, work: (tx: Db) => T): T | undefined;
  /** The rows of a raw SQL query, as objects keyed by column name. */
  rows<T>(db: Db, query: SQL): Promise<T[]>;
  /** The same for a query that only reads: where `db` reads from replicas, on one of them. */
  readRows<T>(db: Db, query: SQL): Promise<T[]>;
  /** The handle that reads from the primary, where `db` reads from replicas. */
  primary(db: Db): Db;
  /** Where the store keeps its record of applied migrations, and the committed ones. */
  migrations: { table: SQL; folder: string };
}

const dialects = new WeakMap<object, Dialect>();

export function registerDialect(db: Db, dialect: Dialect): Db {
  dialects.set(db, dialect);
  return db;
}

/** The dialect a handle was registered with; undefined for SQLite's. */
export function dialectOf(db: Db): Dialect | undefined {
  return dialects.get(db);
}

/**
 * Running drizzle queries the same way on both stores: awaited, never with SQLite's synchronous
 * `.get()`, `.all()` or `.run()`, which node-postgres lacks.
 */

/** The first row a query answers (give it `.limit(1)`), or undefined. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/** How many rows an awaited insert, update or delete changed: SQLite says `changes`, node-postgres `rowCount`. */
export function changedRows(result: unknown): number {
  const { changes, rowCount } = result as { changes?: number; rowCount?: number | null };
  return changes ?? rowCount ?? 0;
}

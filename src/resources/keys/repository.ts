import { desc, eq, isNull, and } from 'drizzle-orm';
import { inTransaction } from '../../core/db/transaction.ts';
import { changedRows, first } from '../../core/db/queries.ts';
import type { Db } from '../../core/db/client.ts';
import type { apiKeys, ApiScope } from '../../core/db/schema.ts';
import { hashSecret, keyIdOf, newKeySecret, secretMatches } from '../../lib/secrets.ts';
import { nowIso } from '../../lib/clock.ts';

export interface ApiKey {
  id: string;
  name: string;
  scopes: ApiScope[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** How often `lastUsedAt` is refreshed: often enough to audit, rarely enough not to write on every read. */
const LAST_USED_RESOLUTION_MS = 60_000;

function toApiKey(row: typeof apiKeys.$inferSelect): ApiKey {
  const { secretHash, ...key } = row;
  return key;
}

/** Creates a key and returns it with its secret, which is not stored and cannot be shown again. */
export function createApiKey(db: Db, name: string, scopes: ApiScope[]): Promise<{ key: ApiKey; secret: string }> {
  return inTransaction(db, async (tx) => {
    const { id, secret } = newKeySecret();
    const key: ApiKey = {
      id,
      name,
      scopes: [...new Set(scopes)],
      createdAt: nowIso(),
      revokedAt: null,
      lastUsedAt: null,
    };
    await tx.insert(tx.tables.apiKeys).values({ ...key, secretHash: hashSecret(secret) });
    return { key, secret };
  });
}

export async function listApiKeys(db: Db): Promise<ApiKey[]> {
  const { apiKeys } = db.tables;
  return (await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), apiKeys.id)).map(toApiKey);
}

export async function findApiKey(db: Db, id: string): Promise<ApiKey | undefined> {
  const { apiKeys } = db.tables;
  const row = await first(db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1));
  return row && toApiKey(row);
}

/** Revokes a key at once: the next request that presents it is refused. False when no live key has the id. */
export function revokeApiKey(db: Db, id: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { apiKeys } = tx.tables;
    const result = await tx
      .update(apiKeys)
      .set({ revokedAt: nowIso() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
    return changedRows(result) > 0;
  });
}

/** The live key a presented secret belongs to, or undefined; the comparison is constant-time. */
export async function authenticate(db: Db, secret: string): Promise<ApiKey | undefined> {
  const { apiKeys } = db.tables;
  const id = keyIdOf(secret);
  const row = id === undefined ? undefined : await first(db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1));
  if (!secretMatches(secret, row?.secretHash) || !row || row.revokedAt !== null) return undefined;
  const now = Date.now();
  if (row.lastUsedAt === null || now - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    // A stamp to the minute, not waited for: the request goes on while it waits its turn to write. Lost
    // (the database closing, say), the next request sets it.
    inTransaction(db, (tx) =>
      tx
        .update(tx.tables.apiKeys)
        .set({ lastUsedAt: new Date(now).toISOString() })
        .where(eq(tx.tables.apiKeys.id, row.id)),
    ).catch(() => undefined);
  }
  return toApiKey(row);
}

import { desc, eq, isNull, and } from 'drizzle-orm';
import { inTransaction, inTransactionIfIdle } from '../../core/db/transaction.ts';
import type { Db } from '../../core/db/client.ts';
import { apiKeys, type ApiScope } from '../../core/db/schema.ts';
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
  return inTransaction(db, (db) => {
    const { id, secret } = newKeySecret();
    const key: ApiKey = {
      id,
      name,
      scopes: [...new Set(scopes)],
      createdAt: nowIso(),
      revokedAt: null,
      lastUsedAt: null,
    };
    db.insert(apiKeys)
      .values({ ...key, secretHash: hashSecret(secret) })
      .run();
    return { key, secret };
  });
}

export function listApiKeys(db: Db): ApiKey[] {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), apiKeys.id).all().map(toApiKey);
}

export function findApiKey(db: Db, id: string): ApiKey | undefined {
  const row = db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
  return row && toApiKey(row);
}

/** Revokes a key at once: the next request that presents it is refused. False when no live key has the id. */
export function revokeApiKey(db: Db, id: string): Promise<boolean> {
  return inTransaction(db, (db) => {
    const result = db
      .update(apiKeys)
      .set({ revokedAt: nowIso() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .run();
    return result.changes > 0;
  });
}

/** The live key a presented secret belongs to, or undefined; the comparison is constant-time. */
export function authenticate(db: Db, secret: string): ApiKey | undefined {
  const id = keyIdOf(secret);
  const row = id === undefined ? undefined : db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
  if (!secretMatches(secret, row?.secretHash) || !row || row.revokedAt !== null) return undefined;
  const now = Date.now();
  if (row.lastUsedAt === null || now - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    // A stamp to the minute: skipped while this process is writing, the next request sets it.
    inTransactionIfIdle(db, (db) =>
      db
        .update(apiKeys)
        .set({ lastUsedAt: new Date(now).toISOString() })
        .where(eq(apiKeys.id, row.id))
        .run(),
    );
  }
  return toApiKey(row);
}

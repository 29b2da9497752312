import type { ApiScope } from '../db/schema.ts';

/**
 * Scopes nest: `admin` may do everything `write` may, and `write` everything `read:drafts` may
 * (an editor has to see the drafts they write).
 */
const RANK: Record<ApiScope, number> = { 'read:drafts': 1, write: 2, admin: 3 };

export function grants(scopes: readonly ApiScope[], needed: ApiScope): boolean {
  return scopes.some((scope) => RANK[scope] >= RANK[needed]);
}

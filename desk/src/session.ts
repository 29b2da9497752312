import type { Schemas } from '../../src/client/index.ts';

/**
 * The editor's API key lives in sessionStorage only: gone when the tab closes, never put in a URL,
 * never logged. `scopes` come from the API (`GET /keys/current`), not from what the editor typed.
 */

const STORAGE_KEY = 'dateline.desk.key';

export type ApiKeyInfo = Schemas['ApiKey'];

export interface Session {
  secret: string;
  key: ApiKeyInfo;
}

export function storedSecret(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeSecret(secret: string) {
  sessionStorage.setItem(STORAGE_KEY, secret);
}

export function forgetSecret() {
  sessionStorage.removeItem(STORAGE_KEY);
}

const RANK = { 'read:drafts': 1, write: 2, admin: 3 } as const;

/** Scopes nest (admin ⊃ write ⊃ read:drafts), as the API grants them. */
export function can(session: Session | null, scope: keyof typeof RANK): boolean {
  return session?.key.scopes.some((held) => RANK[held] >= RANK[scope]) ?? false;
}

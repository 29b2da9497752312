import { describe, expect, it } from 'vitest';
import {
  authenticate,
  createApiKey,
  findApiKey,
  listApiKeys,
  revokeApiKey,
} from '../../../src/resources/keys/repository.ts';
import { useBothStores } from '../../support/stores.ts';

// One repository, written once, on both stores: the same calls give the same answers.
const stores = useBothStores();

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe.each(stores)('API keys on %s', (_store, db) => {
  it('are created, listed, found, authenticated, stamped and revoked', async () => {
    const desk = await createApiKey(db(), 'Day desk', ['write', 'write', 'read:drafts']);
    const audit = await createApiKey(db(), 'Audit', ['admin']);
    expect(desk.key.scopes).toEqual(['write', 'read:drafts']);
    expect(desk.secret).not.toBe(audit.secret);

    const listed = await listApiKeys(db());
    expect(listed.map((key) => key.id).sort()).toEqual([desk.key.id, audit.key.id].sort());
    expect(await findApiKey(db(), desk.key.id)).toEqual(desk.key);
    expect(await findApiKey(db(), 'key_missing')).toBeUndefined();

    expect((await authenticate(db(), desk.secret))?.id).toBe(desk.key.id);
    expect(await authenticate(db(), `${desk.secret.slice(0, -1)}x`)).toBeUndefined();
    // The last-used stamp is written after the answer, not waited for.
    await until(async () => (await findApiKey(db(), desk.key.id))?.lastUsedAt !== null);
    expect((await findApiKey(db(), desk.key.id))?.lastUsedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect(await revokeApiKey(db(), desk.key.id)).toBe(true);
    expect(await revokeApiKey(db(), desk.key.id)).toBe(false);
    expect(await authenticate(db(), desk.secret)).toBeUndefined();
    expect((await authenticate(db(), audit.secret))?.scopes).toEqual(['admin']);
  });
});

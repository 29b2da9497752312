import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { closeStore, openStore } from '../src/core/db/store.ts';
import { API_SCOPES, type ApiScope } from '../src/core/db/schema.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../src/resources/keys/repository.ts';

/**
 * `npm run keys -- create --name <name> --scope <scope> [--scope …]`: a new API key; its secret
 * is printed alone on one line of stdout (and never again), everything else goes to stderr, so
 * `KEY=$(npm run -s keys -- create …)` captures just the secret.
 * `npm run keys -- list`: every key. `npm run keys -- revoke <key id>`: refuses the key from now on.
 * Works on DATABASE_PATH, like the server (which may be running).
 */

const USAGE = `usage:
  npm run keys -- create --name <name> --scope <${API_SCOPES.join('|')}> [--scope …]
  npm run keys -- list
  npm run keys -- revoke <key id>`;

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, scope: { type: 'string', multiple: true } },
  });
  const [command, ...rest] = positionals;
  const config = loadConfig();
  const db = await openStore(config);
  try {
    if (command === 'create') {
      const scopes = values.scope ?? [];
      const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
      if (!values.name || scopes.length === 0 || unknown.length > 0) {
        throw new Error(`${unknown.length ? `unknown scope ${unknown.join(', ')}\n` : ''}${USAGE}`);
      }
      const { key, secret } = await createApiKey(db, values.name, scopes as ApiScope[]);
      console.error(`Created ${key.id} "${key.name}" with ${key.scopes.join(', ')}. The secret, shown this once:`);
      console.log(secret);
    } else if (command === 'list') {
      for (const key of await listApiKeys(db)) {
        const state = key.revokedAt ? `revoked ${key.revokedAt}` : `last used ${key.lastUsedAt ?? 'never'}`;
        console.log(`${key.id}\t${key.name}\t${key.scopes.join(',')}\tcreated ${key.createdAt}\t${state}`);
      }
    } else if (command === 'revoke' && rest.length === 1) {
      if (!(await revokeApiKey(db, rest[0] as string))) throw new Error(`no live key ${rest[0]}`);
      console.error(`Revoked ${rest[0]}.`);
    } else {
      throw new Error(USAGE);
    }
  } finally {
    await closeStore(db);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

import { stringify } from 'yaml';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';

/** The OpenAPI document as YAML, generated from a throwaway app: the same text `openapi.yaml` must hold. */
export async function openapiYaml(): Promise<string> {
  const app = await buildApp({ config: loadConfig({}), db: openDatabase(':memory:') });
  try {
    await app.ready();
    return stringify(app.swagger(), { aliasDuplicateObjects: false, lineWidth: 0 });
  } finally {
    await app.close();
  }
}

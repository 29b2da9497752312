import openapiTS, { astToString } from 'openapi-typescript';
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

/** TypeScript types for the typed client, generated from the OpenAPI document by openapi-typescript. */
export async function clientTypes(yaml: string): Promise<string> {
  const header = '// Generated from openapi.yaml by `npm run openapi` (openapi-typescript). Do not edit.\n\n';
  // A parameter with a default is still optional for the caller.
  return header + astToString(await openapiTS(yaml, { defaultNonNullable: false }));
}

import openapiTS, { astToString } from 'openapi-typescript';
import { parse, stringify } from 'yaml';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../db/client.ts';

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

type Json = unknown;

/**
 * The document describes a body that `fields=` may have cut as "the full schema, or its `…Fields`
 * variant". For the client's types that union would make every field of every answer optional,
 * though only a caller who sends `fields=` gets a cut body: the client types the full shape, and a
 * caller using `fields=` narrows it with `Partial` themselves.
 */
function withoutSparseVariants(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutSparseVariants);
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, Json>;
  const [full, sparse, ...rest] = Array.isArray(object.anyOf) ? (object.anyOf as Record<string, Json>[]) : [];
  if (rest.length === 0 && typeof full?.$ref === 'string' && sparse?.$ref === `${full.$ref}Fields`) {
    const { anyOf: _anyOf, ...annotations } = object;
    return { ...annotations, ...full };
  }
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, withoutSparseVariants(value)]));
}

/** TypeScript types for the typed client, generated from the OpenAPI document by openapi-typescript. */
export async function clientTypes(yaml: string): Promise<string> {
  const header = '// Generated from openapi.yaml by `npm run openapi` (openapi-typescript). Do not edit.\n\n';
  const document = withoutSparseVariants(parse(yaml)) as Parameters<typeof openapiTS>[0];
  // A parameter with a default is still optional for the caller.
  return header + astToString(await openapiTS(document, { defaultNonNullable: false }));
}

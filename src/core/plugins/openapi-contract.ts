/**
 * What the OpenAPI document must say beyond each route's own schema, so that it describes every
 * answer the server really gives:
 *
 * - answers any operation can give because of what happens before it runs: 400 (a URL or header
 *   bytes that cannot be read), 401 (an invalid or revoked key is refused everywhere, public
 *   routes too), 431 (headers too large); 414 where a path has parameters (a segment longer than
 *   any slug); 304 on reads (conditional requests); 301 on reads by slug (a renamed slug);
 * - under `fields=`, items keep only the fields asked for: each such response may also be the
 *   `…Fields` variant of its schema, in which every property of a resource but `id` is optional.
 */

type Json = Record<string, unknown>;
const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const corsHeaders = {
  'Access-Control-Allow-Origin': {
    schema: { type: 'string', maxLength: 200 },
    description: '`*`, or the calling origin when CORS_ORIGINS lists it',
  },
};

const rateLimitHeader = (description: string) => ({
  schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 },
  description,
});
/** Sent when the request got as far as the rate limiter (not on answers Node's parser gives). */
const errorHeaders = {
  ...corsHeaders,
  'RateLimit-Limit': rateLimitHeader('Requests allowed per window'),
  'RateLimit-Remaining': rateLimitHeader('Requests left in this window'),
  'RateLimit-Reset': rateLimitHeader('Seconds until the window resets'),
};

/** Shared answers, written once under `components.responses` and referred to by every operation. */
const SHARED_ANSWERS: Record<string, Json> = {
  Unreadable: {
    description: 'A parameter, header or the URL itself cannot be read; `errors` names each invalid parameter',
    content: problemContent,
    headers: errorHeaders,
  },
  InvalidKey: {
    description: 'An API key was sent that is invalid or revoked (refused on every route)',
    content: problemContent,
    headers: errorHeaders,
  },
  UriTooLong: {
    description: 'A path segment is longer than any id or slug',
    content: problemContent,
    headers: errorHeaders,
  },
  HeadersTooLarge: {
    description: 'The request line and headers are larger than the server accepts',
    content: problemContent,
    headers: errorHeaders,
  },
  NotModified: {
    description: 'Not modified: the validator sent in If-None-Match or If-Modified-Since still holds',
    headers: corsHeaders,
  },
  Renamed: {
    description: 'The slug was renamed: `Location` is the resource under its current slug (query kept)',
    headers: {
      ...corsHeaders,
      Location: { schema: { type: 'string', maxLength: 4096 }, description: 'The current URL of the resource' },
    },
  },
};

/** Which shared answers an operation can give, by status. */
function answersOf(method: string, path: string): Record<string, string> {
  const isRead = method === 'get';
  return {
    400: 'Unreadable',
    401: 'InvalidKey',
    ...(path.includes('{') && { 414: 'UriTooLong' }),
    431: 'HeadersTooLarge',
    ...(isRead && { 304: 'NotModified' }),
    ...(isRead && path.includes('{idOrSlug}') && { 301: 'Renamed' }),
  };
}

/** Adds the answers given before an operation runs to every operation that does not document them itself. */
export function documentAnswersBeforeRouting<D extends object>(generated: D): D {
  const document = generated as Document & { components?: { responses?: Record<string, Json> } };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const responses: Record<string, Json> = { ...operation.responses };
      for (const [status, name] of Object.entries(answersOf(method, path))) {
        responses[status] ??= { $ref: `#/components/responses/${name}` };
      }
      // In status order, as the rest of the document has them.
      operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  document.components = {
    ...document.components,
    responses: { ...document.components?.responses, ...SHARED_ANSWERS },
  };
  return generated;
}

const SCHEMA_REF = '#/components/schemas/';

/** Whether a component, or anything it refers to, is a resource (an object with an `id`). */
function holdsResources(name: string, schemas: Json, seen = new Set<string>()): boolean {
  if (seen.has(name)) return false;
  seen.add(name);
  const text = JSON.stringify(schemas[name] ?? {});
  if (/"properties":\{"id":/.test(text) || /"id":\{"type":"string"/.test(text)) return true;
  return [...text.matchAll(/"\$ref":"#\/components\/schemas\/([\w-]+)"/g)].some((m) =>
    holdsResources(m[1] ?? '', schemas, seen),
  );
}

/** `schema` with every resource's properties but `id` optional, and references to its `…Fields` variants. */
function sparse(schema: unknown, schemas: Json, variant: (name: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => sparse(item, schemas, variant));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)) {
      const name = value.slice(SCHEMA_REF.length);
      out.$ref = holdsResources(name, schemas) ? `${SCHEMA_REF}${variant(name)}` : value;
    } else if (key === 'examples') {
      continue;
    } else {
      out[key] = sparse(value, schemas, variant);
    }
  }
  const properties = (schema as Json).properties as Json | undefined;
  if (properties && 'id' in properties && Array.isArray(out.required)) out.required = ['id'];
  return out;
}

interface DocumentOperation {
  parameters?: { name: string }[];
  responses?: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

interface Document {
  paths?: Record<string, Record<string, DocumentOperation>>;
  components?: { schemas?: Record<string, Json> };
}

/**
 * Adds the `…Fields` variants the responses of operations with `fields=` may take, as an `anyOf`
 * beside the full schema. The route schemas (and their fast serialisation) are left as they are:
 * a response under `fields=` is serialised as plain JSON.
 */
export function documentSparseFieldsets<D extends object>(generated: D): D {
  // The generated document, read as far as this needs (OpenAPI's own types make every part optional).
  const document = generated as Document;
  const schemas: Record<string, Json> = document.components?.schemas ?? {};
  const added: Record<string, Json> = {};
  const variant = (name: string): string => {
    const fieldsName = `${name}Fields`;
    if (!(fieldsName in added) && !(fieldsName in schemas)) {
      added[fieldsName] = {}; // placeholder against cycles
      const copy = sparse(schemas[name], schemas, variant) as Json;
      added[fieldsName] = {
        ...copy,
        description: `${name} under \`fields=\`: only \`id\` and the fields asked for are present`,
      };
    }
    return fieldsName;
  };
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const takesFields = (operation.parameters ?? []).some((p) => /^fields(\[\w+\])?$/.test(p.name));
      const content = operation.responses?.['200']?.content ?? {};
      for (const media of ['application/json', 'application/geo+json']) {
        const body = content[media];
        if (!takesFields || !body?.schema) continue;
        const full = body.schema;
        const named = typeof full.$ref === 'string' ? schemas[full.$ref.slice(SCHEMA_REF.length)] : full;
        body.schema = {
          anyOf: [full, sparse(full, schemas, variant)],
          ...(named?.examples !== undefined && { examples: named.examples }),
        };
      }
    }
  }
  document.components = { ...document.components, schemas: { ...schemas, ...added } };
  return generated;
}

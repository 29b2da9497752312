import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type SerializerFactory = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']
>;
type Json = Record<string, unknown>;

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNull = (schema: unknown) => isObject(schema) && schema.type === 'null';

/** A schema of one primitive type written out in place (no `$ref` or combinator to look through). */
const isPlainPrimitive = (schema: unknown): schema is Json =>
  isObject(schema) &&
  typeof schema.type === 'string' &&
  PRIMITIVE_TYPES.has(schema.type) &&
  schema.$ref === undefined &&
  schema.anyOf === undefined &&
  schema.oneOf === undefined &&
  schema.allOf === undefined;

/**
 * A response schema as fast-json-stringify serialises it fastest, with the same output.
 *
 * `Nullable(X)` (schemas.ts) is `anyOf: [X, { type: 'null' }]`, which is what OpenAPI 3.1 and
 * TypeBox mean by "X or null". fast-json-stringify writes an `anyOf` by validating the value
 * against each branch with Ajv until one matches: for a `date-time` string that is the full format
 * check, six times per article summary, 120 times per list of 20 (the profile in the README, lean
 * reads). When X is a primitive written in place, `nullable: true` says the same thing, and
 * fast-json-stringify turns it into a plain `=== null` test. Only the serialiser sees this copy:
 * validation and the OpenAPI document keep the schemas as declared.
 */
export function forSerialization(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerialization);
  if (!isObject(schema)) return schema;
  const { anyOf, ...siblings } = schema;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const [first, second] = anyOf as unknown[];
    const value = isNull(second) ? first : isNull(first) ? second : undefined;
    if (isPlainPrimitive(value)) {
      return forSerialization({ ...value, ...siblings, nullable: true });
    }
  }
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = forSerialization(value);
  return copy;
}

/** Fastify's own serialiser compiler (fast-json-stringify), given every schema in its serialisable form. */
export function leanSerializers(): SerializerFactory {
  const fastJsonStringify = SerializerSelector();
  return (externalSchemas, options) => {
    const external = Object.fromEntries(
      Object.entries((externalSchemas ?? {}) as Json).map(([id, schema]) => [id, forSerialization(schema)]),
    );
    const compile = fastJsonStringify(external, options);
    return (route) => compile({ ...route, schema: forSerialization(route.schema) });
  };
}

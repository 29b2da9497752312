import fc from 'fast-check';
import type { Schema } from './document.ts';

/**
 * fast-check arbitraries from the document's JSON Schemas: values the schema allows (often drawn
 * from the ids and slugs that exist, so requests get past lookups), and values it does not.
 */

export interface Pools {
  /** Existing ids and slugs by kind: `article`, `person`, `place`, `organisation`, `quote`, `key`, `webhook`, `delivery`. */
  byKind: Record<string, string[]>;
  /** Cursors seen in answers. */
  cursors: string[];
}

/** Which pool a parameter or field of this name is drawn from. */
const KIND_OF_NAME: Record<string, string> = {
  person: 'person',
  speaker: 'person',
  place: 'place',
  parent: 'place',
  organisation: 'organisation',
  article: 'article',
  articleId: 'article',
  speakerId: 'person',
  countryId: 'place',
  parentId: 'place',
  organisationId: 'organisation',
  placeId: 'place',
  personId: 'person',
};

export interface Context {
  resolve: (ref: string) => Schema;
  pools: Pools;
}

const MAX_DEPTH = 5;

/** Strings that break things: control characters, lone surrogates, markup, SQL, huge, unicode. */
export const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '</script><script>alert(1)</script>',
    "' OR 1=1 --",
    '"; DROP TABLE articles; --',
    '%00',
    '../../etc/passwd',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-0',
    'null',
    'true',
    '[]',
    '{}',
    '𝕯𝖆𝖙𝖊𝖑𝖎𝖓𝖊',
    'Зеленський',
    '2030-06-30T23:59:60Z',
    '9999-12-31T23:59:59-01:00',
    '0000-01-01T00:00:00+01:00',
    'a'.repeat(5000),
  ),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.string({ maxLength: 12, unit: 'binary' }),
);

function fromPool(name: string | undefined, ctx: Context): fc.Arbitrary<string> | undefined {
  const kind = name === undefined ? undefined : KIND_OF_NAME[name];
  const values = kind === undefined ? [] : (ctx.pools.byKind[kind] ?? []);
  return values.length > 0 ? fc.constantFrom(...values) : undefined;
}

function stringOf(schema: Schema, name: string | undefined, ctx: Context): fc.Arbitrary<string> {
  if (name === 'cursor' && ctx.pools.cursors.length > 0) return fc.constantFrom(...ctx.pools.cursors.slice(-50));
  const pooled = fromPool(name, ctx);
  if (pooled) return pooled;
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 60);
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2045-01-01T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'date') {
    return fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2045-01-01T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
  }
  if (schema.format === 'uri') {
    // Loopback only: a webhook the fuzzer subscribes must never point anywhere else.
    return fc.constantFrom('http://127.0.0.1:9/hook', 'https://127.0.0.1:9/x', 'https://www.wikidata.org/wiki/Q1');
  }
  if (typeof schema.pattern === 'string') {
    try {
      const pattern = new RegExp(schema.pattern, 'u');
      return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? 1000));
    } catch {
      // A pattern fast-check cannot generate from: fall through to plain strings.
    }
  }
  return fc.string({ minLength: min, maxLength: Math.max(min, max) });
}

/** A value `schema` allows. `name` is the parameter or property name (to draw real ids). */
export function validValue(schema: Schema | undefined, ctx: Context, name?: string, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > MAX_DEPTH + 3) return fc.constant(null);
  if (typeof schema.$ref === 'string') return validValue(ctx.resolve(schema.$ref), ctx, name, depth + 1);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.const !== undefined) return fc.constant(schema.const);
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (options) return fc.oneof(...options.map((option) => validValue(option, ctx, name, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.length > 1)
    return fc.oneof(...type.map((t: string) => validValue({ ...schema, type: t }, ctx, name, depth)));
  switch (type[0]) {
    case 'string':
      return stringOf(schema, name, ctx);
    case 'integer':
      return fc.integer({
        min: schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -100),
        max: Math.min(schema.maximum ?? 10_000, 10_000_000),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1000,
        max: schema.maximum ?? 1000,
        minExcluded: schema.exclusiveMinimum !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = validValue(schema.items, ctx, name, depth + 1);
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, depth > 1 ? 1 : 3));
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      // Deep in the tree only what is required, so bodies stay small.
      const names = Object.keys(properties).filter((key) => depth < MAX_DEPTH || required.includes(key));
      if (names.length === 0) return fc.constant({});
      const record = Object.fromEntries(names.map((key) => [key, validValue(properties[key], ctx, key, depth + 1)]));
      return fc.record(record, { requiredKeys: required.filter((key) => names.includes(key)) });
    }
    default:
      return fc.constant(null);
  }
}

/** A value that `schema` should refuse (or at least one a careless parser chokes on). */
export function invalidValue(schema: Schema | undefined, ctx: Context): fc.Arbitrary<unknown> {
  const resolved = schema?.$ref ? ctx.resolve(schema.$ref as string) : schema;
  const type = resolved?.type;
  const numeric = type === 'integer' || type === 'number';
  return fc.oneof(
    nastyString,
    fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 31, -(2 ** 53), [], {}, [1, 'a'], { unknown: 1 }),
    numeric
      ? fc.constantFrom(
          'Infinity',
          '-Infinity',
          '1e309',
          'NaN',
          '0x10',
          ' 5',
          '5abc',
          '1e2',
          '-0',
          '99999999999999999999',
        )
      : fc.constant('x'.repeat((resolved?.maxLength ?? 100) + 1)),
  );
}

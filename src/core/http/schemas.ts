import { Type, type SchemaOptions, type Static, type TSchema } from '@sinclair/typebox';

/** A value that may be null (never absent): frontends can rely on every key being present. */
export const Nullable = <T extends TSchema>(schema: T, options?: SchemaOptions) =>
  Type.Union([schema, Type.Null()], options);

/** A `$ref` to a schema registered with `app.addSchema`, typed as the schema it points to. */
export const ref = <T extends TSchema>(schema: T, options?: SchemaOptions) => {
  if (!schema.$id) throw new Error('ref() needs a schema with an $id');
  return Type.Unsafe<Static<T>>(Type.Ref(schema.$id, options));
};

/** A string from a fixed list, written as a plain `enum` (what OpenAPI tools and code generators expect). */
export const StringEnum = <const T extends readonly string[]>(values: T, options?: SchemaOptions) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const Timestamp = Type.String({ maxLength: 1000, format: 'date-time', description: 'ISO 8601 date-time, UTC' });
/** A date-time a client sends: checked by `isAcceptedDateTime` (src/lib/instants.ts), like every `date-time` input. */
export const InputTimestamp = (description: string) =>
  Type.String({
    maxLength: 1000,
    format: 'date-time',
    description: `${description}. RFC 3339 with any offset (stored in UTC), a real instant in years 0000–9999; a leap second (\`:60\`) is refused with a 400: send \`:59\``,
  });
export const IsoDate = Type.String({ maxLength: 1000, format: 'date', description: 'ISO 8601 calendar date' });

export const ProblemDetail = Type.Object(
  {
    location: StringEnum(['query', 'path', 'body', 'header'], { description: 'Where the offending value was' }),
    name: Type.String({ maxLength: 1000, description: 'The offending parameter or field' }),
    detail: Type.String({ maxLength: 1000 }),
  },
  { $id: 'ProblemDetail' },
);

/** RFC 9457 problem details: the one shape of every error response. */
export const Problem = Type.Object(
  {
    type: Type.String({ maxLength: 1000, description: 'URI reference naming the kind of problem' }),
    title: Type.String({ maxLength: 1000 }),
    status: Type.Integer({ format: 'int32', minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String({ maxLength: 1000 })),
    instance: Type.Optional(Type.String({ maxLength: 1000, description: 'The request path that failed' })),
    requestId: Type.Optional(Type.String({ maxLength: 1000 })),
    errors: Type.Optional(
      Type.Array(ref(ProblemDetail), { maxItems: 10_000, description: 'Every invalid parameter or field' }),
    ),
  },
  {
    $id: 'Problem',
    examples: [
      {
        type: '/problems/invalid-request',
        title: 'Invalid request',
        status: 400,
        detail: 'query parameter "limit" must be <= 100',
        instance: '/articles?limit=500',
        errors: [{ location: 'query', name: 'limit', detail: 'must be <= 100' }],
      },
    ],
  },
);
export type Problem = Static<typeof Problem>;

export const ListMeta = Type.Object(
  {
    limit: Type.Integer({ format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'The page size used' }),
    count: Type.Integer({ format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Items on this page' }),
    nextCursor: Nullable(
      Type.String({ maxLength: 1000, description: 'Pass as `cursor` for the next page; null on the last page' }),
    ),
    prevCursor: Nullable(
      Type.String({ maxLength: 1000, description: 'Pass as `cursor` for the previous page; null on the first page' }),
    ),
    total: Type.Optional(
      Type.Integer({
        format: 'int32',
        minimum: 0,
        maximum: 2_147_483_647,
        description: 'With `total=true`: how many items match, on all pages',
      }),
    ),
  },
  { $id: 'ListMeta' },
);

export const ListLinks = Type.Object(
  {
    self: Type.String({ maxLength: 4096 }),
    next: Nullable(Type.String({ maxLength: 4096 })),
    prev: Nullable(Type.String({ maxLength: 4096 })),
  },
  { $id: 'ListLinks' },
);

/** `{ data: [...], meta, links }`: the envelope of every list. */
export const ListOf = <T extends TSchema>(item: T, $id: string, example: unknown) =>
  Type.Object(
    { data: Type.Array(item, { maxItems: 100 }), meta: ref(ListMeta), links: ref(ListLinks) },
    { $id, examples: [example] },
  );

/** `{ data: {...} }`: the envelope of every single item. */
export const ItemOf = <T extends TSchema>(item: T, $id: string, example: unknown) =>
  Type.Object({ data: item }, { $id, examples: [{ data: example }] });

export const IdOrSlugParams = Type.Object({
  idOrSlug: Type.String({
    pattern: '^[A-Za-z0-9_-]+$',
    maxLength: 200,
    description: 'The resource id (e.g. `per_…`) or its slug (e.g. `volodymyr-zelensky`)',
  }),
});

export const IdParams = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 200, description: 'The resource id' }),
});

/** Page size when `limit` is not given. */
export const DEFAULT_LIMIT = 20;

/** `include=a,b`: a comma-separated subset of `names`, validated as such. */
export const IncludeParam = (names: readonly string[]) => {
  const one = `(?:${names.map((name) => name.replace('.', '\\.')).join('|')})`;
  return Type.Optional(
    Type.String({
      maxLength: 1000,
      pattern: `^${one}(?:,${one})*$`,
      description: `Embed related resources: a comma-separated list of ${names.map((n) => `\`${n}\``).join(', ')}`,
    }),
  );
};

export function parseInclude<Name extends string>(include: string | undefined): Set<Name> {
  return new Set((include?.split(',') ?? []) as Name[]);
}

export const sharedSchemas = [ProblemDetail, Problem, ListMeta, ListLinks];

import { Type, type TProperties } from '@sinclair/typebox';
import { ARTICLE_STATUSES, PLACE_KINDS, QUOTE_KINDS } from '../db/schema.ts';
import { DEFAULT_LIMIT, IncludeParam, StringEnum } from './schemas.ts';
import { Organisation } from '../../resources/organisations/schema.ts';
import { Person } from '../../resources/people/schema.ts';

/**
 * The query parameters of every list, named the same everywhere. A repeated parameter means OR
 * within that field (`person=a&person=b`); different parameters combine with AND. For to-many
 * relations `match[field]=any|all|none` says how several values combine.
 */

const MAX_VALUES = 20;
const Ref = Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 1, maxLength: 200 });

export const refs = (description: string) =>
  Type.Optional(
    Type.Array(Ref, { minItems: 1, maxItems: MAX_VALUES, description: `${description}; an id or a slug, repeatable` }),
  );

const words = (description: string, maxLength = 200) =>
  Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength }), { minItems: 1, maxItems: MAX_VALUES, description }),
  );

export const match = (field: string) =>
  Type.Optional(
    StringEnum(['any', 'all', 'none'], {
      description: `How several \`${field}\` values combine: \`any\` of them (default), \`all\` of them, or \`none\` of them`,
    }),
  );

/** An ISO 8601 date (`2025-04-08`) or date-time (`2025-04-08T09:30:00Z`). */
const dateOrTime = (description: string) =>
  Type.Optional(
    Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
      maxLength: 35,
      description,
    }),
  );

export const dateRange = (what: string) => ({
  from: dateOrTime(`${what} on or after this date or time (ISO 8601)`),
  to: dateOrTime(`${what} on or before this date (the whole day), or before this time (ISO 8601)`),
});

export const q = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 500, description }));

export const sort = (fields: readonly string[], fallback: string) =>
  Type.Optional(
    StringEnum([...fields, ...fields.map((field) => `-${field}`)], {
      description: `Default \`${fallback}\`. Order by ${fields.map((f) => `\`${f}\``).join(', ')}; a leading \`-\` sorts descending. The id breaks ties.`,
    }),
  );

/** The field names of a resource schema: what `fields=` may pick. */
export const fieldNamesOf = (schema: { properties: object }) => Object.keys(schema.properties);

/** A quote's speaker is a person or an organisation: `fields[speaker]=` may pick from either. */
export const SPEAKER_FIELDS = [...new Set([...fieldNamesOf(Person), ...fieldNamesOf(Organisation)])];

/** `fields=a,b`: a sparse fieldset over the named fields (`id` is always kept). */
export const fields = (names: readonly string[], of = 'each item') => {
  const one = `(?:${names.join('|')})`;
  return Type.Optional(
    Type.String({
      pattern: `^${one}(?:,${one})*$`,
      maxLength: 1000,
      description: `Only these fields of ${of} (\`id\` is always kept): a comma-separated subset of ${names.map((n) => `\`${n}\``).join(', ')}`,
    }),
  );
};

/** `limit`: 1–100, default 20, everywhere. */
export const limitParam = (description = 'Items per page (1–100)') =>
  Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 100, default: DEFAULT_LIMIT, description }));

/** Paging, ordering and shaping: the same on every list. */
export const listControls = <const S extends readonly string[], const I extends readonly string[]>(options: {
  sortFields: S;
  defaultSort: string;
  fieldNames: readonly string[];
  includes: I;
}) => ({
  limit: limitParam(),
  cursor: Type.Optional(
    Type.String({ maxLength: 1000, description: 'Opaque cursor from `meta.nextCursor` / `meta.prevCursor`' }),
  ),
  sort: sort(options.sortFields, options.defaultSort),
  total: Type.Optional(Type.Boolean({ description: 'Add `meta.total`, the exact number of matches (costs a count)' })),
  include: IncludeParam(options.includes),
  fields: fields(options.fieldNames),
});

/** `fields[name]=` for each resource `include=` can embed. */
export const embeddedFields = (embedded: Record<string, readonly string[]>): TProperties =>
  Object.fromEntries(
    Object.entries(embedded).map(([name, names]) => [`fields[${name}]`, fields(names, `embedded \`${name}\``)]),
  );

export const articleFilters = {
  person: refs('Articles that name or quote this person'),
  'match[person]': match('person'),
  place: refs('Articles that name this place or a place inside it'),
  'match[place]': match('place'),
  organisation: refs('Articles that name or quote this organisation'),
  'match[organisation]': match('organisation'),
  status: Type.Optional(
    Type.Array(StringEnum(ARTICLE_STATUSES), {
      minItems: 1,
      maxItems: 4,
      default: ['published'],
      description: 'Publication status (default `published`); `draft` and `scheduled` need a `read:drafts` key',
    }),
  ),
  language: words('BCP 47 language tag, e.g. `en`', 35),
  ...dateRange('Published'),
  q: q('Full-text search of headline, standfirst and body: words, "phrases", prefix*; AND, OR, NOT'),
  hasQuotes: Type.Optional(Type.Boolean({ description: '`true`: only articles with quotes; `false`: only without' })),
};

export const quoteFilters = {
  speaker: refs('Quotes by this person or organisation'),
  'match[speaker]': Type.Optional(
    StringEnum(['any', 'none'], {
      description: '`any`: by one of the speakers (default); `none`: by none of them',
    }),
  ),
  article: refs('Quotes in this article (published or archived; with a `read:drafts` key, any)'),
  kind: Type.Optional(
    Type.Array(StringEnum(QUOTE_KINDS), { minItems: 1, maxItems: 3, description: '`direct`, `partial` or `indirect`' }),
  ),
  channel: words('How it was said, as the article puts it, e.g. `post on X`, `press conference`'),
  person: refs('Quotes whose words name this person'),
  'match[person]': match('person'),
  place: refs('Quotes whose words name this place or a place inside it'),
  'match[place]': match('place'),
  ...dateRange("The article's publication"),
  q: q('Full-text search of the quoted words'),
  hasSpeaker: Type.Optional(
    Type.Boolean({ description: '`true`: only attributed quotes; `false`: only unattributed ones' }),
  ),
};

const namePrefix = (what: string) =>
  q(`${what} name or alias; plain words match as prefixes (\`zel\` finds Zelensky), for autocomplete`);

/** Lists show confirmed entities; editors review what ingest proposed with `suggested=true`. */
const suggested = Type.Optional(
  Type.Boolean({
    description: '`true`: only entities ingest proposed that no editor has confirmed yet (needs a `read:drafts` key)',
  }),
);

export const personFilters = {
  suggested,
  role: words('Role title, whole and case-insensitive, e.g. `president`'),
  organisation: refs('People with a role in this organisation'),
  nationality: words('ISO 3166-1 alpha-2 code, e.g. `UA`', 2),
  q: namePrefix("The person's"),
};

export const organisationFilters = {
  suggested,
  kind: words('Kind, e.g. `government`, `military alliance`'),
  place: refs('Organisations of this country (or a place inside it)'),
  nationality: words("ISO 3166-1 alpha-2 code of the organisation's country", 2),
  q: namePrefix("The organisation's"),
};

export const placeFilters = {
  suggested,
  kind: Type.Optional(
    Type.Array(StringEnum(PLACE_KINDS), { minItems: 1, maxItems: PLACE_KINDS.length, description: 'Kind of place' }),
  ),
  parent: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 200, description: 'Places in this one' }),
  ),
  descendants: Type.Optional(
    Type.Boolean({ description: 'With `parent`: every place inside it at any depth, not only its children' }),
  ),
  bbox: Type.Optional(
    Type.String({
      pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$',
      maxLength: 100,
      description: 'Bounding box `minLon,minLat,maxLon,maxLat` (WGS 84); minLon > maxLon crosses the antimeridian',
    }),
  ),
  near: Type.Optional(
    Type.String({
      pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$',
      maxLength: 60,
      description: 'Places within `radius` of `lat,lon`, nearest first, each with `distanceKm`',
    }),
  ),
  radius: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, maximum: 20_038, description: 'With `near`: radius in km (default 100)' }),
  ),
  q: namePrefix("The place's"),
};

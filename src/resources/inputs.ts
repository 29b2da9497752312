import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { API_SCOPES, ARTICLE_STATUSES, PLACE_KINDS, QUOTE_KINDS } from '../core/db/schema.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { InputTimestamp, IsoDate, Nullable, StringEnum } from '../core/http/schemas.ts';

/**
 * What clients send to create and change content. Bodies are closed (`additionalProperties:
 * false`): an unknown field is a 400, never silently dropped, and server-owned fields (`id`,
 * `status`, timestamps) are not in them, so they cannot be mass-assigned. A PUT takes the create
 * shape (absent optional fields become null); a PATCH (JSON Merge Patch) any subset of it.
 */

const closed = { additionalProperties: false } as const;
const text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description && { description }) });
const optionalNullable = (maxLength: number, description?: string) =>
  Type.Optional(Nullable(Type.String({ maxLength, ...(description && { description }) })));
const IdOrSlug = (description: string) => Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 200, description });
const Slug = Type.Optional(
  Type.String({
    pattern: SLUG_PATTERN,
    maxLength: 200,
    description: 'The URL name; generated from the headline or name (transliterated, made unique) when absent',
  }),
);
const Aliases = Type.Optional(
  Type.Array(text(1000), { maxItems: 100, uniqueItems: true, description: 'Other names and spellings' }),
);
const Suggested = Type.Optional(
  Type.Boolean({ description: 'True while the entity awaits an editor’s confirmation; false confirms it' }),
);
const SameAs = Type.Optional(
  Type.Array(Type.String({ format: 'uri', maxLength: 1000 }), {
    maxItems: 100,
    uniqueItems: true,
    description: 'The same entity in other datasets (Wikidata, GeoNames)',
  }),
);

/** A PATCH body: any non-empty subset of the fields, each optional (typed so: `Partial` of the input). */
function patchOf<Fields extends TProperties>(properties: Fields, $id: string, description: string) {
  return Type.Object(Type.Partial(Type.Object(properties)).properties, {
    ...closed,
    minProperties: 1,
    $id,
    description,
  });
}

/** The body that creates (and, whole, replaces) a `Name`, and its PATCH: `what` is "a person", "an organisation" … */
function bodiesOf<Fields extends TProperties>(properties: Fields, name: string, what: string) {
  return {
    input: Type.Object(properties, {
      ...closed,
      $id: `${name}Input`,
      description: what.charAt(0).toUpperCase() + what.slice(1),
    }),
    patch: patchOf(properties, `${name}Patch`, `Some fields of ${what} (JSON Merge Patch)`),
  };
}

export const BlockInput = Type.Object(
  { type: StringEnum(['paragraph', 'heading']), text: text(100_000) },
  { ...closed, $id: 'BlockInput', description: 'A paragraph or subheading; offsets are computed by the server' },
);

const articleInput = {
  headline: text(500),
  slug: Slug,
  headlineEditorial: Type.Optional(Type.Boolean({ description: 'True when an editor wrote the headline' })),
  standfirst: optionalNullable(10_000),
  body: Type.Array(Type.Unsafe<Static<typeof BlockInput>>(Type.Ref('BlockInput')), { minItems: 1, maxItems: 10_000 }),
  credit: optionalNullable(1000),
  source: optionalNullable(1000),
  language: Type.String({ pattern: '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$', maxLength: 35, description: 'BCP 47' }),
  publishedAtSource: optionalNullable(1000, 'How the publication date was established, when the text does not say'),
};
export const ArticleInput = Type.Object(articleInput, {
  ...closed,
  $id: 'ArticleInput',
  description: 'A new article (always created as a draft), or all of one for PUT',
});
export type ArticleInput = Static<typeof ArticleInput>;
export const ArticlePatch = patchOf(articleInput, 'ArticlePatch', 'Some fields of an article (JSON Merge Patch)');
export type ArticlePatch = Partial<ArticleInput>;

export const StatusChange = Type.Object(
  {
    status: StringEnum(ARTICLE_STATUSES),
    publishAt: Type.Optional(InputTimestamp('For `scheduled`: when it goes live, in the future')),
    publishedAt: Type.Optional(InputTimestamp('For `published`: the publication time, when not now')),
  },
  {
    ...closed,
    $id: 'StatusChange',
    description:
      'Moves an article through the workflow: draft → scheduled (needs `publishAt`) → published → archived; ' +
      'a scheduled or published article can go back to draft, an archived one back to published.',
  },
);
export type StatusChange = Static<typeof StatusChange>;

const SpanInput = Type.Object(
  {
    start: Type.Integer({ format: 'int32', minimum: 0, maximum: 10_000_000 }),
    end: Type.Integer({ format: 'int32', minimum: 1, maximum: 10_000_000 }),
  },
  closed,
);
const quoteInput = {
  articleId: IdOrSlug('The article the quote is in (id or slug)'),
  text: text(100_000, 'The quoted words exactly as they stand in the article plain text'),
  kind: StringEnum(QUOTE_KINDS),
  start: Type.Optional(
    Type.Integer({
      format: 'int32',
      minimum: 0,
      maximum: 10_000_000,
      description: 'Offset in the plain text; found when absent',
    }),
  ),
  end: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 10_000_000 })),
  channel: optionalNullable(1000, 'How it was said, where the article says so'),
  speakerType: Type.Optional(Nullable(StringEnum(['person', 'organisation']))),
  speakerId: Type.Optional(Nullable(IdOrSlug('A person or organisation (id or slug), per `speakerType`'))),
  speakerMention: Type.Optional(Nullable(SpanInput)),
  saidAt: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 40,
        pattern: '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$',
        description: 'ISO 8601 date or date-time',
      }),
    ),
  ),
  saidAtSource: optionalNullable(1000),
};
export const { input: QuoteInput, patch: QuotePatch } = bodiesOf(quoteInput, 'Quote', 'a quote');
export type QuoteInput = Static<typeof QuoteInput>;
export type QuotePatch = Partial<QuoteInput>;

const RoleInput = Type.Object(
  {
    title: text(1000),
    organisationId: Type.Optional(Nullable(IdOrSlug('An organisation (id or slug)'))),
    countryId: Type.Optional(Nullable(IdOrSlug('A country place (id or slug)'))),
    startedOn: Type.Optional(Nullable(IsoDate)),
    endedOn: Type.Optional(Nullable(IsoDate)),
    source: optionalNullable(1000),
  },
  closed,
);
/** What every entity input starts with, and what it has after its own kind (so documents keep their field order). */
const entityNames = { name: text(1000), slug: Slug, aliases: Aliases };
const entityLinks = { suggested: Suggested, sameAs: SameAs };

const personInput = {
  ...entityNames,
  nationality: Type.Optional(
    Nullable(Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2, description: 'ISO 3166-1 alpha-2' })),
  ),
  nationalitySource: optionalNullable(1000),
  ...entityLinks,
  roles: Type.Optional(Type.Array(RoleInput, { maxItems: 100, description: 'Replaces all roles' })),
};
export const { input: PersonInput, patch: PersonPatch } = bodiesOf(personInput, 'Person', 'a person');
export type PersonInput = Static<typeof PersonInput>;

const placeInput = {
  ...entityNames,
  kind: StringEnum(PLACE_KINDS),
  ...entityLinks,
  parentId: Type.Optional(Nullable(IdOrSlug('The place this one lies in (id or slug)'))),
  isoCode: optionalNullable(10),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  coordinatesSource: optionalNullable(1000, 'Required with coordinates: where they come from'),
};
export const { input: PlaceInput, patch: PlacePatch } = bodiesOf(placeInput, 'Place', 'a place');
export type PlaceInput = Static<typeof PlaceInput>;

const organisationInput = {
  ...entityNames,
  kind: text(200, 'government, military, security agency, …'),
  ...entityLinks,
  countryId: Type.Optional(Nullable(IdOrSlug('The country it belongs to (id or slug)'))),
};
export const { input: OrganisationInput, patch: OrganisationPatch } = bodiesOf(
  organisationInput,
  'Organisation',
  'an organisation',
);
export type OrganisationInput = Static<typeof OrganisationInput>;

export const KeyInput = Type.Object(
  {
    name: text(200, 'Who or what uses the key'),
    scopes: Type.Array(StringEnum(API_SCOPES), { minItems: 1, maxItems: 3, uniqueItems: true }),
  },
  { ...closed, $id: 'KeyInput' },
);

export const inputSchemas = [
  BlockInput,
  ArticleInput,
  ArticlePatch,
  StatusChange,
  QuoteInput,
  QuotePatch,
  PersonInput,
  PersonPatch,
  PlaceInput,
  PlacePatch,
  OrganisationInput,
  OrganisationPatch,
  KeyInput,
];

import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PLACE_KINDS, QUOTE_KINDS, ARTICLE_STATUSES } from '../src/core/db/schema.ts';

/** The shape of `annotation.json`: the curated facts about the seed document. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Slug = Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
const Span = Type.Object({
  text: Type.String({ minLength: 1 }),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer(),
});
const Note = Type.Optional(Type.String());
const SameAs = Type.Array(Type.String({ pattern: '^https://' }));
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const AnnotationSchema = Type.Object({
  $comment: Type.String(),
  document: Type.String(),
  article: Type.Object({
    slug: Slug,
    headline: Type.String(),
    headlineEditorial: Type.Boolean(),
    headlineNote: Note,
    standfirst: Nullable(Type.String()),
    headings: Type.Array(Type.String()),
    credit: Nullable(Type.String()),
    source: Nullable(Type.String()),
    language: Type.String(),
    status: Type.Union(ARTICLE_STATUSES.map((status) => Type.Literal(status))),
    publishedAt: Nullable(Type.String()),
    publishedAtSource: Nullable(Type.String()),
  }),
  places: Type.Array(
    Type.Object({
      slug: Slug,
      name: Type.String(),
      aliases: Type.Array(Type.String()),
      kind: Type.Union(PLACE_KINDS.map((kind) => Type.Literal(kind))),
      sameAs: SameAs,
      parent: Nullable(Slug),
      isoCode: Nullable(Type.String()),
      latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
      longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
      coordinatesSource: Type.Optional(Type.String()),
      note: Note,
    }),
  ),
  organisations: Type.Array(
    Type.Object({
      slug: Slug,
      name: Type.String(),
      aliases: Type.Array(Type.String()),
      kind: Type.String(),
      sameAs: SameAs,
      country: Nullable(Slug),
      note: Note,
    }),
  ),
  people: Type.Array(
    Type.Object({
      slug: Slug,
      name: Type.String(),
      aliases: Type.Array(Type.String()),
      nationality: Nullable(Type.String({ pattern: '^[A-Z]{2}$' })),
      nationalitySource: Nullable(Type.String()),
      sameAs: SameAs,
      nameSource: Note,
      roles: Type.Array(
        Type.Object({
          title: Type.String(),
          organisation: Nullable(Slug),
          country: Nullable(Slug),
          startedOn: Nullable(IsoDate),
          endedOn: Nullable(IsoDate),
          source: Nullable(Type.String()),
        }),
      ),
    }),
  ),
  quotes: Type.Array(
    Type.Object({
      text: Type.String({ minLength: 1 }),
      start: Type.Integer({ minimum: 0 }),
      end: Type.Integer(),
      kind: Type.Union(QUOTE_KINDS.map((kind) => Type.Literal(kind))),
      speaker: Nullable(
        Type.Object({ type: Type.Union([Type.Literal('person'), Type.Literal('organisation')]), slug: Slug }),
      ),
      channel: Nullable(Type.String()),
      speakerMention: Nullable(Span),
      saidAt: Nullable(Type.String()),
      saidAtSource: Type.Optional(Type.String()),
    }),
  ),
  mentions: Type.Array(
    Type.Object({
      type: Type.Union([Type.Literal('person'), Type.Literal('place'), Type.Literal('organisation')]),
      slug: Slug,
      text: Type.String({ minLength: 1 }),
      start: Type.Integer({ minimum: 0 }),
      end: Type.Integer(),
    }),
  ),
});

export type Annotation = Static<typeof AnnotationSchema>;

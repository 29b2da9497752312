import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ARTICLE_STATUSES } from '../../core/db/schema.ts';
import { ItemOf, ListOf, Nullable, StringEnum, Timestamp, ref } from '../../core/http/schemas.ts';
import { articleExample, articleSummaryExample, listExample } from '../../core/http/examples.ts';
import { Organisation } from '../organisations/schema.ts';
import { Person } from '../people/schema.ts';
import { Place } from '../places/schema.ts';
import { Quote } from '../quotes/schema.ts';

/** What `include=` can embed in an article; `quotes.speaker` goes one level deeper. */
export const ARTICLE_INCLUDES = ['quotes', 'quotes.speaker', 'people', 'places', 'organisations', 'mentions'] as const;
export type ArticleInclude = (typeof ARTICLE_INCLUDES)[number];

export const ArticleStatus = StringEnum(ARTICLE_STATUSES, { $id: 'ArticleStatus' });

export const BodyBlock = Type.Object(
  {
    type: StringEnum(['paragraph', 'heading']),
    text: Type.String({ maxLength: 1_000_000 }),
    start: Type.Integer({
      format: 'int32',
      maximum: 2_147_483_647,
      minimum: 0,
      description: 'Offset of the block in the article plain text',
    }),
    end: Type.Integer({ format: 'int32', maximum: 2_147_483_647, minimum: 0 }),
  },
  { $id: 'BodyBlock' },
);

export const Mention = Type.Object(
  {
    type: StringEnum(['person', 'place', 'organisation']),
    entityId: Type.String({ maxLength: 1000 }),
    text: Type.String({ maxLength: 1000, description: 'The words in the article that name the entity' }),
    start: Type.Integer({ format: 'int32', maximum: 2_147_483_647, minimum: 0 }),
    end: Type.Integer({ format: 'int32', maximum: 2_147_483_647, minimum: 0 }),
  },
  { $id: 'Mention' },
);

const articleFields = {
  id: Type.String({ maxLength: 1000, examples: ['art_7x2c6tczm2zjbp3y3wnl'] }),
  slug: Type.String({
    maxLength: 1000,
    examples: ['zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia'],
  }),
  headline: Type.String({ maxLength: 1000 }),
  headlineEditorial: Type.Boolean({ description: 'True when an editor wrote the headline (the source text had none)' }),
  standfirst: Nullable(Type.String({ maxLength: 10_000 })),
  credit: Nullable(Type.String({ maxLength: 1000, examples: ['(With inputs from agencies)'] })),
  source: Nullable(Type.String({ maxLength: 1000 })),
  language: Type.String({ maxLength: 1000, description: 'BCP 47 language tag', examples: ['en'] }),
  status: ref(ArticleStatus),
  publishedAt: Nullable(Timestamp),
  publishedAtSource: Nullable(
    Type.String({ maxLength: 1000, description: 'How `publishedAt` was established, when the text does not say' }),
  ),
  wordCount: Type.Integer({ format: 'int32', maximum: 2_147_483_647, minimum: 0 }),
  publishAt: Nullable(Timestamp, { description: 'When a `scheduled` article goes live; null otherwise' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A related list, present only when asked for with `include=`. */
const included = <T extends TSchema>(schema: T, description: string) =>
  Type.Optional(Type.Array(ref(schema), { maxItems: 10_000, description }));

/** Related resources, present only when asked for with `include=`. */
const articleIncludes = {
  quotes: included(Quote, 'With `include=quotes`, in text order'),
  people: included(Person, 'With `include=people`: everyone it names or quotes, in order of appearance'),
  places: included(Place, 'With `include=places`: every place it names'),
  organisations: included(
    Organisation,
    'With `include=organisations`: every organisation it names or quotes, in order of appearance',
  ),
  mentions: included(Mention, 'With `include=mentions`, in text order'),
};

export const ArticleSummary = Type.Object(
  { ...articleFields, ...articleIncludes },
  {
    $id: 'ArticleSummary',
    description: 'An article without its body, as lists return it',
    examples: [articleSummaryExample],
  },
);
export type ArticleSummary = Static<typeof ArticleSummary>;

export const Article = Type.Object(
  {
    ...articleFields,
    body: Type.Array(ref(BodyBlock), { maxItems: 10_000, description: 'Ordered blocks: paragraphs and subheadings' }),
    plainText: Type.String({
      maxLength: 10_000_000,
      description: 'The body as plain text; quote and mention offsets point into it',
    }),
    ...articleIncludes,
  },
  { $id: 'Article', examples: [articleExample] },
);
export type Article = Static<typeof Article>;

export const ArticleList = ListOf(ref(ArticleSummary), 'ArticleList', listExample(articleSummaryExample, '/articles'));
export const ArticleItem = ItemOf(ref(Article), 'ArticleItem', articleExample);

export const articleSchemas = [ArticleStatus, BodyBlock, Mention, ArticleSummary, Article, ArticleList, ArticleItem];

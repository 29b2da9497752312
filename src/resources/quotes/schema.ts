import { Type, type Static } from '@sinclair/typebox';
import { QUOTE_KINDS } from '../../core/db/schema.ts';
import { ItemOf, ListOf, Nullable, StringEnum, Timestamp, ref } from '../../core/http/schemas.ts';
import { listExample, quoteExample } from '../../core/http/examples.ts';
import { Organisation } from '../organisations/schema.ts';
import { Person } from '../people/schema.ts';

export const QUOTE_INCLUDES = ['speaker', 'article'] as const;
export type QuoteInclude = (typeof QUOTE_INCLUDES)[number];

export const QuoteKind = StringEnum(QUOTE_KINDS, {
  $id: 'QuoteKind',
  description:
    '`direct`: whole sentences in quote marks; `partial`: a quoted fragment inside a sentence; `indirect`: reported speech',
});

export const SpeakerType = StringEnum(['person', 'organisation'], { $id: 'SpeakerType' });

export const Span = Type.Object(
  {
    start: Type.Integer({
      format: 'int32',
      maximum: 2_147_483_647,
      minimum: 0,
      description: 'Offset of the first character in the article plain text',
    }),
    end: Type.Integer({
      format: 'int32',
      maximum: 2_147_483_647,
      minimum: 0,
      description: 'Offset just past the last character (exclusive)',
    }),
  },
  { $id: 'Span' },
);

export const Quote = Type.Object(
  {
    id: Type.String({ maxLength: 1000, examples: ['quo_fkm3vl6xq6y4a7x3g5ji'] }),
    articleId: Type.String({ maxLength: 1000 }),
    speakerType: Nullable(ref(SpeakerType)),
    speakerId: Nullable(
      Type.String({
        maxLength: 1000,
        description:
          'A person or organisation id, per `speakerType`; null when no one is attributed, or (without a `read:drafts` key) when the speaker is not public yet',
      }),
    ),
    text: Type.String({ maxLength: 100_000, description: 'The quoted words exactly as they stand in the article' }),
    kind: ref(QuoteKind),
    channel: Nullable(
      Type.String({
        maxLength: 1000,
        description: 'How it was said, where the article says so',
        examples: ['post on X'],
      }),
    ),
    start: Type.Integer({
      format: 'int32',
      maximum: 2_147_483_647,
      minimum: 0,
      description: 'Offset of the quote in the article plain text',
    }),
    end: Type.Integer({
      format: 'int32',
      maximum: 2_147_483_647,
      minimum: 0,
      description: 'End offset (exclusive); `plainText.slice(start, end) === text`',
    }),
    speakerMention: Nullable(ref(Span), {
      description: 'Where the attribution names the speaker ("Zelensky" in "Zelensky wrote", "he" in "he said")',
    }),
    saidAt: Nullable(
      Type.String({ maxLength: 1000, description: 'When it was said (ISO 8601 date or date-time), where known' }),
    ),
    saidAtSource: Nullable(Type.String({ maxLength: 1000, description: 'How `saidAt` was established' })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    speaker: Type.Optional(
      Nullable(Type.Union([ref(Person), ref(Organisation)]), { description: 'With `include=speaker`' }),
    ),
    article: Type.Optional(Type.Unsafe<Record<string, unknown>>(Type.Ref('ArticleSummary'))),
  },
  { $id: 'Quote', examples: [quoteExample] },
);
export type Quote = Static<typeof Quote>;

export const QuoteList = ListOf(ref(Quote), 'QuoteList', listExample(quoteExample, '/quotes'));
export const QuoteItem = ItemOf(ref(Quote), 'QuoteItem', quoteExample);

export const quoteSchemas = [QuoteKind, SpeakerType, Span, Quote, QuoteList, QuoteItem];

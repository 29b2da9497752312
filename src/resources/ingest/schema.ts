import { Type, type Static } from '@sinclair/typebox';
import { InputTimestamp, Nullable, StringEnum, ref } from '../../core/http/schemas.ts';
import { Article } from '../articles/schema.ts';
import { articleExample } from '../../core/http/examples.ts';

const Offset = Type.Integer({ format: 'int32', minimum: 0, maximum: 2_147_483_647 });
const EntityType = StringEnum(['person', 'organisation', 'place']);
const SpeakerType = StringEnum(['person', 'organisation']);
const QuoteKind = StringEnum(['direct', 'partial', 'indirect']);
const InputSpan = Type.Object({ start: Offset, end: Offset }, { additionalProperties: false });

/** One quote as an editor corrected it on a dry run: offsets into the text sent, like the dry run's. */
export const IngestQuoteInput = Type.Object(
  {
    start: Offset,
    end: Offset,
    kind: QuoteKind,
    channel: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    speaker: Nullable(
      Type.Object(
        {
          type: SpeakerType,
          id: Type.Optional(
            Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 200, description: 'Someone known: id or slug' }),
          ),
          name: Type.Optional(
            Type.String({
              minLength: 1,
              maxLength: 1000,
              description:
                'Instead of `id`: the one ingest proposes by this name, else the one known by this name or alias, ' +
                'else a new suggested entity',
            }),
          ),
        },
        { additionalProperties: false, description: 'Who said it: `type` and exactly one of `id` or `name`' },
      ),
    ),
    speakerMention: Type.Optional(Nullable(InputSpan)),
  },
  { additionalProperties: false, $id: 'IngestQuoteInput', description: 'A quote as the editor wants it saved' },
);
export type IngestQuoteInput = Static<typeof IngestQuoteInput>;

export const IngestInput = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: 2_000_000,
      description:
        'The copy as plain text: paragraphs separated by blank lines (or one per line), subheadings on their own line',
    }),
    headline: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: 'Else the first sentence, for the desk to rewrite' }),
    ),
    publishedAt: Type.Optional(InputTimestamp('When the copy was published, if it was')),
    source: Type.Optional(Type.String({ maxLength: 1000, description: 'Where the copy comes from (agency, URL)' })),
    language: Type.Optional(
      Type.String({
        pattern: '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$',
        maxLength: 35,
        description: 'BCP 47; `en` by default',
      }),
    ),
    quotes: Type.Optional(
      Type.Array(ref(IngestQuoteInput), {
        maxItems: 100_000,
        description:
          'An editor’s corrections of a dry run: when present, the draft gets exactly these quotes instead of the ' +
          'ones extraction finds (people, places and organisations are still linked and proposed as usual)',
      }),
    ),
  },
  { additionalProperties: false, $id: 'IngestInput' },
);

const LowConfidenceItem = Type.Object({
  reason: Type.String({ maxLength: 100 }),
  message: Type.String({ maxLength: 10_000 }),
  start: Offset,
  end: Offset,
});
const KnownId = Nullable(Type.String({ maxLength: 100 }), {
  description: 'The known entity it links to; null for one ingest would propose (suggested)',
});

export const DryRun = Type.Object(
  {
    quotes: Type.Array(
      Type.Object({
        text: Type.String({ maxLength: 100_000 }),
        start: Offset,
        end: Offset,
        kind: QuoteKind,
        channel: Nullable(Type.String({ maxLength: 1000 })),
        speaker: Nullable(
          Type.Object({
            name: Type.String({ maxLength: 1000 }),
            type: SpeakerType,
            id: KnownId,
            start: Offset,
            end: Offset,
          }),
        ),
      }),
      { maxItems: 100_000 },
    ),
    mentions: Type.Array(
      Type.Object({
        type: EntityType,
        name: Type.String({ maxLength: 1000 }),
        id: KnownId,
        start: Offset,
        end: Offset,
      }),
      { maxItems: 1_000_000 },
    ),
    suggested: Type.Array(Type.Object({ type: EntityType, name: Type.String({ maxLength: 1000 }) }), {
      maxItems: 100_000,
      description: 'Entities saving would create as suggestions, for an editor to confirm',
    }),
    lowConfidence: Type.Array(LowConfidenceItem, {
      maxItems: 100_000,
      description: 'Decisions made on thin evidence, for an editor to check; offsets into the text sent',
    }),
  },
  {
    $id: 'IngestDryRun',
    description: 'What ingest would extract; offsets are JavaScript string indices into the text sent',
    examples: [
      {
        quotes: [
          {
            text: 'We are ready to listen,',
            start: 1,
            end: 24,
            kind: 'direct',
            channel: null,
            speaker: { name: 'Maria Santos', type: 'person', id: null, start: 26, end: 32 },
          },
        ],
        mentions: [{ type: 'person', name: 'Maria Santos', id: null, start: 26, end: 32 }],
        suggested: [{ type: 'person', name: 'Maria Santos' }],
        lowConfidence: [
          {
            reason: 'suggested-entity',
            message: 'new person "Maria Santos" (before a speech verb)',
            start: 26,
            end: 32,
          },
        ],
      },
    ],
  },
);

export const IngestResult = Type.Object(
  {
    data: Type.Object({
      article: ref(Article),
      quotes: Type.Integer({ format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Quotes created' }),
      mentions: Type.Integer({ format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Mentions created' }),
      suggested: Type.Array(
        Type.Object({ type: EntityType, id: Type.String({ maxLength: 100 }), name: Type.String({ maxLength: 1000 }) }),
        { maxItems: 100_000, description: 'Entities created as suggestions, for an editor to confirm' },
      ),
      lowConfidence: Type.Array(LowConfidenceItem, {
        maxItems: 100_000,
        description: 'Decisions made on thin evidence; offsets into the text sent',
      }),
    }),
  },
  {
    $id: 'IngestResult',
    description: 'The draft created, and what an editor should check',
    examples: [
      {
        data: {
          article: { ...articleExample, status: 'draft', publishedAt: null },
          quotes: 1,
          mentions: 2,
          suggested: [{ type: 'person', id: 'per_k2m4q5r6s7t8u9v2w3x4', name: 'Maria Santos' }],
          lowConfidence: [
            { reason: 'pronoun-ambiguous', message: '"she" could be Maria Santos or Ana Costa', start: 120, end: 123 },
          ],
        },
      },
    ],
  },
);

export const ingestSchemas = [IngestQuoteInput, IngestInput, DryRun, IngestResult];

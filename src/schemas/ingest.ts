import { Type } from '@sinclair/typebox';
import { InputTimestamp, Nullable, StringEnum, ref } from './common.ts';
import { Article } from './articles.ts';
import { articleExample } from './examples.ts';

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
  },
  { additionalProperties: false, $id: 'IngestInput' },
);

const Offset = Type.Integer({ format: 'int32', minimum: 0, maximum: 2_147_483_647 });
const EntityType = StringEnum(['person', 'organisation', 'place']);

export const DryRun = Type.Object(
  {
    quotes: Type.Array(
      Type.Object({
        text: Type.String({ maxLength: 100_000 }),
        start: Offset,
        end: Offset,
        kind: StringEnum(['direct', 'partial', 'indirect']),
        channel: Nullable(Type.String({ maxLength: 1000 })),
        speaker: Nullable(
          Type.Object({
            name: Type.String({ maxLength: 1000 }),
            type: StringEnum(['person', 'organisation']),
            start: Offset,
            end: Offset,
          }),
        ),
      }),
      { maxItems: 100_000 },
    ),
    mentions: Type.Array(
      Type.Object({ type: EntityType, name: Type.String({ maxLength: 1000 }), start: Offset, end: Offset }),
      { maxItems: 1_000_000 },
    ),
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
            speaker: { name: 'Maria Santos', type: 'person', start: 26, end: 32 },
          },
        ],
        mentions: [{ type: 'person', name: 'Maria Santos', start: 26, end: 32 }],
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
      lowConfidence: Type.Array(
        Type.Object({
          reason: Type.String({ maxLength: 100 }),
          message: Type.String({ maxLength: 10_000 }),
          start: Offset,
          end: Offset,
        }),
        { maxItems: 100_000, description: 'Decisions made on thin evidence; offsets into the text sent' },
      ),
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

export const ingestSchemas = [IngestInput, DryRun, IngestResult];

import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum, Timestamp, ref } from '../../../core/http/schemas.ts';
import { ArticleStatus } from '../schema.ts';

const author = { keyId: 'key_3x7k2m4q5r6s7t8u9v2w', name: 'Night desk' };
const summaryExample = { number: 2, action: 'update', createdAt: '2025-04-08T12:30:00.000Z', author };
const snapshotExample = {
  slug: 'ceasefire-talks-open',
  headline: 'Ceasefire talks open',
  headlineEditorial: false,
  standfirst: null,
  body: [{ type: 'paragraph', text: 'Negotiators met on Monday.' }],
  credit: null,
  source: null,
  language: 'en',
  publishedAtSource: null,
  status: 'draft',
  publishAt: null,
  publishedAt: null,
};

const Author = Nullable(
  Type.Object({
    keyId: Type.String({
      maxLength: 100,
      description: 'The API key that made the change (`scheduler` for timed publication)',
    }),
    name: Type.String({ maxLength: 200 }),
  }),
  { description: 'Who made the change' },
);

const revisionFields = {
  number: Type.Integer({ minimum: 1, maximum: 2_147_483_647, format: 'int32', description: '1 for the first version' }),
  action: Type.String({ maxLength: 100, description: '`create`, `update`, `status:<status>` or `restore:<n>`' }),
  createdAt: Timestamp,
  author: Author,
};

const nullableText = (maxLength: number) => Nullable(Type.String({ maxLength }));

export const RevisionSnapshot = Type.Object(
  {
    slug: Type.String({ maxLength: 200 }),
    headline: Type.String({ maxLength: 1000 }),
    headlineEditorial: Type.Boolean(),
    standfirst: nullableText(10_000),
    body: Type.Array(
      Type.Object({ type: StringEnum(['paragraph', 'heading']), text: Type.String({ maxLength: 1_000_000 }) }),
      { maxItems: 10_000 },
    ),
    credit: nullableText(1000),
    source: nullableText(1000),
    language: Type.String({ maxLength: 35 }),
    publishedAtSource: nullableText(1000),
    status: ref(ArticleStatus),
    publishAt: Nullable(Timestamp),
    publishedAt: Nullable(Timestamp),
  },
  { $id: 'RevisionSnapshot', description: 'The article as it was at that revision' },
);

export const Revision = Type.Object(
  { ...revisionFields, article: ref(RevisionSnapshot) },
  { $id: 'Revision', description: 'One stored version of an article' },
);

export const RevisionSummary = Type.Object(revisionFields, { $id: 'RevisionSummary' });

export const RevisionList = Type.Object(
  {
    data: Type.Array(ref(RevisionSummary), { maxItems: 100_000, description: 'Newest first' }),
    meta: Type.Object({ count: Type.Integer({ minimum: 0, maximum: 2_147_483_647, format: 'int32' }) }),
  },
  { $id: 'RevisionList', examples: [{ data: [summaryExample], meta: { count: 1 } }] },
);

export const RevisionItem = Type.Object(
  { data: ref(Revision) },
  { $id: 'RevisionItem', examples: [{ data: { ...summaryExample, article: snapshotExample } }] },
);

const BlockValue = Type.Object({ type: Type.String({ maxLength: 20 }), text: Type.String({ maxLength: 1_000_000 }) });

export const RevisionDiff = Type.Object(
  {
    data: Type.Object({
      from: Type.Integer({ minimum: 1, maximum: 2_147_483_647, format: 'int32' }),
      to: Type.Integer({ minimum: 1, maximum: 2_147_483_647, format: 'int32' }),
      fields: Type.Array(
        Type.Object({
          field: Type.String({ maxLength: 100 }),
          from: Type.Unknown({ description: 'The value in the older revision' }),
          to: Type.Unknown({ description: 'The value in the newer revision' }),
        }),
        { maxItems: 100, description: 'Every field that differs (the body too, whole)' },
      ),
      body: Type.Array(
        Type.Object({
          change: StringEnum(['added', 'removed', 'changed']),
          index: Type.Integer({ minimum: 0, maximum: 2_147_483_647, format: 'int32' }),
          from: Type.Optional(BlockValue),
          to: Type.Optional(BlockValue),
        }),
        { maxItems: 20_000, description: 'Block by block: what was added, removed or changed' },
      ),
    }),
  },
  {
    $id: 'RevisionDiff',
    examples: [
      {
        data: {
          from: 1,
          to: 2,
          fields: [{ field: 'headline', from: 'Ceasefire talks open', to: 'Ceasefire talks stall' }],
          body: [{ change: 'added', index: 1, to: { type: 'paragraph', text: 'No agreement was reached.' } }],
        },
      },
    ],
  },
);

export const revisionSchemas = [RevisionSnapshot, Revision, RevisionSummary, RevisionList, RevisionItem, RevisionDiff];

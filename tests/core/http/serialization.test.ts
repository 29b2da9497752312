import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { Nullable, Timestamp, ref } from '../../../src/core/http/schemas.ts';
import { forSerialization, leanSerializers } from '../../../src/core/http/serialization.ts';
import { useSeededApp } from '../../support/app.ts';

const Speaker = Type.Object({ name: Type.String() }, { $id: 'TestSpeaker' });
const Row = Type.Object({
  publishedAt: Nullable(Timestamp, { description: 'When it went live' }),
  credit: Nullable(Type.String({ maxLength: 1000 })),
  wordCount: Nullable(Type.Integer()),
  speaker: Nullable(ref(Speaker)),
  either: Nullable(Type.Union([Type.String(), Type.Integer()])),
});

describe('forSerialization', () => {
  it('writes "primitive or null" as nullable, keeping the primitive and the annotations', () => {
    const lean = forSerialization(Row) as { properties: Record<string, Record<string, unknown>> };
    expect(lean.properties.publishedAt).toMatchObject({
      type: 'string',
      format: 'date-time',
      nullable: true,
      description: 'When it went live',
    });
    expect(lean.properties.publishedAt).not.toHaveProperty('anyOf');
    expect(lean.properties.credit).toMatchObject({ type: 'string', maxLength: 1000, nullable: true });
    expect(lean.properties.wordCount).toMatchObject({ type: 'integer', nullable: true });
  });

  it('leaves a nullable reference or union as it is', () => {
    const lean = forSerialization(Row) as { properties: Record<string, Record<string, unknown>> };
    expect(lean.properties.speaker).toHaveProperty('anyOf');
    expect(lean.properties.either).toHaveProperty('anyOf');
  });

  it('copies: the declared schema, which validation and the OpenAPI document read, keeps its anyOf', () => {
    forSerialization(Row);
    expect(Row.properties.publishedAt).toHaveProperty('anyOf');
  });
});

describe('leanSerializers', () => {
  const serialize = leanSerializers()({ TestSpeaker: Speaker }, {})({
    method: 'GET',
    url: '/test',
    httpStatus: '200',
    schema: Row,
  });

  it.each([
    [
      'values',
      {
        publishedAt: '2025-03-01T10:00:00.000Z',
        credit: 'A "quoted" \u2028 credit',
        wordCount: 12,
        speaker: { name: 'Ana' },
        either: 3,
      },
    ],
    ['nulls', { publishedAt: null, credit: null, wordCount: null, speaker: null, either: null }],
  ])('writes %s as JSON.stringify does', (_name, value) => {
    expect(serialize(value)).toBe(JSON.stringify(value));
  });
});

describe('responses', () => {
  const ctx = useSeededApp();

  it('a list writes null and present nullable fields alike', async () => {
    const response = await ctx.app.inject('/articles');
    expect(response.statusCode).toBe(200);
    const [article] = response.json().data;
    expect(article.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(article.publishAt).toBeNull();
    expect(response.body).toContain('"publishAt":null');
  });
});

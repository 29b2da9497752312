import { Type, type Static } from '@sinclair/typebox';

/**
 * The article export formats. Their shapes are fixed by outside standards, so these schemas name
 * the main properties and let the rest through rather than restate each standard.
 */

export const NewsArticleJsonLd = Type.Object(
  {
    '@context': Type.Literal('https://schema.org'),
    '@type': Type.Literal('NewsArticle'),
    '@id': Type.String({ format: 'uri', maxLength: 2048 }),
    url: Type.String({ format: 'uri', maxLength: 2048 }),
    identifier: Type.String({ maxLength: 64 }),
    headline: Type.String({ maxLength: 1000 }),
    articleBody: Type.String({ maxLength: 10_000_000 }),
    mentions: Type.Optional(
      Type.Array(Type.Object({}, { additionalProperties: true }), {
        maxItems: 10_000,
        description: 'Person, Place (Country, City …) and Organization nodes, with sameAs links',
      }),
    ),
    hasPart: Type.Optional(
      Type.Array(Type.Object({}, { additionalProperties: true }), {
        maxItems: 10_000,
        description: 'The quotes, as Quotation nodes whose creator is the speaker',
      }),
    ),
  },
  {
    $id: 'NewsArticleJsonLd',
    additionalProperties: true,
    description: 'schema.org NewsArticle as JSON-LD',
    examples: [
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        '@id': 'http://localhost:3000/articles/art_b7tgy67umjrynfezzwmh',
        url: 'http://localhost:3000/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia',
        identifier: 'art_b7tgy67umjrynfezzwmh',
        headline: 'Zelensky says Ukraine captured two Chinese nationals fighting for Russia',
        articleBody: 'Ukrainian President Volodymyr Zelensky has said …',
        datePublished: '2025-04-08T00:00:00.000Z',
        mentions: [{ '@type': 'Person', name: 'Andrii Sybiha' }],
        hasPart: [{ '@type': 'Quotation', text: 'decisive enabler' }],
      },
    ],
  },
);

export type NewsArticleJsonLd = Static<typeof NewsArticleJsonLd> & Record<string, unknown>;

export const NinjsItem = Type.Object(
  {
    $schema: Type.Optional(Type.Literal('http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json')),
    uri: Type.String({ format: 'uri', maxLength: 2048 }),
    type: Type.Literal('text'),
    headlines: Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 10 }),
    bodies: Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 10 }),
  },
  {
    $id: 'NinjsItem',
    additionalProperties: true,
    description: 'IPTC ninjs 2.1 news item',
    examples: [
      {
        $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
        uri: 'http://localhost:3000/articles/art_b7tgy67umjrynfezzwmh',
        type: 'text',
        pubstatus: 'usable',
        headlines: [
          { role: 'main', value: 'Zelensky says Ukraine captured two Chinese nationals fighting for Russia' },
        ],
        bodies: [
          { role: 'main', contenttype: 'text/plain', value: 'Ukrainian President Volodymyr Zelensky has said …' },
        ],
      },
    ],
  },
);

export type NinjsItem = Static<typeof NinjsItem> & Record<string, unknown>;

export const formatSchemas = [NewsArticleJsonLd, NinjsItem];

import { Type } from '@sinclair/typebox';
import { ListLinks, ListMeta, StringEnum, ref } from '../../core/http/schemas.ts';

export const SearchHit = Type.Object(
  {
    type: StringEnum(['article', 'quote', 'person', 'place', 'organisation'], { description: 'What was found' }),
    id: Type.String({ maxLength: 64 }),
    score: Type.Number({ description: 'Relevance (BM25, higher is better); comparable within one search only' }),
    snippet: Type.String({
      maxLength: 10_000,
      description: 'The best-matching passage as HTML-escaped text, matches wrapped in <mark>…</mark>',
    }),
    resource: Type.Object(
      {},
      { additionalProperties: true, description: 'The resource found, as its own route returns it' },
    ),
  },
  { $id: 'SearchHit' },
);

export const SearchResults = Type.Object(
  { data: Type.Array(ref(SearchHit), { maxItems: 100 }), meta: ref(ListMeta), links: ref(ListLinks) },
  {
    $id: 'SearchResults',
    examples: [
      {
        data: [
          {
            type: 'person',
            id: 'per_3clx73dhmaghfr3vvajj',
            score: 1.77,
            snippet: 'Volodymyr <mark>Zelensky</mark>',
            resource: { id: 'per_3clx73dhmaghfr3vvajj', slug: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' },
          },
        ],
        meta: { limit: 20, count: 1, nextCursor: null, prevCursor: null },
        links: { self: 'http://localhost:3000/search?q=zelensky', next: null, prev: null },
      },
    ],
  },
);

export const searchSchemas = [SearchHit, SearchResults];

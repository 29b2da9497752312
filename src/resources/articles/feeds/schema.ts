import { Type, type Static } from '@sinclair/typebox';

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the parts Dateline fills in. */
export const JsonFeedItem = Type.Object(
  {
    id: Type.String({ maxLength: 2048, description: 'The article id' }),
    url: Type.String({ maxLength: 2048 }),
    title: Type.String({ maxLength: 1000 }),
    summary: Type.Optional(Type.String({ maxLength: 1024, description: 'The standfirst, at most 1 KiB' })),
    content_html: Type.String({
      maxLength: 100_000,
      description: 'The opening of the body as HTML (at most 8 KiB of text), with a link to the rest when it goes on',
    }),
    content_text: Type.String({
      maxLength: 8200,
      description: 'The opening of the body as text, at most 8 KiB, ending in … when it goes on',
    }),
    date_published: Type.String({ maxLength: 1000, format: 'date-time' }),
    date_modified: Type.String({ maxLength: 1000, format: 'date-time' }),
    language: Type.String({ maxLength: 35 }),
  },
  { $id: 'JsonFeedItem' },
);

export const JsonFeed = Type.Object(
  {
    version: Type.Literal('https://jsonfeed.org/version/1.1'),
    title: Type.String({ maxLength: 1000 }),
    home_page_url: Type.String({ maxLength: 2048 }),
    feed_url: Type.String({ maxLength: 2048 }),
    description: Type.String({ maxLength: 10_000 }),
    language: Type.String({ maxLength: 35 }),
    items: Type.Array(Type.Unsafe<Static<typeof JsonFeedItem>>(Type.Ref('JsonFeedItem')), { maxItems: 100 }),
  },
  {
    $id: 'JsonFeed',
    examples: [
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Dateline: latest articles',
        home_page_url: 'http://localhost:3000/articles',
        feed_url: 'http://localhost:3000/articles/feed.json',
        description: 'Published articles, newest first',
        language: 'en',
        items: [],
      },
    ],
  },
);
export type JsonFeed = Static<typeof JsonFeed>;

export const feedSchemas = [JsonFeedItem, JsonFeed];

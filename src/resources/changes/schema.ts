import { Type } from '@sinclair/typebox';
import { CHANGE_ACTIONS } from '../../core/db/schema.ts';
import { ListLinks, StringEnum, Timestamp, ref } from '../../core/http/schemas.ts';

export const CHANGE_TYPES = ['article', 'quote', 'person', 'place', 'organisation'] as const;

export const Change = Type.Object(
  {
    seq: Type.Integer({ format: 'int64', minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Commit order' }),
    type: StringEnum(CHANGE_TYPES),
    id: Type.String({ maxLength: 64 }),
    action: StringEnum(CHANGE_ACTIONS, {
      description: '`delete` is a tombstone: the resource is gone, or no longer public',
    }),
    changedAt: Timestamp,
    href: Type.Union([Type.String({ maxLength: 4096 }), Type.Null()], {
      description: 'Where to read the resource now; null for a delete',
    }),
  },
  { $id: 'Change' },
);

export const ChangeFeed = Type.Object(
  {
    data: Type.Array(ref(Change), { maxItems: 1000 }),
    meta: Type.Object({
      limit: Type.Integer({ format: 'int32', minimum: 1, maximum: 1000 }),
      count: Type.Integer({ format: 'int32', minimum: 0, maximum: 1000 }),
      nextCursor: Type.String({
        maxLength: 1000,
        description: 'Pass as `since` next time: always set, so a client can poll from where it stopped',
      }),
      hasMore: Type.Boolean({ description: 'More changes are waiting now; ask again at once' }),
    }),
    links: ref(ListLinks),
  },
  {
    $id: 'ChangeFeed',
    examples: [
      {
        data: [
          {
            seq: 42,
            type: 'article',
            id: 'art_b7tgy67umjrynfezzwmh',
            action: 'update',
            changedAt: '2025-04-08T12:00:00.000Z',
            href: 'http://localhost:3000/articles/art_b7tgy67umjrynfezzwmh',
          },
        ],
        meta: { limit: 100, count: 1, nextCursor: 'eyJzIjoic2VxIiwidiI6WzQyXX0', hasMore: false },
        links: {
          self: 'http://localhost:3000/changes',
          next: 'http://localhost:3000/changes?since=eyJzIjoic2VxIiwidiI6WzQyXX0',
          prev: null,
        },
      },
    ],
  },
);

export const changeSchemas = [Change, ChangeFeed];

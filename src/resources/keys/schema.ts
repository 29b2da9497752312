import { Type } from '@sinclair/typebox';
import { API_SCOPES } from '../../core/db/schema.ts';
import { Nullable, StringEnum, Timestamp, ref } from '../../core/http/schemas.ts';

const keyExample = {
  id: 'key_3x7k2m4q5r6s7t8u9v2w',
  name: 'Night desk',
  scopes: ['write'],
  createdAt: '2025-04-08T12:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2025-04-08T12:30:00.000Z',
};

export const ApiKey = Type.Object(
  {
    id: Type.String({ maxLength: 100, examples: ['key_3x7k2m4q5r6s7t8u9v2w'] }),
    name: Type.String({ maxLength: 200 }),
    scopes: Type.Array(StringEnum(API_SCOPES), { maxItems: 3 }),
    createdAt: Timestamp,
    revokedAt: Nullable(Timestamp),
    lastUsedAt: Nullable(Timestamp, { description: 'To the minute' }),
  },
  { $id: 'ApiKey', description: 'An API key; its secret is never shown again after creation', examples: [keyExample] },
);

export const NewApiKey = Type.Object(
  {
    data: Type.Object({
      ...ApiKey.properties,
      secret: Type.String({ maxLength: 200, description: 'The key to send as `Authorization: Bearer …`. Shown once.' }),
    }),
  },
  {
    $id: 'NewApiKey',
    examples: [
      {
        data: {
          ...keyExample,
          lastUsedAt: null,
          secret: 'dtl_3x7k2m4q5r6s7t8u9v2w_Ht5I2jiRkrJ2QWSgS80YMSZElFynQVQBdYp0oL6FBfE',
        },
      },
    ],
  },
);

export const ApiKeyList = Type.Object(
  {
    data: Type.Array(ref(ApiKey), { maxItems: 100_000 }),
    meta: Type.Object({ count: Type.Integer({ minimum: 0, maximum: 2_147_483_647, format: 'int32' }) }),
  },
  { $id: 'ApiKeyList', examples: [{ data: [keyExample], meta: { count: 1 } }] },
);

/** The key making a request (`GET /keys/current`). */
export const ApiKeyItem = Type.Object(
  { data: ref(ApiKey) },
  {
    $id: 'ApiKeyItem',
    examples: [
      {
        data: keyExample,
      },
    ],
  },
);

export const keySchemas = [ApiKey, NewApiKey, ApiKeyList, ApiKeyItem];

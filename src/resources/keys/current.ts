import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ref } from '../../core/http/schemas.ts';
import { ApiKeyItem } from './schema.ts';

/**
 * The key a request is made with, for any key: a frontend signing an editor in learns the key's
 * name and scopes, and shows only what they allow, without needing the admin-only key list.
 */
const currentKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/current',
    {
      // Every key holds at least one scope, and each grants read:drafts: this admits any valid key.
      config: { scope: 'read:drafts' },
      schema: {
        tags: ['keys'],
        operationId: 'getCurrentKey',
        summary: 'The API key making this request',
        description: 'Any valid key may ask: its id, name and scopes, never its secret.',
        response: { 200: ref(ApiKeyItem, { description: 'The key' }) },
      },
    },
    async (request) => {
      // The scope check has run: a request without a key never gets here.
      if (request.apiKey === null) throw new Error('the auth hook admitted a request without a key');
      return { data: request.apiKey };
    },
  );
};

export default currentKeyRoutes;

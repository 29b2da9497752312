import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../../core/http/errors.ts';
import { createApiKey, findApiKey, listApiKeys, revokeApiKey } from './repository.ts';
import { IdParams, ref } from '../../core/http/schemas.ts';
import { KeyInput } from '../inputs.ts';
import { ApiKeyList, NewApiKey } from './schema.ts';
import { locationHeader } from '../../core/http/write-support.ts';
import { problems, readProblems } from '../../core/http/problem-responses.ts';

/** API keys, for admins: create (the secret is shown once), list, revoke. */
const keyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const admin = { scope: 'admin' } as const;

  app.post(
    '',
    {
      config: admin,
      schema: {
        tags: ['keys'],
        operationId: 'createKey',
        summary: 'Create an API key',
        description: 'The answer carries the secret, once: only its hash is stored.',
        body: ref(KeyInput),
        response: {
          201: { ...ref(NewApiKey), description: 'The new key and its secret', headers: locationHeader },
          ...problems(400, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { key, secret } = await createApiKey(app.db, request.body.name, request.body.scopes);
      return reply
        .code(201)
        .header('location', `/keys/${key.id}`)
        .header('cache-control', 'no-store')
        .send({ data: { ...key, secret } });
    },
  );

  app.get(
    '',
    {
      config: admin,
      schema: {
        tags: ['keys'],
        operationId: 'listKeys',
        summary: 'List API keys',
        description: 'Every key, revoked ones included, newest first; never their secrets.',
        response: { 200: ref(ApiKeyList, { description: 'The keys' }) },
      },
    },
    async () => {
      const keys = await listApiKeys(app.db);
      return { data: keys, meta: { count: keys.length } };
    },
  );

  app.delete(
    '/:id',
    {
      config: admin,
      schema: {
        tags: ['keys'],
        operationId: 'revokeKey',
        summary: 'Revoke an API key',
        description: 'Takes effect at once: the next request with the key is refused (401).',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Revoked' }), ...readProblems },
      },
    },
    async (request, reply) => {
      if (!(await findApiKey(app.db, request.params.id))) throw new NotFoundError('API key', request.params.id);
      await revokeApiKey(app.db, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default keyRoutes;

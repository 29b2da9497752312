import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError, orNotFound } from '../../core/http/errors.ts';
import { nextVersion } from '../../lib/clock.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { enqueuePing, findDelivery, listDeliveries, requeueDelivery } from './deliveries.ts';
import { createWebhook, deleteWebhook, findWebhook, listWebhooks, updateWebhook } from './repository.ts';
import { DEFAULT_LIMIT, IdParams, ref } from '../../core/http/schemas.ts';
import {
  DeliveryListQuery,
  WebhookCreate,
  WebhookCreated,
  WebhookDeliveryItem,
  WebhookDeliveryList,
  WebhookItem,
  WebhookList,
  WebhookListQuery,
  WebhookPatch,
} from './schema.ts';
import { listEnvelope } from '../../core/http/envelope.ts';
import { requireCurrent } from '../../core/http/preconditions.ts';
import { ifMatchHeaders } from '../../core/http/write-support.ts';
import { problems as standardProblems, problemsWorded } from '../../core/http/problem-responses.ts';

/**
 * Webhook subscriptions and their delivery logs, for admin keys only. Events reach the outbox in
 * the transaction of the change that caused them (repositories/outbox.ts); the dispatcher
 * (webhooks/dispatcher.ts) sends them.
 */

const admin = { scope: 'admin' } as const;
const tags = ['webhooks'];

// Webhooks word some problems their own way; 401, 403 and `security` come with the `admin` scope (openapi.ts).
const problems = {
  ...problemsWorded({
    400: 'A parameter or field is invalid; `errors` names each one',
    404: 'No such webhook (or delivery)',
    409: 'The request conflicts with the current state',
    412: 'If-Match does not name the current version: read the webhook again',
  }),
  ...standardProblems(413, 415, 428),
};

const IfMatch = ifMatchHeaders(
  'The ETag of the webhook as last read (or `*`); required, so that no change is overwritten',
);

const DeliveryParams = Type.Object({
  id: IdParams.properties.id,
  deliveryId: Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 200, description: 'The delivery id (`msg_…`)' }),
});

const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const requireWebhook = async (id: string) => orNotFound(await findWebhook(app.db, id), 'webhook', id);

  app.post(
    '',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'createWebhook',
        summary: 'Subscribe a URL to events',
        description:
          'Creates a subscription. The response holds the signing secret (`whsec_…`), and is the only one that ' +
          'ever will: store it. Give your own `secret` to rotate a receiver onto a known one. Deliveries are ' +
          'POSTed as JSON with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`).',
        body: ref(WebhookCreate),
        response: {
          201: ref(WebhookCreated, { description: 'The subscription, with its secret' }),
          400: problems[400],
          413: problems[413],
          415: problems[415],
        },
      },
    },
    async (request, reply) => {
      const { webhook, secret } = await createWebhook(app.db, request.body);
      reply.code(201).header('location', `/webhooks/${webhook.id}`);
      return { data: { ...webhook, secret } };
    },
  );

  app.get(
    '',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'listWebhooks',
        summary: 'List webhook subscriptions',
        description: 'Every subscription, newest first. Secrets are never shown.',
        querystring: WebhookListQuery,
        response: {
          200: ref(WebhookList, { description: 'A page of subscriptions' }),
          400: problems[400],
        },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? DEFAULT_LIMIT;
      const page = await listWebhooks(app.db, { limit, cursor: request.query.cursor });
      return listEnvelope(request, reply, page, limit);
    },
  );

  app.get(
    '/:id',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'getWebhook',
        summary: 'Get one webhook subscription',
        description: 'The subscription, without its secret. Its ETag is what `If-Match` on PATCH and DELETE names.',
        params: IdParams,
        response: {
          200: ref(WebhookItem, { description: 'The subscription' }),
          400: problems[400],
          404: problems[404],
        },
      },
    },
    async (request) => ({ data: await requireWebhook(request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'updateWebhook',
        summary: 'Change a webhook subscription',
        description:
          'Changes the URL, events, description or `active` (false pauses deliveries: those already queued wait, ' +
          'and go out when it is switched back on). Send `If-Match` with the ETag you read.',
        params: IdParams,
        headers: IfMatch,
        body: ref(WebhookPatch),
        response: {
          200: ref(WebhookItem, { description: 'The changed subscription' }),
          400: problems[400],
          413: problems[413],
          415: problems[415],
          404: problems[404],
          412: problems[412],
          428: problems[428],
        },
      },
    },
    async (request) => {
      const webhook = await inTransaction(app.db, async (tx) => {
        const { id } = request.params;
        const current = requireCurrent(request, 'webhook', id, await findWebhook(tx, id));
        const { url, events, active, description } = request.body;
        const changes = { url, events, active, description };
        return updateWebhook(tx, current.id, changes, nextVersion(current.updatedAt));
      });
      const updated = orNotFound(webhook, 'webhook', request.params.id);
      if (updated.active) app.webhooks.wake();
      return { data: updated };
    },
  );

  app.delete(
    '/:id',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook subscription',
        description:
          'Deletes the subscription and its delivery log; queued deliveries are dropped. Send `If-Match` with the ' +
          'ETag you read.',
        params: IdParams,
        headers: IfMatch,
        response: {
          204: Type.Null({ description: 'Deleted' }),
          400: problems[400],
          404: problems[404],
          412: problems[412],
          428: problems[428],
        },
      },
    },
    async (request, reply) => {
      await inTransaction(app.db, async (tx) => {
        const { id } = request.params;
        const current = requireCurrent(request, 'webhook', id, await findWebhook(tx, id));
        await deleteWebhook(tx, current.id);
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:id/deliveries',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'listWebhookDeliveries',
        summary: "List a webhook's deliveries",
        description:
          'The delivery log, newest first: each event sent (or to be sent) to this subscription, with its status, ' +
          'the attempts made, the last HTTP status or error, and when the next attempt is due. `status=` filters.',
        params: IdParams,
        querystring: DeliveryListQuery,
        response: {
          200: ref(WebhookDeliveryList, { description: 'A page of deliveries' }),
          400: problems[400],
          404: problems[404],
        },
      },
    },
    async (request, reply) => {
      const webhook = await requireWebhook(request.params.id);
      const { limit = DEFAULT_LIMIT, cursor, status } = request.query;
      const page = await listDeliveries(app.db, webhook.id, { limit, cursor }, status);
      return listEnvelope(request, reply, page, limit);
    },
  );

  app.get(
    '/:id/deliveries/:deliveryId',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'getWebhookDelivery',
        summary: 'Get one delivery',
        description: 'One delivery of this subscription, with the payload sent.',
        params: DeliveryParams,
        response: {
          200: ref(WebhookDeliveryItem, { description: 'The delivery' }),
          400: problems[400],
          404: problems[404],
        },
      },
    },
    async (request) => {
      const { id, deliveryId } = request.params;
      const webhook = await requireWebhook(id);
      const delivery = orNotFound(await findDelivery(app.db, webhook.id, deliveryId), 'delivery', deliveryId);
      return { data: delivery };
    },
  );

  app.post(
    '/:id/deliveries/:deliveryId/retry',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'retryWebhookDelivery',
        summary: 'Send a delivery again',
        description:
          'Queues a failed (or delivered) delivery for one more attempt, now, with the same `webhook-id` so the ' +
          'receiver can tell it is the same message. A pending delivery is already queued: 409.',
        params: DeliveryParams,
        response: {
          202: ref(WebhookDeliveryItem, { description: 'The delivery, queued' }),
          400: problems[400],
          404: problems[404],
          409: problems[409],
        },
      },
    },
    async (request, reply) => {
      const { id, deliveryId } = request.params;
      const webhook = await requireWebhook(id);
      const delivery = await inTransaction(app.db, async (tx) => {
        const current = orNotFound(await findDelivery(tx, webhook.id, deliveryId), 'delivery', deliveryId);
        if (current.status === 'pending') {
          throw new ApiError(
            409,
            'delivery-pending',
            'Delivery pending',
            `The delivery is already queued; its next attempt is due at ${current.nextAttemptAt ?? 'once'}.`,
          );
        }
        return (await requeueDelivery(tx, webhook.id, deliveryId)) ?? current;
      });
      app.webhooks.wake();
      return reply.code(202).send({ data: delivery });
    },
  );

  app.post(
    '/:id/ping',
    {
      config: admin,
      schema: {
        tags,
        operationId: 'pingWebhook',
        summary: 'Send a test event',
        description:
          'Queues a `ping` event for this subscription only, whatever events it names, to check that the receiver ' +
          'answers and verifies signatures. Follow it in the delivery log. An inactive subscription cannot be pinged.',
        params: IdParams,
        response: {
          202: ref(WebhookDeliveryItem, { description: 'The ping, queued' }),
          400: problems[400],
          404: problems[404],
          409: problems[409],
        },
      },
    },
    async (request, reply) => {
      const webhook = await requireWebhook(request.params.id);
      if (!webhook.active) {
        throw new ApiError(409, 'webhook-inactive', 'Webhook inactive', 'Activate the webhook before pinging it.');
      }
      const delivery = await enqueuePing(app.db, webhook.id);
      app.webhooks.wake();
      return reply.code(202).send({ data: delivery });
    },
  );
};

export default webhookRoutes;

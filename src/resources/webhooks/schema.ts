import { Type, type Static } from '@sinclair/typebox';
import { DELIVERY_STATUSES } from '../../core/db/schema.ts';
import { EVENT_PATTERNS } from './outbox.ts';
import { ItemOf, ListOf, Nullable, StringEnum, Timestamp, ref } from '../../core/http/schemas.ts';
import { listExample } from '../../core/http/examples.ts';
import { limitParam } from '../../core/http/query-schemas.ts';

const webhookExample = {
  id: 'whk_k3jq7x2mfa5vbnr4tdle',
  url: 'https://hooks.example.com/dateline',
  events: ['article.*', 'quote.created'],
  active: true,
  description: 'Push published stories to the homepage cache',
  createdAt: '2025-04-08T12:00:00.000Z',
  updatedAt: '2025-04-08T12:00:00.000Z',
};

const secretExample = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

const deliveryExample = {
  id: 'msg_p2mf7hq3c4xwzrbnv6ds',
  event: 'article.published',
  status: 'failed',
  attempts: 8,
  nextAttemptAt: null,
  lastAttemptAt: '2025-04-08T12:42:30.000Z',
  lastStatusCode: 503,
  lastError: 'The receiver answered 503',
  createdAt: '2025-04-08T12:00:00.000Z',
  payload: {
    id: 'evt_x7gq2m4kzpd3vbnr6tle',
    type: 'article.published',
    timestamp: '2025-04-08T12:00:00.000Z',
    data: { id: 'art_b7tgy67umjrynfezzwmh' },
  },
};

const Url = Type.String({
  format: 'uri',
  pattern: '^https?://\\S+$',
  maxLength: 2000,
  description: 'Where deliveries are POSTed: an http or https URL',
  examples: [webhookExample.url],
});

const Events = Type.Array(
  StringEnum(EVENT_PATTERNS, {
    description: 'An event (`article.published`), every event of a resource (`article.*`), or everything (`*`)',
  }),
  { minItems: 1, maxItems: 100, uniqueItems: true, description: 'The events to receive', examples: [['article.*']] },
);

const Description = Type.String({ maxLength: 1000, description: 'A note for people: what the subscription is for' });

/**
 * Standard Webhooks secrets are `whsec_` and the base64 of 24 to 64 random bytes; the receiver
 * signs with the decoded bytes.
 */
const Secret = Type.String({
  pattern: '^whsec_(?:[A-Za-z0-9+/]{4}){8,22}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
  maxLength: 100,
  description: 'The signing secret: `whsec_` followed by the base64 of 24 to 64 random bytes',
  examples: [secretExample],
});

export const Webhook = Type.Object(
  {
    id: Type.String({ pattern: '^whk_[a-z2-7]+$', maxLength: 64, examples: [webhookExample.id] }),
    url: Url,
    events: Events,
    active: Type.Boolean({ description: 'Inactive subscriptions receive nothing new; queued deliveries wait' }),
    description: Nullable(Description),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Webhook', examples: [webhookExample] },
);
export type Webhook = Static<typeof Webhook>;

export const WebhookCreate = Type.Object(
  {
    url: Url,
    events: Events,
    description: Type.Optional(Nullable(Description)),
    active: Type.Optional(Type.Boolean({ default: true, description: 'Whether deliveries are sent; default true' })),
    secret: Type.Optional(Secret),
  },
  {
    $id: 'WebhookCreate',
    additionalProperties: false,
    examples: [{ url: webhookExample.url, events: webhookExample.events, description: webhookExample.description }],
  },
);
export type WebhookCreate = Static<typeof WebhookCreate>;

export const WebhookPatch = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    description: Type.Optional(Nullable(Description)),
    active: Type.Optional(Type.Boolean({ description: 'false pauses deliveries, true resumes them' })),
  },
  { $id: 'WebhookPatch', additionalProperties: false, examples: [{ active: false }] },
);
export type WebhookPatch = Static<typeof WebhookPatch>;

/** The one response that shows the secret: the creation's. */
export const WebhookCreated = Type.Object(
  {
    data: Type.Object({
      ...Webhook.properties,
      secret: { ...Secret, description: 'The signing secret. Shown this once: store it now' },
    }),
  },
  { $id: 'WebhookCreated', examples: [{ data: { ...webhookExample, secret: secretExample } }] },
);

export const WebhookDelivery = Type.Object(
  {
    id: Type.String({
      pattern: '^msg_[a-z2-7]+$',
      maxLength: 64,
      description: 'Sent as `webhook-id`; the same on every attempt',
    }),
    event: Type.String({
      pattern: '^[a-z]+(\\.[a-z]+)?$',
      maxLength: 100,
      description: 'The event type, or `ping`',
      examples: ['article.published'],
    }),
    status: StringEnum(DELIVERY_STATUSES, {
      description: '`pending` until a 2xx answer (`delivered`) or the last attempt fails (`failed`)',
    }),
    attempts: Type.Integer({ format: 'int32', minimum: 0, maximum: 1000, description: 'Attempts made so far' }),
    nextAttemptAt: Nullable(Timestamp, { description: 'When the next attempt is due; null once settled' }),
    lastAttemptAt: Nullable(Timestamp),
    lastStatusCode: Nullable(
      Type.Integer({ format: 'int32', minimum: 100, maximum: 599, description: "The receiver's last HTTP status" }),
    ),
    lastError: Nullable(Type.String({ maxLength: 1000, description: 'Why the last attempt failed' })),
    createdAt: Timestamp,
    payload: Type.Object(
      {},
      { additionalProperties: true, description: 'The JSON body sent: `{ id, type, timestamp, data }`' },
    ),
  },
  { $id: 'WebhookDelivery', examples: [deliveryExample] },
);
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const WebhookItem = ItemOf(ref(Webhook), 'WebhookItem', webhookExample);
export const WebhookList = ListOf(ref(Webhook), 'WebhookList', listExample(webhookExample, '/webhooks'));
export const WebhookDeliveryItem = ItemOf(ref(WebhookDelivery), 'WebhookDeliveryItem', deliveryExample);
export const WebhookDeliveryList = ListOf(
  ref(WebhookDelivery),
  'WebhookDeliveryList',
  listExample(deliveryExample, `/webhooks/${webhookExample.id}/deliveries`),
);

const Cursor = Type.String({
  maxLength: 1000,
  pattern: '^[A-Za-z0-9_-]+$',
  description: 'From `meta.nextCursor` or `meta.prevCursor` of the previous page',
});

export const WebhookListQuery = Type.Object(
  { limit: limitParam(), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);

export const DeliveryListQuery = Type.Object(
  {
    limit: limitParam(),
    cursor: Type.Optional(Cursor),
    status: Type.Optional(StringEnum(DELIVERY_STATUSES, { description: 'Only deliveries with this status' })),
  },
  { additionalProperties: false },
);

export const webhookSchemas = [
  Webhook,
  WebhookCreate,
  WebhookPatch,
  WebhookCreated,
  WebhookDelivery,
  WebhookItem,
  WebhookList,
  WebhookDeliveryItem,
  WebhookDeliveryList,
];

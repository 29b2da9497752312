import { sqlOf } from '../sql-stores.ts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { ApiScope } from '../../../src/core/db/schema.ts';
import { createApiKey } from '../../../src/resources/keys/repository.ts';
import { invalidValue, nastyString, validValue, type Context, type Pools } from './arbitraries.ts';
import { DocumentValidator, mediaOf, operationsOf, type Operation, type Parameter } from './document.ts';

/**
 * The contract fuzzer: requests generated from the live OpenAPI document, sent in-process to every
 * operation in turn, anonymously and with each scope, with valid and invalid parameters, headers
 * and bodies. Every answer is checked against the contract:
 *
 * - no 5xx;
 * - its status is documented for the operation;
 * - its body matches the documented schema of that status and media type;
 * - an error is application/problem+json, matches `Problem`, and carries `X-Content-Type-Options: nosniff`;
 * - a refused request (4xx) wrote nothing: the change feed, row counts, keys and webhooks are as before.
 *
 * Values come from fast-check arbitraries; each request draws from its own seed derived from the
 * run's seed and its index, so a run is reproduced exactly by its seed and request count.
 */

export interface FuzzFailure {
  kind: 'server-error' | 'undocumented-status' | 'undocumented-media-type' | 'schema' | 'problem' | 'wrote-on-refusal';
  operation: string;
  identity: string;
  status: number;
  request: string;
  detail: string;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  durationMs: number;
  failures: FuzzFailure[];
  /** Answers per status. */
  statuses: Record<string, number>;
  /** Per operation: answers per status. */
  operations: Record<string, Record<string, number>>;
  /** Per operation: the identities it was called with. */
  identities: Record<string, string[]>;
  /** Per operation: total milliseconds spent preparing, sending and checking its requests. */
  spentMs: Record<string, number>;
}

export interface FuzzOptions {
  app: FastifyInstance;
  requests: number;
  seed: number;
  /** Stop collecting after this many failures (the run goes on). */
  maxFailures?: number;
  onProgress?: (done: number) => void;
}

type Identity = 'anonymous' | 'read:drafts' | 'write' | 'admin' | 'invalid key';
const IDENTITIES: Identity[] = ['anonymous', 'read:drafts', 'write', 'admin', 'invalid key'];

/** A small seeded generator for choices; fast-check draws the values. */
class Draw {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number) {
    return this.next() < p;
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)] as T;
  }
  value<T>(arbitrary: fc.Arbitrary<T>): T {
    return fc.sample(arbitrary, { seed: Math.floor(this.next() * 2 ** 31), numRuns: 1 })[0] as T;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The kind of resource a path parameter names, from the segment before it. */
const KIND_BEFORE: Record<string, string> = {
  articles: 'article',
  people: 'person',
  places: 'place',
  organisations: 'organisation',
  quotes: 'quote',
  keys: 'key',
  webhooks: 'webhook',
  deliveries: 'delivery',
  revisions: 'revision',
};

const PREFIX_KIND: Record<string, string> = {
  art: 'article',
  quo: 'quote',
  per: 'person',
  pla: 'place',
  org: 'organisation',
  key: 'key',
  whk: 'webhook',
  dlv: 'delivery',
};

const ACCEPTS = [
  'application/json',
  'application/ld+json',
  'application/vnd.iptc.ninjs+json',
  'application/geo+json',
  'application/problem+json',
  'text/html',
  '*/*',
  'application/xml',
  'image/*;q=0.5, */*;q=0',
  '\u00ff',
];

/** What a refused request must leave as it found it. */
const FINGERPRINT = `SELECT
  (SELECT coalesce(max(seq), 0) FROM changes) AS changes,
  (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
  (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM places) AS places,
  (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM mentions) AS mentions,
  (SELECT count(*) FROM revisions) AS revisions, (SELECT count(*) FROM slug_redirects) AS redirects,
  (SELECT count(*) FROM api_keys) AS keys, (SELECT count(*) FROM api_keys WHERE revoked_at IS NOT NULL) AS revoked,
  (SELECT count(*) FROM webhooks) AS webhooks, (SELECT max(updated_at) FROM webhooks) AS webhooksChanged,
  (SELECT count(*) FROM webhook_deliveries) AS deliveries`;

interface Prepared {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload?: string;
}

function describeRequest(request: Prepared): string {
  const headers = Object.entries(request.headers)
    .filter(([name]) => name !== 'authorization')
    .map(([name, value]) => `${name}: ${value.slice(0, 80)}`)
    .join('; ');
  const body = request.payload === undefined ? '' : ` body ${request.payload.slice(0, 300)}`;
  return `${request.method} ${request.url.slice(0, 400)}${headers ? ` [${headers}]` : ''}${body}`;
}

async function setUp(app: FastifyInstance) {
  const key = async (scope: ApiScope[], name: string) => `Bearer ${(await createApiKey(app.db, name, scope)).secret}`;
  const auth: Record<Identity, string | undefined> = {
    anonymous: undefined,
    'read:drafts': await key(['read:drafts'], 'fuzz read:drafts'),
    write: await key(['write'], 'fuzz write'),
    admin: await key(['admin'], 'fuzz admin'),
    'invalid key': 'Bearer dtl_fuzzfuzzfuzzfuzzfuzz_notavalidsecretatall',
  };
  const identityKeys = new Set(
    (await sqlOf(app.db).all<{ id: string }>("SELECT id FROM api_keys WHERE name LIKE 'fuzz %'")).map((row) => row.id),
  );
  // Something of every kind to aim at: a draft with quotes and suggested entities, keys, a webhook with deliveries.
  const admin = { authorization: auth.admin ?? '' };
  await app.inject({
    method: 'POST',
    url: '/ingest',
    headers: admin,
    payload: {
      text: '"We will stay as long as it takes," said Maria Kowalczyk, the mayor of Brzezinka, on Monday.\n\n"Nothing is agreed," Andrii Sybiha said.',
      headline: 'Fuzz fixture draft',
    },
  });
  for (const name of ['spare key 1', 'spare key 2']) await createApiKey(app.db, name, ['read:drafts']);
  const hook = await app.inject({
    method: 'POST',
    url: '/webhooks',
    headers: admin,
    payload: { url: 'http://127.0.0.1:9/hook', events: ['*'] },
  });
  const hookId = hook.json<{ data?: { id?: string } }>().data?.id;
  if (hookId) await app.inject({ method: 'POST', url: `/webhooks/${hookId}/ping`, headers: admin });

  const rows = (sql: string) => sqlOf(app.db).all<{ id: string; slug?: string }>(sql);
  const idsAndSlugs = async (table: string) =>
    (await rows(`SELECT id, slug FROM ${table}`)).flatMap((r) => [r.id, r.slug ?? r.id]);
  const pools: Pools = {
    byKind: {
      article: await idsAndSlugs('articles'),
      person: await idsAndSlugs('people'),
      place: await idsAndSlugs('places'),
      organisation: await idsAndSlugs('organisations'),
      quote: (await rows('SELECT id FROM quotes')).map((r) => r.id),
      key: (await rows('SELECT id FROM api_keys')).map((r) => r.id).filter((id) => !identityKeys.has(id)),
      webhook: (await rows('SELECT id FROM webhooks')).map((r) => r.id),
      delivery: (await rows('SELECT id FROM webhook_deliveries')).map((r) => r.id),
      revision: ['1', '2', '3', '99'],
    },
    cursors: [],
  };
  return { auth, pools };
}

/** The path an operation's resource is read at (for a current ETag): up to its first parameter. */
function resourcePath(path: string): string | undefined {
  const match = /^(.*?\{\w+\})/.exec(path);
  return match?.[1];
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { app, requests, seed } = options;
  const maxFailures = options.maxFailures ?? 200;
  const started = performance.now();
  const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  const validator = new DocumentValidator(document);
  const operations = operationsOf(document);
  const { auth, pools } = await setUp(app);
  const ctx: Context = { resolve: (ref) => validator.resolve(ref), pools };
  const fingerprint = async () => JSON.stringify(await sqlOf(app.db).all(FINGERPRINT));

  const report: FuzzReport = {
    seed,
    requests,
    durationMs: 0,
    failures: [],
    statuses: {},
    operations: {},
    identities: {},
    spentMs: {},
  };
  const seen = new Set<string>();
  const fail = (failure: FuzzFailure) => {
    // One report per operation, kind and status is enough to act on.
    const key = `${failure.operation} ${failure.kind} ${failure.status} ${failure.detail.slice(0, 60)}`;
    if (seen.has(key) || report.failures.length >= maxFailures) return;
    seen.add(key);
    report.failures.push(failure);
  };

  for (let index = 0; index < requests; index++) {
    const operation = operations[index % operations.length] as Operation;
    // Each round moves every operation on to the next identity, whatever the number of operations.
    const round = Math.floor(index / operations.length);
    const identity = IDENTITIES[((index % operations.length) + round) % IDENTITIES.length] as Identity;
    const draw = new Draw(seed * 1_000_003 + index);
    const began = performance.now();
    const request = await prepare(app, operation, identity, auth, draw, ctx);
    const before = await fingerprint();
    const response = await app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      ...(request.payload !== undefined && { payload: request.payload }),
    });
    const status = response.statusCode;
    report.statuses[status] = (report.statuses[status] ?? 0) + 1;
    const perOperation = (report.operations[operation.key] ??= {});
    perOperation[status] = (perOperation[status] ?? 0) + 1;
    const identities = (report.identities[operation.key] ??= []);
    if (!identities.includes(identity)) identities.push(identity);

    const failure = (kind: FuzzFailure['kind'], detail: string) =>
      fail({ kind, operation: operation.key, identity, status, request: describeRequest(request), detail });
    const headers = response.headers as Record<string, string | undefined>;
    const body = decodeBody(response.rawPayload, headers['content-encoding']);
    checkAnswer(operation, status, headers, body, validator, failure);
    const after = status >= 400 && status < 500 ? await fingerprint() : before;
    if (after !== before) {
      failure('wrote-on-refusal', `state before ${before}\nstate after  ${after}`);
    }
    learn(status, body, headers['content-type'], pools);
    report.spentMs[operation.key] = (report.spentMs[operation.key] ?? 0) + performance.now() - began;
    options.onProgress?.(index + 1);
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

async function prepare(
  app: FastifyInstance,
  operation: Operation,
  identity: Identity,
  auth: Record<Identity, string | undefined>,
  draw: Draw,
  ctx: Context,
): Promise<Prepared> {
  const segments = operation.path.split('/');
  const path = segments
    .map((segment, at) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!param) return segment;
      const kind = KIND_BEFORE[segments[at - 1] ?? ''] ?? '';
      const pool = ctx.pools.byKind[kind] ?? [];
      const value = pool.length > 0 && draw.chance(0.9) ? draw.pick(pool) : draw.value(nastyString);
      return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
    })
    .join('/');

  const query = new URLSearchParams();
  const invalidMode = draw.chance(0.3);
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    if (!parameter.required && !draw.chance(0.3)) continue;
    for (const value of queryValues(parameter, invalidMode && draw.chance(0.5), draw, ctx)) {
      query.append(parameter.name, value);
    }
  }
  if (draw.chance(0.04)) query.append(draw.pick(['unknown', 'limit[]', 'fields[nope]', '__proto__']), '1');
  const search = query.toString();

  const headers: Record<string, string> = {};
  const authorization = auth[identity];
  if (authorization !== undefined) headers.authorization = authorization;
  if (draw.chance(0.15)) headers.accept = draw.pick(ACCEPTS);
  if (draw.chance(0.1)) headers['accept-encoding'] = draw.pick(['gzip', 'br', 'gzip, br', 'identity', 'compress']);
  if (operation.method === 'GET' && draw.chance(0.08)) {
    headers[draw.pick(['if-none-match', 'if-modified-since'])] = draw.pick([
      '*',
      '"nope"',
      'W/"x"',
      new Date(Date.now() + 86_400_000).toUTCString(),
      'not a date',
    ]);
  }
  if (draw.chance(0.03)) headers['x-request-id'] = draw.value(nastyString).replace(/[^\x20-\x7e]/g, '?');
  if (operation.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match')) {
    const roll = draw.next();
    if (roll < 0.55) {
      const readAt = resourcePath(path);
      const current = readAt
        ? await app.inject({ method: 'GET', url: readAt, headers: { authorization: auth.admin ?? '' } })
        : undefined;
      const etag = current?.headers.etag;
      if (typeof etag === 'string') headers['if-match'] = etag;
    } else if (roll < 0.75) {
      headers['if-match'] = draw.pick(['*', '"stale.x"', '"00000000000.abc"', 'garbage', '']);
    }
  }

  let payload: string | undefined;
  if (operation.body) {
    const roll = draw.next();
    const body = cached(operation.body.schema, '', () => validValue(operation.body?.schema, ctx));
    if (roll < 0.65) payload = JSON.stringify(draw.value(body));
    else if (roll < 0.9) payload = JSON.stringify(mutate(draw.value(body), draw, ctx));
    else payload = draw.pick(['', '{', 'null', '[]', '"text"', '{"a":1', '\u0000', '{"__proto__":{"x":1}}']);
    headers['content-type'] = draw.chance(0.9)
      ? (operation.body.media[0] ?? 'application/json')
      : draw.pick(['text/plain', 'application/merge-patch+json', 'application/json; charset=utf-8', 'application/xml']);
  } else if (operation.method !== 'GET' && draw.chance(0.2)) {
    // A body nobody asked for, or the client's habit of sending Content-Type anyway.
    headers['content-type'] = 'application/json';
    payload = draw.pick(['', '{}', '{"x":1}']);
  }
  return { method: operation.method, url: search ? `${path}?${search}` : path, headers, payload };
}

/**
 * Arbitraries are built once per schema (building one compiles its patterns); those drawing from
 * the cursors seen so far are built afresh.
 */
const arbitraries = new WeakMap<object, Map<string, fc.Arbitrary<unknown>>>();
function cached(schema: object, name: string, build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (name === 'cursor') return build();
  let byName = arbitraries.get(schema);
  if (!byName) arbitraries.set(schema, (byName = new Map()));
  let arbitrary = byName.get(name);
  if (!arbitrary) byName.set(name, (arbitrary = build()));
  return arbitrary;
}

function queryValues(parameter: Parameter, invalid: boolean, draw: Draw, ctx: Context): string[] {
  const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  if (invalid) return [asText(draw.value(invalidValue(parameter.schema, ctx)))];
  const value = draw.value(
    cached(parameter.schema, parameter.name, () => validValue(parameter.schema, ctx, parameter.name)),
  );
  return (Array.isArray(value) ? value : [value]).map(asText);
}

/** A body made wrong in one way: a required field gone, an unknown one, a field of the wrong type. */
function mutate(body: unknown, draw: Draw, ctx: Context): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return draw.value(invalidValue(undefined, ctx));
  const record = { ...(body as Record<string, unknown>) };
  const keys = Object.keys(record);
  const roll = draw.next();
  if (roll < 0.3 && keys.length > 0) delete record[draw.pick(keys)];
  else if (roll < 0.45) record[draw.pick(['id', 'status', 'createdAt', 'unknownField', 'updatedAt'])] = 'x';
  else if (keys.length > 0) record[draw.pick(keys)] = draw.value(invalidValue(undefined, ctx));
  else return [record];
  return record;
}

function decodeBody(raw: Buffer, encoding: string | undefined): string {
  if (raw.length === 0) return '';
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  return raw.toString('utf8');
}

function checkAnswer(
  operation: Operation,
  status: number,
  headers: Record<string, string | undefined>,
  body: string,
  validator: DocumentValidator,
  failure: (kind: FuzzFailure['kind'], detail: string) => void,
) {
  if (status >= 500) failure('server-error', body.slice(0, 500));
  const media = mediaOf(headers['content-type']);
  if (status >= 400) {
    if (media !== 'application/problem+json') failure('problem', `content-type ${headers['content-type']}`);
    if (headers['x-content-type-options'] !== 'nosniff') failure('problem', 'no X-Content-Type-Options: nosniff');
    const problem = parse(body);
    const reasons = validator.check('Problem', { $ref: '#/components/schemas/Problem' }, problem);
    if (reasons.length > 0) failure('problem', `not a Problem: ${reasons.join('; ')}`);
  }
  const documented = operation.responses[String(status)];
  if (!documented) {
    failure('undocumented-status', `documented: ${Object.keys(operation.responses).join(', ')}`);
    return;
  }
  if (!documented.content || body === '') return;
  const content = documented.content[media];
  if (!content) {
    failure('undocumented-media-type', `${media}; documented: ${Object.keys(documented.content).join(', ')}`);
    return;
  }
  if (!content.schema) return;
  const value = media.includes('json') ? parse(body) : body;
  const reasons = validator.check(`${operation.key} ${status} ${media}`, content.schema, value);
  if (reasons.length > 0) failure('schema', reasons.join('; '));
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** Cursors and the ids of what the run creates become values later requests can use. */
function learn(status: number, body: string, contentType: string | undefined, pools: Pools) {
  if ((status !== 200 && status !== 201) || !mediaOf(contentType).includes('json')) return;
  const parsed = parse(body) as { meta?: { nextCursor?: unknown; prevCursor?: unknown }; data?: unknown } | string;
  if (typeof parsed !== 'object' || parsed === null) return;
  for (const cursor of [parsed.meta?.nextCursor, parsed.meta?.prevCursor]) {
    if (typeof cursor === 'string' && pools.cursors.length < 500) pools.cursors.push(cursor);
  }
  if (status !== 201) return;
  const data = parsed.data as { id?: unknown; article?: { id?: unknown } } | undefined;
  for (const id of [data?.id, data?.article?.id]) {
    if (typeof id !== 'string') continue;
    const kind = PREFIX_KIND[id.split('_')[0] ?? ''];
    if (kind) (pools.byKind[kind] ??= []).push(id);
  }
}

import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useSeededApp } from '../support/app.ts';
import { sqlOf } from '../support/sql-stores.ts';
import { buildHiddenWorld, type HiddenWorld, type Kind } from '../support/hidden-world.ts';

/**
 * Hidden means hidden everywhere. Builds a newsroom with unconfirmed entities named in a published
 * article, a renamed draft and a scheduled article (support/hidden-world.ts), then walks
 * every GET operation of the live OpenAPI document anonymously — each path with public and hidden
 * ids and slugs, every include, every representation, filters naming hidden things, searches for
 * their names, the whole change feed — and checks that no body or header (Surrogate-Key and
 * Location included) names anything that is not public. New routes are walked as they appear.
 */
const ctx = useSeededApp({ env: { RATE_LIMIT_MAX: '1000000' } });

interface Parameter {
  name: string;
  in: string;
  description?: string;
  schema: { type?: string; pattern?: string; enum?: string[]; items?: { enum?: string[] } };
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** Which kind of resource a filter parameter names. */
const FILTER_KINDS: Record<string, Kind[]> = {
  person: ['person'],
  place: ['place'],
  organisation: ['organisation'],
  speaker: ['person', 'organisation'],
  article: ['article'],
  parent: ['place'],
};
const PATH_KINDS: [RegExp, Kind][] = [
  [/^\/articles\/\{idOrSlug\}/, 'article'],
  [/^\/quotes\/\{id\}/, 'quote'],
  [/^\/people\/\{idOrSlug\}/, 'person'],
  [/^\/places\/\{idOrSlug\}/, 'place'],
  [/^\/organisations\/\{idOrSlug\}/, 'organisation'],
];

let world: HiddenWorld;
let operations: [string, Operation][] = [];
const walked = new Map<string, number>();
const failures: string[] = [];

/** The values an `include` parameter's pattern allows. */
function includeNames(parameter: Parameter): string[] {
  const group = /^\^\(\?:([^)]*)\)/.exec(parameter.schema.pattern ?? '')?.[1] ?? '';
  return group.split('|').map((name) => name.replaceAll('\\.', '.'));
}

const enumOf = (parameter: Parameter) => parameter.schema.enum ?? parameter.schema.items?.enum ?? [];

/** Query strings to try on an operation: plain, with every include, each enum and boolean, filters, searches. */
function queries(operation: Operation): string[] {
  const parameters = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const has = (name: string) => parameters.some((p) => p.name === name);
  const base = has('limit') ? ['limit=100'] : [];
  const variants: string[][] = [base];
  for (const parameter of parameters) {
    const { name } = parameter;
    if (name === 'include') variants.push([...base, `include=${includeNames(parameter).join(',')}`]);
    else if (name === 'q')
      for (const word of world.searchWords) variants.push([...base, `q=${encodeURIComponent(word)}`]);
    else if (FILTER_KINDS[name]) {
      for (const kind of FILTER_KINDS[name]) {
        for (const key of [...world.hidden[kind], world.shown[kind][0] ?? ''])
          variants.push([...base, `${name}=${key}`]);
      }
    } else if (['since', 'cursor', 'limit', 'near', 'bbox', 'radius', 'from', 'to', 'against'].includes(name)) continue;
    else if (/^fields/.test(name) || /^match\[/.test(name)) continue;
    else if (parameter.schema.type === 'boolean') variants.push([...base, `${name}=true`]);
    else for (const value of enumOf(parameter)) variants.push([...base, `${name}=${encodeURIComponent(value)}`]);
  }
  if (has('include') && has('q')) {
    const include = parameters.find((p) => p.name === 'include');
    if (include) variants.push([...base, `include=${includeNames(include).join(',')}`, 'q=Okafor']);
  }
  return variants.map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
}

/** No `Accept`, then every other media type a 200 can come as. */
function mediaTypes(operation: Operation): (string | undefined)[] {
  const offered = Object.keys(operation.responses['200']?.content ?? {});
  return [undefined, ...offered.filter((type) => type !== 'application/json')];
}

/** Fills the path's parameters: each public and hidden key of its kind, placeholders for the rest. */
function paths(template: string): { path: string; hidden: boolean }[] {
  const kind = PATH_KINDS.find(([pattern]) => pattern.test(template))?.[1];
  const fill = (key: string) =>
    template
      .replace(/\{idOrSlug\}|\{id\}/, key)
      .replace('{number}', '1')
      .replace('{deliveryId}', 'dlv_none')
      .replace('{id}', 'whk_none');
  if (!kind) return [{ path: fill('whk_none'), hidden: false }];
  return [
    ...world.shown[kind].map((key) => ({ path: fill(key), hidden: false })),
    ...world.hidden[kind].map((key) => ({ path: fill(key), hidden: true })),
  ];
}

/** What a response shows: its body and every header. */
const shownBy = (response: LightMyRequestResponse) => `${JSON.stringify(response.headers)}\n${response.body}`;

/** Records every secret a response shows that its request did not itself name (problems echo the URL). */
function check(url: string, accept: string | undefined, response: LightMyRequestResponse) {
  const asked = decodeURIComponent(url);
  const label = `GET ${url}${accept ? ` (${accept})` : ''} → ${response.statusCode}`;
  if (response.statusCode >= 500) failures.push(`${label}: a server error`);
  const text = shownBy(response);
  for (const secret of world.secrets) {
    if (asked.toLowerCase().includes(secret.toLowerCase())) continue;
    if (text.includes(secret)) failures.push(`${label} shows "${secret}"`);
  }
}

async function get(url: string, accept?: string) {
  const response = await ctx.app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });
  check(url, accept, response);
  return response;
}

beforeAll(async () => {
  world = await buildHiddenWorld(ctx.app);
  const document = (await ctx.app.inject('/openapi.json')).json<{ paths: Record<string, { get?: Operation }> }>();
  operations = Object.entries(document.paths).flatMap(([path, item]) => (item.get ? [[path, item.get]] : []));
});

describe('what the public sees', () => {
  it('the setup hides what it should: editors see the suggestions, the drafts and the redirect', async () => {
    const editor = world.editor;
    const preview = await ctx.app.inject({ url: `/articles/${world.published.id}?include=people`, headers: editor });
    const people = preview.json().data.people.map((p: { id: string }) => p.id);
    expect(people).toEqual(
      expect.arrayContaining(world.suggestions.filter((s) => s.type === 'person').map((s) => s.id)),
    );
    const renamed = await ctx.app.inject({ url: `/articles/${world.draft.oldSlug}`, headers: editor });
    expect(renamed.statusCode).toBe(301);
    expect(renamed.headers.location).toBe(`/articles/${world.draft.slug}`);
  });

  it('walks every GET operation anonymously, and none shows an id, slug or name that is not public', async () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const [template, operation] of operations) {
      for (const { path, hidden } of paths(template)) {
        // Hidden keys get the plain request in each representation; public ones every variant.
        const tried = hidden ? [''] : queries(operation);
        for (const query of tried) {
          for (const accept of mediaTypes(operation)) {
            const response = await get(`${path}${query}`, accept);
            walked.set(template, (walked.get(template) ?? 0) + 1);
            if (hidden && ![400, 401, 404, 406].includes(response.statusCode)) {
              failures.push(`GET ${path} (${accept ?? 'any'}) answers ${response.statusCode}, not 404`);
            }
          }
        }
      }
    }
    // The change feed, page by page from the start.
    let url: string | undefined = '/changes?limit=50';
    for (let page = 0; url && page < 1000; page++) {
      const response = await get(url);
      const body = response.json<{ meta: { hasMore: boolean; nextCursor: string } }>();
      url = body.meta.hasMore ? `/changes?limit=50&since=${body.meta.nextCursor}` : undefined;
    }
    expect(failures).toEqual([]);
    expect(operations.filter(([template]) => !walked.has(template)).map(([template]) => template)).toEqual([]);
  });

  it('stores no hidden entity in the article documents it serves from', async () => {
    const store = sqlOf(ctx.app.db);
    const { id } = world.published;
    await ctx.app.inject(`/articles/${id}?include=quotes,people,places,organisations`);
    // SQLite stores a document during the read that found none (resources/articles/document.ts), PostgreSQL beside it.
    await vi.waitFor(async () =>
      expect(await store.all('SELECT article_id FROM article_documents WHERE article_id = $1', id)).toHaveLength(1),
    );
    const stored = JSON.stringify(await store.all('SELECT * FROM article_documents'));
    expect(stored).toContain(id);
    for (const secret of world.secrets) expect(stored).not.toContain(secret);
  });
});

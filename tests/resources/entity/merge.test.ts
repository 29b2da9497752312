import { writerOf } from '../../../src/core/db/client.ts';
import { describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();
const write = () => bearer(ctx.app, 'write');
const sql = <T = { n: number }>(query: string, ...params: unknown[]) =>
  writerOf(ctx.app.db)
    .$client.prepare(query)
    .get(...params) as T;
const all = <T>(query: string, ...params: unknown[]) =>
  writerOf(ctx.app.db)
    .$client.prepare(query)
    .all(...params) as T[];

async function post(url: string, payload: object, headers: Record<string, string> = {}) {
  return ctx.app.inject({ method: 'POST', url, headers: { ...(await write()), ...headers }, payload });
}

async function etagOf(url: string) {
  return (await ctx.app.inject({ url, headers: await write() })).headers.etag as string;
}

async function merge(plural: string, from: string, into: string, ifMatch?: string) {
  return post(`/${plural}/${from}/merge`, { into }, { 'if-match': ifMatch ?? (await etagOf(`/${plural}/${from}`)) });
}

/** Subscribes to every event, so a test can read the outbox the merge wrote. */
async function subscribeToEverything() {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/webhooks',
    headers: await bearer(ctx.app, 'admin'),
    payload: { url: 'http://127.0.0.1:9/merge-events', events: ['*'] },
  });
  expect(response.statusCode).toBe(201);
}

const eventsSince = (rowid: number) =>
  all<{ event: string; payload: string }>(
    'SELECT event, payload FROM webhook_deliveries WHERE rowid > ? ORDER BY rowid',
    rowid,
  ).map((row) => ({ event: row.event, data: (JSON.parse(row.payload) as { data: Record<string, unknown> }).data }));
const lastDelivery = () => sql<{ n: number | null }>('SELECT max(rowid) AS n FROM webhook_deliveries').n ?? 0;
const lastChange = () => sql<{ n: number }>('SELECT max(seq) AS n FROM changes').n;

describe('POST /people/{idOrSlug}/merge', () => {
  it('moves quotes, mentions and roles to the target, keeps the names as aliases, redirects the slug, and says so', async () => {
    await subscribeToEverything();
    const target = (
      await post('/people', {
        name: 'Andriy Sybiha',
        aliases: ['A. Sybiha'],
        sameAs: ['https://www.wikidata.org/wiki/Q4758532'],
        roles: [{ title: 'Minister of Foreign Affairs', countryId: 'ukraine' }],
      })
    ).json().data;
    const source = (await ctx.app.inject('/people/andrii-sybiha')).json().data;
    const before = {
      quotes: sql('SELECT count(*) AS n FROM quotes WHERE speaker_person_id = ?', source.id).n,
      mentions: sql('SELECT count(*) AS n FROM mentions WHERE person_id = ?', source.id).n,
    };
    expect(before.quotes).toBeGreaterThan(0);
    expect(before.mentions).toBeGreaterThan(0);
    const deliveriesBefore = lastDelivery();
    const changesBefore = lastChange();

    const response = await merge('people', 'andrii-sybiha', target.slug);
    expect(response.statusCode).toBe(200);
    const merged = response.json().data;
    expect(merged.id).toBe(target.id);
    expect(response.headers.etag).toBeTruthy();

    // Counts moved: every quote and mention, and nothing left behind.
    expect(sql('SELECT count(*) AS n FROM quotes WHERE speaker_person_id = ?', target.id).n).toBe(before.quotes);
    expect(sql('SELECT count(*) AS n FROM mentions WHERE person_id = ?', target.id).n).toBe(before.mentions);
    expect(sql('SELECT count(*) AS n FROM people WHERE id = ?', source.id).n).toBe(0);
    // The role the target already held is not duplicated, but gains what the duplicate knew of it.
    const roles = merged.roles.filter((r: { title: string }) => r.title === 'Minister of Foreign Affairs');
    expect(roles).toEqual([expect.objectContaining({ organisationId: source.roles[0].organisationId })]);

    // Aliases kept: the duplicate's name and aliases, once each, after the target's own.
    expect(merged.aliases).toEqual(['A. Sybiha', 'Andrii Sybiha', 'Sybiha']);
    expect(merged.sameAs).toContain('https://www.wikidata.org/wiki/Q4758532');
    const search = (await ctx.app.inject('/people?q=Andrii')).json().data.map((p: { id: string }) => p.id);
    expect(search).toEqual([target.id]);

    // Slug redirect, sub-routes too; the public API reads the quotes under the target.
    const redirect = await ctx.app.inject('/people/andrii-sybiha/quotes?limit=5');
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe(`/people/${target.slug}/quotes?limit=5`);
    const quotes = (await ctx.app.inject(`/people/${target.slug}/quotes?limit=100`)).json().data;
    expect(quotes).toHaveLength(before.quotes);
    const article = (
      await ctx.app.inject(
        '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia?include=people',
      )
    ).json().data;
    expect(article.people.map((p: { id: string }) => p.id)).toContain(target.id);
    expect(article.people.map((p: { id: string }) => p.id)).not.toContain(source.id);

    // Events: the target updated, the duplicate deleted naming where it went, each moved quote updated.
    const events = eventsSince(deliveriesBefore);
    expect(events.filter((e) => e.event === 'quote.updated')).toHaveLength(before.quotes);
    expect(events).toContainEqual({ event: 'person.updated', data: expect.objectContaining({ id: target.id }) });
    expect(events).toContainEqual({
      event: 'person.deleted',
      data: { id: source.id, slug: 'andrii-sybiha', mergedInto: target.id },
    });
    // The change feed: a tombstone for the duplicate (it was public), the target changed.
    const feed = all<{ row: string }>(
      "SELECT resource_type || ':' || resource_id || ':' || action || ':' || visibility AS row FROM changes WHERE seq > ?",
      changesBefore,
    ).map((change) => change.row);
    expect(feed).toContain(`person:${source.id}:delete:gone`);
    expect(feed).toContain(`person:${target.id}:update:public`);
  });

  it('needs If-Match on the entity merged away: 428 without, 412 when stale', async () => {
    const duplicate = (await post('/people', { name: 'Bart de Wever (dup)', suggested: true })).json().data;
    const stale = await etagOf(`/people/${duplicate.id}`);
    const missing = await ctx.app.inject({
      method: 'POST',
      url: `/people/${duplicate.id}/merge`,
      headers: await write(),
      payload: { into: 'bart-de-wever' },
    });
    expect(missing.statusCode).toBe(428);
    await ctx.app.inject({
      method: 'PATCH',
      url: `/people/${duplicate.id}`,
      headers: { ...(await write()), 'if-match': stale },
      payload: { aliases: ['B. de Wever'] },
    });
    const conflict = await merge('people', duplicate.id, 'bart-de-wever', stale);
    expect(conflict.statusCode).toBe(412);
    expect(sql('SELECT count(*) AS n FROM people WHERE id = ?', duplicate.id).n).toBe(1);

    const merged = await merge('people', duplicate.id, 'bart-de-wever');
    expect(merged.statusCode).toBe(200);
    // Merging a suggestion into a confirmed person leaves the target confirmed, with the new names.
    expect(merged.json().data).toMatchObject({ suggested: false });
    expect(merged.json().data.aliases).toEqual(expect.arrayContaining(['Bart de Wever (dup)', 'B. de Wever']));
  });

  it('names `into` when it names nothing or the entity itself (422), changing nothing', async () => {
    const unknown = await merge('people', 'vladimir-putin', 'no-such-person');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ location: 'body', name: 'into' })]);
    const itself = await merge('people', 'vladimir-putin', 'vladimir-putin');
    expect(itself.statusCode).toBe(422);
    expect(itself.json().errors[0].name).toBe('into');
    const wrongType = await merge('people', 'vladimir-putin', 'nato');
    expect(wrongType.statusCode).toBe(422);
    expect((await ctx.app.inject('/people/vladimir-putin')).statusCode).toBe(200);
  });

  it('leaves nothing half-done when the merge fails at its last step', async () => {
    const target = (await post('/people', { name: 'Volodymyr Zelenskyi' })).json().data;
    const source = (await ctx.app.inject('/people/volodymyr-zelensky')).json().data;
    const snapshot = () => ({
      quotes: all('SELECT id, speaker_person_id, updated_at FROM quotes ORDER BY id'),
      mentions: all('SELECT id, person_id FROM mentions ORDER BY id'),
      roles: all('SELECT id, person_id FROM person_roles ORDER BY id'),
      people: all('SELECT id, aliases, updated_at FROM people ORDER BY id'),
      redirects: all('SELECT * FROM slug_redirects ORDER BY slug'),
      changes: lastChange(),
      deliveries: lastDelivery(),
    });
    const before = snapshot();
    // The duplicate's delete comes after everything has moved: make it fail there.
    writerOf(ctx.app.db).$client.exec(
      `CREATE TEMP TRIGGER refuse_delete BEFORE DELETE ON people WHEN old.id = '${source.id}'
       BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`,
    );
    try {
      const response = await merge('people', source.slug, target.id);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    } finally {
      writerOf(ctx.app.db).$client.exec('DROP TRIGGER refuse_delete');
    }
    expect(snapshot()).toEqual(before);
  });
});

describe('POST /places/{idOrSlug}/merge and /organisations/{idOrSlug}/merge', () => {
  it('moves a place’s mentions, the places inside it and what lies in it, and its articles follow', async () => {
    const target = (await post('/places', { name: 'Donetsk Region', kind: 'region', parentId: 'ukraine' })).json().data;
    const source = (await ctx.app.inject('/places/donetsk-oblast')).json().data;
    const mentions = sql('SELECT count(*) AS n FROM mentions WHERE place_id = ?', source.id).n;
    const response = await merge('places', 'donetsk-oblast', target.id);
    expect(response.statusCode).toBe(200);
    const merged = response.json().data;
    // "Donetsk region" is the target's own name, bar the case: it is not kept twice.
    expect(merged.aliases).toEqual(['Donetsk Oblast']);
    // Fields the target lacked come from the duplicate.
    expect(merged.latitude).toBe(source.latitude);
    expect(sql('SELECT count(*) AS n FROM mentions WHERE place_id = ?', target.id).n).toBe(mentions);
    const children = (await ctx.app.inject(`/places?parent=${target.id}`)).json().data.map((p: any) => p.slug);
    expect(children.sort()).toEqual(['bilohorivka', 'tarasivka']);
    const articles = (await ctx.app.inject(`/places/${target.slug}/articles`)).json().data;
    expect(articles).toHaveLength(1);
    expect((await ctx.app.inject('/places/donetsk-oblast')).statusCode).toBe(301);
  });

  it('refuses to merge a place into one that lies inside it (409)', async () => {
    const response = await merge('places', 'russia', 'moscow');
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0].name).toBe('into');
    expect((await ctx.app.inject('/places/russia')).statusCode).toBe(200);
  });

  it('moves an organisation’s quotes and mentions', async () => {
    const target = (await post('/organisations', { name: 'North Atlantic Alliance', kind: 'military alliance' })).json()
      .data;
    const source = (await ctx.app.inject('/organisations/nato')).json().data;
    const quotes = sql('SELECT count(*) AS n FROM quotes WHERE speaker_organisation_id = ?', source.id).n;
    expect(quotes).toBeGreaterThan(0);
    const response = await merge('organisations', 'nato', target.slug);
    expect(response.statusCode).toBe(200);
    expect(response.json().data.aliases).toEqual(['NATO', 'North Atlantic Treaty Organization']);
    expect(sql('SELECT count(*) AS n FROM quotes WHERE speaker_organisation_id = ?', target.id).n).toBe(quotes);
    const byTarget = (await ctx.app.inject(`/quotes?speaker=${target.slug}&include=speaker`)).json().data;
    expect(byTarget[0].speaker.name).toBe('North Atlantic Alliance');
  });
});

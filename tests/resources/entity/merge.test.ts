import { describe, expect, it } from 'vitest';
import { bearer, TEST_STORE, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp();
const write = () => bearer(ctx.app, 'write');
const all = <T>(query: string, ...params: unknown[]) => sqlOf(ctx.app.db).all<T>(query, ...params);
/** The `n` of a query's one row, a number on either store (PostgreSQL answers count(*) and bigints as strings). */
async function numberOf(query: string, ...params: unknown[]): Promise<number> {
  const [row] = await all<{ n: number | string | null }>(query, ...params);
  return Number(row?.n ?? 0);
}

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

/** The outbox's ids, to tell the deliveries a write adds (PostgreSQL has no rowid to count them by). */
const deliveryIds = async () =>
  (await all<{ id: string }>('SELECT id FROM webhook_deliveries ORDER BY id')).map((row) => row.id);
const eventsSince = async (before: string[]) =>
  (
    await all<{ id: string; event: string; payload: string }>(
      'SELECT id, event, payload FROM webhook_deliveries ORDER BY created_at, id',
    )
  )
    .filter((row) => !before.includes(row.id))
    .map((row) => ({ event: row.event, data: (JSON.parse(row.payload) as { data: Record<string, unknown> }).data }));
const lastChange = () => numberOf('SELECT max(seq) AS n FROM changes');

/** Makes the delete of one person fail, as the store's own rule-keeping triggers refuse a write; undone by the returned function. */
async function refuseDeleteOf(personId: string): Promise<() => Promise<void>> {
  const store = sqlOf(ctx.app.db);
  if (TEST_STORE === 'sqlite') {
    await store.run(
      `CREATE TEMP TRIGGER refuse_delete BEFORE DELETE ON people WHEN old.id = '${personId}'
       BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`,
    );
    return () => store.run('DROP TRIGGER refuse_delete');
  }
  // SQLSTATE 23D01 is what the PostgreSQL guards raise where SQLite's RAISE(ABORT).
  await store.run(
    "CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test' USING ERRCODE = '23D01'; END $$",
  );
  await store.run(
    `CREATE TRIGGER refuse_delete BEFORE DELETE ON people FOR EACH ROW WHEN (OLD.id = '${personId}')
     EXECUTE FUNCTION refuse_delete()`,
  );
  return async () => {
    await store.run('DROP TRIGGER refuse_delete ON people');
    await store.run('DROP FUNCTION refuse_delete()');
  };
}

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
      quotes: await numberOf('SELECT count(*) AS n FROM quotes WHERE speaker_person_id = $1', source.id),
      mentions: await numberOf('SELECT count(*) AS n FROM mentions WHERE person_id = $1', source.id),
    };
    expect(before.quotes).toBeGreaterThan(0);
    expect(before.mentions).toBeGreaterThan(0);
    const deliveriesBefore = await deliveryIds();
    const changesBefore = await lastChange();

    const response = await merge('people', 'andrii-sybiha', target.slug);
    expect(response.statusCode).toBe(200);
    const merged = response.json().data;
    expect(merged.id).toBe(target.id);
    expect(response.headers.etag).toBeTruthy();

    // Counts moved: every quote and mention, and nothing left behind.
    expect(await numberOf('SELECT count(*) AS n FROM quotes WHERE speaker_person_id = $1', target.id)).toBe(
      before.quotes,
    );
    expect(await numberOf('SELECT count(*) AS n FROM mentions WHERE person_id = $1', target.id)).toBe(before.mentions);
    expect(await numberOf('SELECT count(*) AS n FROM people WHERE id = $1', source.id)).toBe(0);
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
    const events = await eventsSince(deliveriesBefore);
    expect(events.filter((e) => e.event === 'quote.updated')).toHaveLength(before.quotes);
    expect(events).toContainEqual({ event: 'person.updated', data: expect.objectContaining({ id: target.id }) });
    expect(events).toContainEqual({
      event: 'person.deleted',
      data: { id: source.id, slug: 'andrii-sybiha', mergedInto: target.id },
    });
    // The change feed: a tombstone for the duplicate (it was public), the target changed.
    const feed = (
      await all<{ row: string }>(
        "SELECT resource_type || ':' || resource_id || ':' || action || ':' || visibility AS row FROM changes WHERE seq > $1",
        changesBefore,
      )
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
    expect(await numberOf('SELECT count(*) AS n FROM people WHERE id = $1', duplicate.id)).toBe(1);

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
    const snapshot = async () => ({
      quotes: await all('SELECT id, speaker_person_id, updated_at FROM quotes ORDER BY id'),
      mentions: await all('SELECT id, person_id FROM mentions ORDER BY id'),
      roles: await all('SELECT id, person_id FROM person_roles ORDER BY id'),
      people: await all('SELECT id, aliases, updated_at FROM people ORDER BY id'),
      redirects: await all('SELECT * FROM slug_redirects ORDER BY slug'),
      changes: await lastChange(),
      deliveries: await deliveryIds(),
    });
    const before = await snapshot();
    // The duplicate's delete comes after everything has moved: make it fail there.
    const allowDelete = await refuseDeleteOf(source.id);
    try {
      const response = await merge('people', source.slug, target.id);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    } finally {
      await allowDelete();
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('POST /places/{idOrSlug}/merge and /organisations/{idOrSlug}/merge', () => {
  it('moves a place’s mentions, the places inside it and what lies in it, and its articles follow', async () => {
    const target = (await post('/places', { name: 'Donetsk Region', kind: 'region', parentId: 'ukraine' })).json().data;
    const source = (await ctx.app.inject('/places/donetsk-oblast')).json().data;
    const mentions = await numberOf('SELECT count(*) AS n FROM mentions WHERE place_id = $1', source.id);
    const response = await merge('places', 'donetsk-oblast', target.id);
    expect(response.statusCode).toBe(200);
    const merged = response.json().data;
    // "Donetsk region" is the target's own name, bar the case: it is not kept twice.
    expect(merged.aliases).toEqual(['Donetsk Oblast']);
    // Fields the target lacked come from the duplicate.
    expect(merged.latitude).toBe(source.latitude);
    expect(await numberOf('SELECT count(*) AS n FROM mentions WHERE place_id = $1', target.id)).toBe(mentions);
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
    const quotes = await numberOf('SELECT count(*) AS n FROM quotes WHERE speaker_organisation_id = $1', source.id);
    expect(quotes).toBeGreaterThan(0);
    const response = await merge('organisations', 'nato', target.slug);
    expect(response.statusCode).toBe(200);
    expect(response.json().data.aliases).toEqual(['NATO', 'North Atlantic Treaty Organization']);
    expect(await numberOf('SELECT count(*) AS n FROM quotes WHERE speaker_organisation_id = $1', target.id)).toBe(
      quotes,
    );
    const byTarget = (await ctx.app.inject(`/quotes?speaker=${target.slug}&include=speaker`)).json().data;
    expect(byTarget[0].speaker.name).toBe('North Atlantic Alliance');
  });
});

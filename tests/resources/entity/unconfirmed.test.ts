import { beforeAll, describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/resources/articles/repository.ts';
import { embedInArticles } from '../../../src/resources/articles/embed.ts';
import { useSeededApp } from '../../support/app.ts';
import { buildHiddenWorld, type HiddenWorld } from '../../support/hidden-world.ts';
import { sqlOf } from '../../support/sql-stores.ts';

/**
 * Entities ingest proposed and no editor confirmed stay hidden once an article naming them is
 * published: not embedded, not mentioned, not a speaker, not referred to by the public entities
 * around them, in every representation — and all of it shown again once an editor confirms them.
 */
const ctx = useSeededApp();
let world: HiddenWorld;
const ids = (type: string) => world.suggestions.filter((s) => s.type === type).map((s) => s.id);
const hiddenIds = () => world.suggestions.map((s) => s.id);

beforeAll(async () => {
  world = await buildHiddenWorld(ctx.app);
});

const anonymous = (url: string, accept?: string) =>
  ctx.app.inject({ url, headers: accept ? { accept } : {} }).then((response) => {
    expect(response.statusCode, url).toBe(200);
    return response;
  });

describe('an unconfirmed entity named in a published article', () => {
  it('is not embedded, mentioned or quoted, and public entities do not refer to it', async () => {
    for (const include of [
      'people,places,organisations,quotes', // the stored document
      'people,places,organisations,quotes,quotes.speaker,mentions', // the general path
    ]) {
      const response = await anonymous(`/articles/${world.published.slug}?include=${include}`);
      const article = response.json().data;
      const shown = [...article.people, ...article.places, ...article.organisations].map((e) => e.id);
      expect(shown).toHaveLength(3);
      for (const id of hiddenIds()) {
        expect(shown).not.toContain(id);
        expect(response.headers['surrogate-key']).not.toContain(id);
      }
      const [ilse] = article.people;
      expect(ilse.roles).toEqual([
        expect.objectContaining({ title: 'Adviser', organisationId: null, countryId: null }),
      ]);
      expect(article.places[0]).toMatchObject({ name: 'Brenmoor', parentId: null });
      expect(article.organisations[0]).toMatchObject({ name: 'Harrowgate Trust', countryId: null });
      // Quotes by a hidden speaker read as unattributed.
      expect(article.quotes.length).toBe(3);
      for (const quote of article.quotes) {
        expect(quote).toMatchObject({ speakerType: null, speakerId: null, speakerMention: null });
        if (include.includes('quotes.speaker')) expect(quote.speaker).toBeNull();
      }
      if (include.includes('mentions')) {
        const named = article.mentions.map((m: { entityId: string }) => m.entityId);
        expect(new Set(named)).toEqual(new Set(shown));
      }
    }
  });

  it('is served from the stored document exactly as the general path builds it for the public', async () => {
    const include = new Set(['quotes', 'people', 'places', 'organisations'] as const);
    const stored = (await anonymous(`/articles/${world.published.id}?include=${[...include].join(',')}`)).json().data;
    const article = await findArticle(ctx.app.db, world.published.id, 'public');
    const [general] = await embedInArticles(ctx.app.db, article ? [article] : [], include, 'public');
    expect(stored).toEqual(JSON.parse(JSON.stringify(general)));
  });

  it('is in neither JSON-LD nor ninjs', async () => {
    const jsonld = (await anonymous(`/articles/${world.published.slug}?format=jsonld`)).json();
    expect(jsonld.mentions.map((node: { name: string }) => node.name).sort()).toEqual([
      'Brenmoor',
      'Harrowgate Trust',
      'Ilse Vandermeer',
    ]);
    expect(jsonld.mentions.find((node: { name: string }) => node.name === 'Brenmoor').containedInPlace).toBeUndefined();
    for (const quotation of jsonld.hasPart) expect(quotation.creator).toBeUndefined();
    const ninjs = (await anonymous(`/articles/${world.published.slug}?format=ninjs`)).json();
    const names = [...ninjs.people, ...ninjs.places, ...ninjs.organisations].map((e: { name: string }) => e.name);
    expect(names.sort()).toEqual(['Brenmoor', 'Harrowgate Trust', 'Ilse Vandermeer']);
    for (const body of [jsonld, ninjs]) for (const id of hiddenIds()) expect(JSON.stringify(body)).not.toContain(id);
  });

  it('speaks no quote in quote lists, and `hasSpeaker` agrees', async () => {
    const listed = (await anonymous(`/quotes?article=${world.published.id}&include=speaker`)).json().data;
    expect(listed).toHaveLength(3);
    for (const quote of listed) expect(quote).toMatchObject({ speakerId: null, speaker: null });
    const attributed = (await anonymous(`/quotes?article=${world.published.id}&hasSpeaker=true`)).json().data;
    expect(attributed).toEqual([]);
    const unattributed = (await anonymous(`/quotes?article=${world.published.id}&hasSpeaker=false`)).json().data;
    expect(unattributed).toHaveLength(3);
    const one = (await anonymous(`/quotes/${listed[0].id}?include=speaker`)).json().data;
    expect(one).toMatchObject({ speakerId: null, speaker: null });
  });

  it('is unknown to filters, as a key that names nothing is', async () => {
    for (const [parameter, id] of [
      ['person', ids('person')[0]],
      ['place', ids('place')[0]],
      ['organisation', ids('organisation')[0]],
    ] as const) {
      const response = await ctx.app.inject(`/articles?${parameter}=${id}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().detail).toContain(`names no ${parameter}`);
    }
    expect((await ctx.app.inject(`/quotes?speaker=${ids('person')[0]}`)).statusCode).toBe(400);
    expect((await ctx.app.inject(`/places?parent=${ids('place')[0]}`)).statusCode).toBe(400);
    expect((await ctx.app.inject(`/people?organisation=${ids('organisation')[0]}`)).statusCode).toBe(400);
    expect((await ctx.app.inject(`/organisations?place=${ids('place')[0]}`)).statusCode).toBe(400);
  });

  it('lends no alias to searches: its secret name does not find what its alias names', async () => {
    const [person] = world.suggestions.filter((s) => s.type === 'person');
    const headers = world.editor;
    const etag = (await ctx.app.inject({ url: `/people/${person!.id}`, headers })).headers.etag as string;
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/people/${person!.id}`,
      headers: { ...headers, 'if-match': etag },
      payload: { aliases: ['Freedonia'] },
    });
    expect(patched.statusCode).toBe(200);
    for (const url of [
      `/search?q=${encodeURIComponent(person!.name)}`,
      `/articles?q=${encodeURIComponent(person!.name)}`,
    ]) {
      expect((await anonymous(url)).json().data, url).toEqual([]);
    }
    // The article is still found by its own words.
    expect((await anonymous('/search?q=Freedonia&type=article')).json().data).toHaveLength(1);
  });

  it('stays visible to editors, and shows everywhere once confirmed', async () => {
    const editor = world.editor;
    const preview = await ctx.app.inject({
      url: `/articles/${world.published.id}?include=people,places,organisations`,
      headers: editor,
    });
    const ilse = preview.json().data.people.find((p: { name: string }) => p.name === 'Ilse Vandermeer');
    expect(ilse.roles[0]).toMatchObject({ organisationId: ids('organisation')[0], countryId: ids('place')[0] });

    // The stored document was built while they were hidden; confirming them must replace it.
    const before = await anonymous(`/articles/${world.published.id}?include=people,places,organisations,quotes`);
    expect(before.json().data.places.map((p: { id: string }) => p.id)).not.toContain(ids('place')[0]);
    for (const suggestion of world.suggestions) {
      const url = `/${{ person: 'people', place: 'places', organisation: 'organisations' }[suggestion.type]}/${suggestion.id}`;
      const etag = (await ctx.app.inject({ url, headers: editor })).headers.etag as string;
      const confirmed = await ctx.app.inject({
        method: 'PATCH',
        url,
        headers: { ...editor, 'if-match': etag },
        payload: { suggested: false },
      });
      expect(confirmed.statusCode).toBe(200);
    }
    const after = (await anonymous(`/articles/${world.published.id}?include=people,places,organisations,quotes`)).json()
      .data;
    const shown = [...after.people, ...after.places, ...after.organisations].map((e: { id: string }) => e.id);
    expect(shown).toEqual(expect.arrayContaining(hiddenIds()));
    expect(after.people.find((p: { name: string }) => p.name === 'Ilse Vandermeer').roles[0]).toMatchObject({
      organisationId: ids('organisation')[0],
      countryId: ids('place')[0],
    });
    expect(after.places.find((p: { name: string }) => p.name === 'Brenmoor').parentId).toBe(ids('place')[0]);
    expect(after.quotes.filter((q: { speakerId: string | null }) => q.speakerId !== null)).toHaveLength(3);
  });
});

describe('references the stored document masks', () => {
  it('come back when the entity they point at is confirmed, and go when it is hidden again', async () => {
    // A public article quoting a public person, who has a role at an organisation the article does
    // not name, and naming a place whose parent it does not name: both hidden at first.
    const db = sqlOf(ctx.app.db);
    const now = new Date().toISOString();
    const [chosen] = await db.all<{ article: string; speaker: string; named: string }>(
      `SELECT a.id AS article, q.speaker_person_id AS speaker, m.place_id AS named
       FROM articles a
       JOIN quotes q ON q.article_id = a.id AND q.speaker_person_id IS NOT NULL
       JOIN mentions m ON m.article_id = a.id AND m.place_id IS NOT NULL
       WHERE a.status = 'published'
       ORDER BY a.id, q.id, m.id
       LIMIT 1`,
    );
    if (!chosen) throw new Error('the seed has no published article quoting a person and naming a place');
    const { article, speaker, named } = chosen;
    await db.run(
      `INSERT INTO organisations (id, slug, name, kind, suggested, created_at, updated_at)
       VALUES ('org_zzunnamed', 'zz-unnamed', 'Unnamed', 'agency', TRUE, $1, $2)`,
      now,
      now,
    );
    await db.run(
      `INSERT INTO places (id, slug, name, kind, suggested, created_at, updated_at)
       VALUES ('pla_zzunnamed', 'zz-unnamed', 'Unnamed', 'region', TRUE, $1, $2)`,
      now,
      now,
    );
    await db.run(
      "INSERT INTO person_roles (person_id, title, organisation_id) VALUES ($1, 'Envoy', 'org_zzunnamed')",
      speaker,
    );
    await db.run("UPDATE places SET parent_id = 'pla_zzunnamed' WHERE id = $1", named);
    const shown = async () => {
      const { data } = (await anonymous(`/articles/${article}?include=people,places`)).json();
      const person = data.people.find((p: { id: string }) => p.id === speaker);
      return {
        organisation: person.roles.find((r: { title: string }) => r.title === 'Envoy').organisationId,
        parent: data.places.find((p: { id: string }) => p.id === named).parentId,
      };
    };
    expect(await shown()).toEqual({ organisation: null, parent: null });
    await db.run("UPDATE organisations SET suggested = FALSE WHERE id = 'org_zzunnamed'");
    await db.run("UPDATE places SET suggested = FALSE WHERE id = 'pla_zzunnamed'");
    expect(await shown()).toEqual({ organisation: 'org_zzunnamed', parent: 'pla_zzunnamed' });
    await db.run("UPDATE organisations SET suggested = TRUE WHERE id = 'org_zzunnamed'");
    await db.run("UPDATE places SET suggested = TRUE WHERE id = 'pla_zzunnamed'");
    expect(await shown()).toEqual({ organisation: null, parent: null });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainOffsetMapper } from '../../../src/ingest/input-offsets.ts';
import { extractArticle } from '../../../src/ingest/index.ts';
import { bearer, useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

const ctx = useSeededApp();
const seedText = readFileSync('seed/000_b6e65d337dfa450f.txt', 'utf8');

async function ingest(payload: object, query = '') {
  return ctx.app.inject({ method: 'POST', url: `/ingest${query}`, headers: await bearer(ctx.app, 'write'), payload });
}

async function count(table: string): Promise<number> {
  // PostgreSQL answers count(*) as a string.
  const [row] = await sqlOf(ctx.app.db).all<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n);
}

const counts = (...tables: string[]) => Promise.all(tables.map(count));

/** The span of `words` in `text` (they must occur once). */
function spanOf(text: string, words: string) {
  const start = text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(words, start + 1), `${words} occurs once`).toBe(-1);
  return { start, end: start + words.length };
}

describe('offsets from the copy to the plain text', () => {
  it('maps every span the engine found back to where it stands in the plain text', () => {
    const result = extractArticle(seedText, { people: [], organisations: [], places: [] });
    const { toPlain } = plainOffsetMapper(seedText);
    for (const span of [...result.quotes, ...result.mentions, ...result.lowConfidence]) {
      expect([toPlain(span.inputStart), toPlain(span.inputEnd)]).toEqual([span.start, span.end]);
    }
  });

  it('finds no plain-text offset for blank lines and trimmed spaces', () => {
    const { plainText, toPlain } = plainOffsetMapper('One line\ngoes on  \n\nNext.');
    expect(plainText).toBe('One line goes on\n\nNext.');
    expect(toPlain(9)).toBe(9);
    expect(toPlain(17)).toBeNull();
    expect(toPlain(20)).toBe(18);
  });
});

describe('POST /ingest for the desk', () => {
  it('answers a dry run with known ids, the suggestions saving would create, and each doubt once', async () => {
    const text = `${seedText}\n\nDefence analyst Maria Kowalczyk said the capture was "a turning point".`;
    const response = await ingest({ text }, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const zelensky = (await ctx.app.inject('/people/volodymyr-zelensky')).json().data;
    expect(body.quotes[1].speaker).toMatchObject({ name: 'Volodymyr Zelensky', id: zelensky.id });
    expect(body.mentions.find((m: { name: string }) => m.name === 'Kyiv').id).toMatch(/^pla_/);
    expect(body.suggested).toEqual([{ type: 'person', name: 'Maria Kowalczyk' }]);
    expect(body.quotes.at(-1).speaker).toMatchObject({ name: 'Maria Kowalczyk', id: null });
    const doubts = body.lowConfidence.map((d: object) => JSON.stringify(d));
    expect(new Set(doubts).size).toBe(doubts.length);
    expect(body.lowConfidence.map((d: { reason: string }) => d.reason)).toContain('suggested-entity');
  });

  it('saves the quotes as the editor corrected them: speaker, kind, dropped, added, moved, and a new speaker', async () => {
    const { quotes } = (await ingest({ text: seedText }, '?dryRun=true')).json();
    type DryQuote = (typeof quotes)[number];
    const corrected = quotes
      // Dropped: the first reported clause.
      .slice(1)
      .map((quote: DryQuote) => ({
        start: quote.start,
        end: quote.end,
        kind: quote.kind,
        channel: quote.channel,
        speaker: quote.speaker && { type: quote.speaker.type, id: quote.speaker.id },
        speakerMention: quote.speaker && { start: quote.speaker.start, end: quote.speaker.end },
      }));
    const enabler = corrected.find((q: DryQuote) => seedText.slice(q.start, q.end) === 'decisive enabler');
    // A new speaker by name: the desk's "someone not in the list".
    enabler.speaker = { type: 'organisation', name: 'NATO member states' };
    enabler.speakerMention = null;
    // Kind changed.
    const allies = corrected.find((q: DryQuote) => seedText.slice(q.start, q.end) === 'allies to respond');
    allies.kind = 'partial';
    // Speaker changed to someone known, by slug; moved to fewer words.
    const sybiha = corrected.find((q: DryQuote) => seedText.slice(q.start, q.end).startsWith('Ukraine has summoned'));
    const moved = spanOf(seedText, "Ukraine has summoned China's charge d'affaires");
    Object.assign(sybiha, moved, { speaker: { type: 'person', id: 'andrii-sybiha' } });
    // Added, from a selection, with a speaker known by an alias.
    const added = spanOf(seedText, 'So far, however, Beijing has taken no such steps');
    corrected.push({ ...added, kind: 'indirect', speaker: { type: 'person', name: 'Zelenskyy' } });

    const organisationsBefore = await count('organisations');
    const response = await ingest({ text: seedText, headline: 'Corrected copy', quotes: corrected });
    expect(response.statusCode).toBe(201);
    const { data } = response.json();
    expect(data.quotes).toBe(corrected.length);
    expect(data.suggested).toEqual([expect.objectContaining({ type: 'organisation', name: 'NATO member states' })]);
    expect(await count('organisations')).toBe(organisationsBefore + 1);

    const article = (
      await ctx.app.inject({
        url: `/articles/${data.article.id}?include=quotes.speaker`,
        headers: await bearer(ctx.app, 'read:drafts'),
      })
    ).json().data;
    const byText = new Map(article.quotes.map((q: { text: string }) => [q.text, q]));
    expect(article.quotes).toHaveLength(corrected.length);
    expect(byText.has(quotes[0].text)).toBe(false);
    expect(byText.get('decisive enabler')).toMatchObject({
      speakerType: 'organisation',
      speaker: { name: 'NATO member states', suggested: true },
      speakerMention: null,
    });
    expect(byText.get('allies to respond')).toMatchObject({ kind: 'partial' });
    expect(byText.get("Ukraine has summoned China's charge d'affaires")).toMatchObject({
      speaker: { slug: 'andrii-sybiha' },
    });
    expect(byText.get('So far, however, Beijing has taken no such steps')).toMatchObject({
      kind: 'indirect',
      speaker: { slug: 'volodymyr-zelensky' },
    });
    for (const quote of article.quotes) expect(article.plainText.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('names each correction that does not fit (422) and writes nothing', async () => {
    const before = await counts('articles', 'quotes', 'people', 'organisations');
    const blankLine = seedText.indexOf('\n\n') + 1;
    const response = await ingest({
      text: seedText,
      quotes: [
        { start: 10, end: 5, kind: 'direct', speaker: null },
        { start: blankLine, end: blankLine + 20, kind: 'direct', speaker: null },
        { start: 0, end: 9, kind: 'direct', speaker: { type: 'person', id: 'nobody-at-all' } },
        { start: 0, end: 9, kind: 'direct', speaker: { type: 'person' } },
        { start: 0, end: 9, kind: 'direct', speaker: { type: 'person', name: 'Someone New' } },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { name: string }) => e.name)).toEqual([
      'quotes.0.start',
      'quotes.1.start',
      'quotes.2.speaker.id',
      'quotes.3.speaker',
    ]);
    expect(await counts('articles', 'quotes', 'people', 'organisations')).toEqual(before);
  });
});

describe('GET /keys/current', () => {
  it('tells any key its own name and scopes, and asks for a key without one', async () => {
    const response = await ctx.app.inject({ url: '/keys/current', headers: await bearer(ctx.app, 'read:drafts') });
    expect(response.statusCode).toBe(200);
    expect(response.json().data).toMatchObject({ name: 'test read:drafts', scopes: ['read:drafts'] });
    expect(response.json().data.secret).toBeUndefined();
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect((await ctx.app.inject('/keys/current')).statusCode).toBe(401);
  });
});

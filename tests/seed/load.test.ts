import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/client.ts';
import { documentBlocks, readAnnotation, readDocument, seedDatabase } from '../../seed/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-seed-'));
const db = openDatabase(join(dir, 'seed.db'));
const first = await seedDatabase(db);
const sqlite = db.$client;
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

const article = sqlite.prepare('SELECT * FROM articles').get() as { id: string; plain_text: string; body: string };
const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;

/** Every name an entity goes by, to check that a mention points at one of them. */
function namesOf(table: string, id: string): string[] {
  const row = sqlite.prepare(`SELECT name, aliases FROM ${table} WHERE id = ?`).get(id) as {
    name: string;
    aliases: string;
  };
  return [row.name, ...(JSON.parse(row.aliases) as string[])];
}

describe('the seed document', () => {
  it('is stored verbatim in seed/', () => {
    const original = join(import.meta.dirname, '../../../shared/seeds/000_b6e65d337dfa450f.txt');
    const annotation = readAnnotation();
    const copy = readDocument(annotation);
    expect(copy.length).toBeGreaterThan(3000);
    // The original sits beside the repository on developer machines and in CI.
    if (existsSync(original)) expect(copy).toBe(readFileSync(original, 'utf8'));
  });

  it('becomes one article whose plain text is the document without its credit line', () => {
    const annotation = readAnnotation();
    const document = readDocument(annotation);
    expect(count('SELECT count(*) n FROM articles')).toBe(1);
    expect(document.startsWith(article.plain_text)).toBe(true);
    expect(document.slice(article.plain_text.length).trim()).toBe('(With inputs from agencies)');
    const blocks = documentBlocks(document, annotation);
    expect(blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      'Ukraine demands answers from China',
      'More Chinese fighters in Russian ranks?',
      'Diplomatic fallout between Ukraine and China',
    ]);
    expect(JSON.parse(article.body)).toEqual(blocks);
  });

  it('holds every quote exactly as it stands at its offsets', () => {
    const quotes = sqlite.prepare('SELECT * FROM quotes').all() as {
      text: string;
      start_offset: number;
      end_offset: number;
    }[];
    expect(quotes.length).toBe(18);
    for (const quote of quotes) {
      expect(article.plain_text.slice(quote.start_offset, quote.end_offset)).toBe(quote.text);
    }
  });

  it('counts quotes by kind', () => {
    const kinds = sqlite.prepare('SELECT kind, count(*) n FROM quotes GROUP BY kind ORDER BY kind').all();
    expect(kinds).toEqual([
      { kind: 'direct', n: 6 },
      { kind: 'indirect', n: 10 },
      { kind: 'partial', n: 2 },
    ]);
  });

  it('attributes each quote to a speaker named (or referred to by pronoun) at its speaker mention', () => {
    const rows = sqlite
      .prepare(
        `SELECT q.speaker_mention_start s, q.speaker_mention_end e,
                coalesce(p.name, o.name) speaker, coalesce(p.aliases, o.aliases) aliases
         FROM quotes q LEFT JOIN people p ON p.id = q.speaker_person_id
         LEFT JOIN organisations o ON o.id = q.speaker_organisation_id`,
      )
      .all() as { s: number; e: number; speaker: string; aliases: string }[];
    for (const row of rows) {
      const words = article.plain_text.slice(row.s, row.e);
      const names = [row.speaker, ...(JSON.parse(row.aliases) as string[])];
      const isPronoun = ['he', 'He', 'she', 'She', 'it', 'they'].includes(words);
      // "Kyiv" stands for the Ukrainian government, "China" for China's: metonyms an editor resolved.
      const isMetonym = ['Kyiv', 'China'].includes(words) && row.speaker.startsWith('Government of');
      expect(isPronoun || isMetonym || names.includes(words), `${words} → ${row.speaker}`).toBe(true);
    }
  });

  it('quotes Zelensky, Sybiha and NATO with the channels the article gives', () => {
    const rows = sqlite
      .prepare(
        `SELECT coalesce(p.slug, o.slug) speaker, q.kind, q.channel, substr(q.text, 1, 24) opening
         FROM quotes q LEFT JOIN people p ON p.id = q.speaker_person_id
         LEFT JOIN organisations o ON o.id = q.speaker_organisation_id
         WHERE q.kind != 'indirect' ORDER BY q.start_offset`,
      )
      .all();
    expect(rows).toEqual([
      {
        speaker: 'volodymyr-zelensky',
        kind: 'direct',
        channel: 'social media post',
        opening: 'Our military captured tw',
      },
      { speaker: 'volodymyr-zelensky', kind: 'direct', channel: null, opening: 'I have instructed the fo' },
      { speaker: 'volodymyr-zelensky', kind: 'partial', channel: null, opening: 'A reaction from the Unit' },
      { speaker: 'volodymyr-zelensky', kind: 'direct', channel: null, opening: 'We have information sugg' },
      { speaker: 'volodymyr-zelensky', kind: 'direct', channel: null, opening: "Russia's involvement of " },
      {
        speaker: 'volodymyr-zelensky',
        kind: 'direct',
        channel: 'press conference',
        opening: 'There is a difference: t',
      },
      { speaker: 'andrii-sybiha', kind: 'direct', channel: 'post on X', opening: 'Chinese citizens fightin' },
      { speaker: 'nato', kind: 'partial', channel: null, opening: 'decisive enabler' },
    ]);
  });

  it('points every mention at a name or alias of its entity', () => {
    const mentions = sqlite.prepare('SELECT * FROM mentions').all() as {
      person_id: string | null;
      place_id: string | null;
      organisation_id: string | null;
      start_offset: number;
      end_offset: number;
    }[];
    expect(mentions.length).toBe(58);
    for (const mention of mentions) {
      const [table, id] = mention.person_id
        ? ['people', mention.person_id]
        : mention.place_id
          ? ['places', mention.place_id]
          : ['organisations', mention.organisation_id ?? ''];
      const words = article.plain_text.slice(mention.start_offset, mention.end_offset);
      expect(namesOf(table, id), words).toContain(words);
    }
  });

  it('files every named person, place and organisation', () => {
    const slugs = (table: string) =>
      (sqlite.prepare(`SELECT slug FROM ${table} ORDER BY slug`).all() as { slug: string }[]).map((r) => r.slug);
    expect(slugs('people')).toEqual(['andrii-sybiha', 'bart-de-wever', 'vladimir-putin', 'volodymyr-zelensky']);
    expect(slugs('places')).toEqual(
      expect.arrayContaining([
        'bilohorivka',
        'tarasivka',
        'donetsk-oblast',
        'kursk-oblast',
        'kyiv',
        'beijing',
        'moscow',
      ]),
    );
    expect(slugs('organisations')).toEqual(
      expect.arrayContaining(['security-service-of-ukraine', 'un-security-council', 'nato', 'x']),
    );
  });

  it('places the villages in Donetsk Oblast, in Ukraine, in Europe', () => {
    const chain = sqlite
      .prepare(
        `WITH RECURSIVE up(id, slug, parent_id, depth) AS (
           SELECT id, slug, parent_id, 0 FROM places WHERE slug = ?
           UNION ALL SELECT p.id, p.slug, p.parent_id, depth + 1 FROM places p JOIN up ON p.id = up.parent_id)
         SELECT slug FROM up ORDER BY depth`,
      )
      .all('bilohorivka')
      .map((row) => (row as { slug: string }).slug);
    expect(chain).toEqual(['bilohorivka', 'donetsk-oblast', 'ukraine', 'europe']);
    expect(sqlite.prepare("SELECT iso_code FROM places WHERE slug = 'donetsk-oblast'").get()).toEqual({
      iso_code: 'UA-14',
    });
  });

  it('gives coordinates only with their source, and none to the villages', () => {
    expect(count('SELECT count(*) n FROM places WHERE latitude IS NOT NULL AND coordinates_source IS NULL')).toBe(0);
    expect(count("SELECT count(*) n FROM places WHERE kind = 'village' AND latitude IS NOT NULL")).toBe(0);
    expect(count('SELECT count(*) n FROM places WHERE latitude IS NOT NULL')).toBe(3);
  });

  it('seeds once: a second run changes nothing', async () => {
    expect(first.seeded).toBe(true);
    const before = count('SELECT count(*) n FROM quotes') + count('SELECT count(*) n FROM mentions');
    expect((await seedDatabase(db)).seeded).toBe(false);
    expect(count('SELECT count(*) n FROM quotes') + count('SELECT count(*) n FROM mentions')).toBe(before);
    expect(count('SELECT count(*) n FROM articles')).toBe(1);
  });
});

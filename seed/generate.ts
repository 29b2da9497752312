import { writerOf, type Db } from '../src/core/db/client.ts';
import type { BodyBlock } from '../src/core/db/schema.ts';
import { BLOCK_SEPARATOR, countWords } from '../src/lib/article-text.ts';
import { stableId } from '../src/lib/ids.ts';

/**
 * A deterministic synthetic newsroom for tests and benchmarks: places in a hierarchy, people with
 * roles, organisations, and articles whose text really names the entities it mentions and really
 * holds the quotes it lists (offsets included), so every API feature has something true to find.
 * Separate from the seed: generated rows use `gen-` slugs and never touch seed rows.
 */

export interface GenerateOptions {
  articles: number;
  people?: number;
  places?: number;
  organisations?: number;
  seed?: number;
  /** Called every 1000 articles. */
  progress?: (done: number) => void;
}

/** mulberry32: a small, fast PRNG; the same seed gives the same newsroom on every machine. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  /** Skewed towards the start: a few people are in the news far more often than the rest. */
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * next() ** 3)] as T;
  return { next, int, pick, skewed };
}

const SYLLABLES = [
  'ka',
  'lo',
  'vi',
  'ra',
  'mon',
  'tes',
  'dor',
  'an',
  'bel',
  'sk',
  'ri',
  'na',
  'vo',
  'lin',
  'gra',
  'mar',
  'ost',
  'el',
  'zu',
  'pe',
];
const FIRST_NAMES = [
  'Olena',
  'Marco',
  'Aisha',
  'Jonas',
  'Mei',
  'Pavel',
  'Sofia',
  'Tomasz',
  'Amara',
  'Lars',
  'Nadia',
  'Kenji',
  'Ines',
  'Oskar',
  'Leila',
  'Bruno',
  'Hana',
  'Ruth',
  'Dmytro',
  'Carmen',
];
const WORDS = (
  'government officials said the talks would continue after a week of pressure from allies and ' +
  'critics while markets reacted to reports of new sanctions energy prices rose as ministers met in the ' +
  'capital to discuss security aid reconstruction trade elections budget reforms border tensions ' +
  'negotiations ceasefire investigation court ruling parliament vote protest agreement summit'
).split(' ');
/** ISO 3166 keeps XA–XZ and QM–QZ for private use: synthetic countries never pass for real ones. */
const USER_ASSIGNED_CODES = [
  ...Array.from({ length: 26 }, (_, i) => `X${String.fromCharCode(65 + i)}`),
  ...Array.from({ length: 14 }, (_, i) => `Q${String.fromCharCode(77 + i)}`),
];
const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Spokesperson',
  'General',
  'Mayor',
  'Governor',
  'Chief Executive',
  'Ambassador',
  'Analyst',
];
const ORG_KINDS = ['government', 'ministry', 'military', 'company', 'newspaper', 'charity', 'university', 'party'];
const CHANNELS = [null, null, 'press conference', 'post on X', 'interview', 'statement', 'social media post'];
const SPEECH_VERBS = ['said', 'added', 'told reporters', 'wrote', 'insisted'];

function nameFrom(rng: ReturnType<typeof random>, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i += 1) name += rng.pick(SYLLABLES);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function sentence(rng: ReturnType<typeof random>, words: number): string {
  const text = Array.from({ length: words }, () => rng.pick(WORDS)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Entity {
  id: string;
  name: string;
}

/** Builds body blocks while tracking where each inserted name and quote lands in the plain text. */
class BodyWriter {
  blocks: BodyBlock[] = [];
  mentions: { type: 'person' | 'place' | 'organisation'; id: string; start: number; end: number }[] = [];
  quotes: {
    text: string;
    start: number;
    end: number;
    speakerId: string;
    mentionStart: number;
    mentionEnd: number;
    channel: string | null;
    kind: 'direct' | 'indirect';
  }[] = [];
  private offset = 0;
  private current = '';

  private append(text: string) {
    this.current += text;
  }

  private at() {
    return this.offset + this.current.length;
  }

  text(text: string) {
    this.append(text);
  }

  name(type: 'person' | 'place' | 'organisation', entity: Entity) {
    const start = this.at();
    this.append(entity.name);
    this.mentions.push({ type, id: entity.id, start, end: start + entity.name.length });
  }

  quote(words: string, speaker: Entity, verb: string, channel: string | null) {
    this.append('“');
    const start = this.at();
    this.append(words);
    const end = this.at();
    this.append('” ');
    this.append(`${verb === 'wrote' ? 'wrote' : verb} `);
    const mentionStart = this.at();
    this.name('person', speaker);
    this.append('.');
    this.quotes.push({
      text: words,
      start,
      end,
      speakerId: speaker.id,
      mentionStart,
      mentionEnd: mentionStart + speaker.name.length,
      channel,
      kind: 'direct',
    });
  }

  reported(words: string, speaker: Entity) {
    const mentionStart = this.at();
    this.name('person', speaker);
    this.append(' said that ');
    const start = this.at();
    this.append(words);
    const end = this.at();
    this.append('.');
    this.quotes.push({
      text: words,
      start,
      end,
      speakerId: speaker.id,
      mentionStart,
      mentionEnd: mentionStart + speaker.name.length,
      channel: null,
      kind: 'indirect',
    });
  }

  close(type: BodyBlock['type']) {
    this.blocks.push({ type, text: this.current });
    this.offset += this.current.length + BLOCK_SEPARATOR.length;
    this.current = '';
  }

  plainText() {
    return this.blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  }
}

export function generateDataset(db: Db, options: GenerateOptions) {
  const rng = random(options.seed ?? 20250408);
  const counts = {
    places: options.places ?? 5000,
    people: options.people ?? 10_000,
    organisations: options.organisations ?? 2000,
  };
  // Before the app serves, nothing else writes: synchronous, on the writer connection.
  const client = writerOf(db).$client;
  const base = Date.parse('2021-01-01T00:00:00Z');
  const span = Date.parse('2025-12-31T00:00:00Z') - base;
  const stamp = (time: number) => new Date(time).toISOString();

  const insertPlace = client.prepare(
    `INSERT INTO places (id, slug, name, aliases, kind, parent_id, iso_code, latitude, longitude, coordinates_source, same_as, created_at, updated_at)
     VALUES (?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
  );
  const insertOrganisation = client.prepare(
    `INSERT INTO organisations (id, slug, name, aliases, kind, country_id, same_as, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
  );
  const insertPerson = client.prepare(
    `INSERT INTO people (id, slug, name, aliases, nationality, same_as, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '[]', ?, ?)`,
  );
  const insertRole = client.prepare(
    'INSERT INTO person_roles (person_id, title, organisation_id, country_id, started_on) VALUES (?, ?, ?, ?, ?)',
  );
  const insertArticle = client.prepare(
    `INSERT INTO articles (id, slug, headline, headline_editorial, standfirst, body, plain_text, credit, source, language, status, published_at, word_count, created_at, updated_at)
     VALUES (?, ?, ?, 0, ?, ?, ?, ?, 'Dateline synthetic', ?, ?, ?, ?, ?, ?)`,
  );
  const insertQuote = client.prepare(
    `INSERT INTO quotes (id, article_id, speaker_person_id, text, kind, channel, start_offset, end_offset, speaker_mention_start, speaker_mention_end, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMention = client.prepare(
    'INSERT INTO mentions (article_id, person_id, place_id, organisation_id, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)',
  );

  const created = stamp(base);
  const countries: (Entity & { iso: string })[] = [];
  const places: Entity[] = [];

  client.transaction(() => {
    // Places: continents → countries → regions → cities and villages.
    const continents = ['Northland', 'Southmere', 'Eastreach', 'Westvale', 'Midsea', 'Farshore'].map((name) => {
      const id = stableId('place', `gen-${name}`);
      insertPlace.run(
        id,
        `gen-${name.toLowerCase()}`,
        name,
        'continent',
        null,
        null,
        null,
        null,
        null,
        created,
        created,
      );
      return { id, name };
    });
    const countryCount = Math.max(6, Math.round(counts.places * 0.04));
    for (let i = 0; i < countryCount; i += 1) {
      const name = `${nameFrom(rng, 2)}ia ${i}`;
      const iso = USER_ASSIGNED_CODES[i % USER_ASSIGNED_CODES.length] as string;
      const id = stableId('place', `gen-country-${i}`);
      insertPlace.run(
        id,
        `gen-country-${i}`,
        name,
        'country',
        rng.pick(continents).id,
        iso,
        null,
        null,
        null,
        created,
        created,
      );
      countries.push({ id, name, iso });
      places.push({ id, name });
    }
    const regions: Entity[] = [];
    const regionCount = Math.round(counts.places * 0.2);
    for (let i = 0; i < regionCount; i += 1) {
      const name = `${nameFrom(rng, 3)} Oblast ${i}`;
      const id = stableId('place', `gen-region-${i}`);
      insertPlace.run(
        id,
        `gen-region-${i}`,
        name,
        'region',
        rng.pick(countries).id,
        null,
        null,
        null,
        null,
        created,
        created,
      );
      regions.push({ id, name });
      places.push({ id, name });
    }
    const rest = counts.places - continents.length - countryCount - regionCount;
    for (let i = 0; i < rest; i += 1) {
      const name = `${nameFrom(rng, 2 + rng.int(2))}${i % 3 === 0 ? 'ivka' : 'sk'} ${i}`;
      const id = stableId('place', `gen-town-${i}`);
      const located = rng.next() < 0.8;
      insertPlace.run(
        id,
        `gen-town-${i}`,
        name,
        i % 3 === 0 ? 'village' : 'city',
        rng.pick(regions).id,
        null,
        located ? Math.round((rng.next() * 140 - 60) * 1e5) / 1e5 : null,
        located ? Math.round((rng.next() * 340 - 170) * 1e5) / 1e5 : null,
        located ? 'synthetic (bench/generate.ts)' : null,
        created,
        created,
      );
      places.push({ id, name });
    }

    const organisations: Entity[] = [];
    for (let i = 0; i < counts.organisations; i += 1) {
      const name = `${nameFrom(rng, 2)} ${rng.pick(['Ministry', 'Group', 'Institute', 'Council', 'Agency', 'Times'])} ${i}`;
      const id = stableId('organisation', `gen-org-${i}`);
      insertOrganisation.run(
        id,
        `gen-org-${i}`,
        name,
        JSON.stringify([`${name.split(' ')[0]} ${i}`]),
        rng.pick(ORG_KINDS),
        rng.pick(countries).id,
        created,
        created,
      );
      organisations.push({ id, name });
    }

    const people: Entity[] = [];
    for (let i = 0; i < counts.people; i += 1) {
      const surname = `${nameFrom(rng, 2 + rng.int(2))}enko${i}`;
      const name = `${rng.pick(FIRST_NAMES)} ${surname}`;
      const id = stableId('person', `gen-person-${i}`);
      const country = rng.pick(countries);
      insertPerson.run(id, `gen-person-${i}`, name, JSON.stringify([surname]), country.iso, created, created);
      for (let r = 0; r < 1 + rng.int(2); r += 1) {
        insertRole.run(
          id,
          rng.pick(TITLES),
          rng.pick(organisations).id,
          country.id,
          stamp(base - rng.int(3000) * 86_400_000).slice(0, 10),
        );
      }
      people.push({ id, name });
    }

    for (let a = 0; a < options.articles; a += 1) {
      const writer = new BodyWriter();
      const cast = Array.from({ length: 2 + rng.int(3) }, () => rng.skewed(people));
      const where = Array.from({ length: 1 + rng.int(3) }, () => rng.skewed(places));
      const orgs = Array.from({ length: rng.int(3) }, () => rng.skewed(organisations));
      const lead = cast[0] as Entity;
      writer.text(`${sentence(rng, 6)} in `);
      writer.name('place', where[0] as Entity);
      writer.text(', ');
      writer.reported(sentence(rng, 10).toLowerCase(), lead);
      writer.close('paragraph');
      const paragraphs = 4 + rng.int(4);
      for (let p = 0; p < paragraphs; p += 1) {
        if (p === 2) {
          writer.text(sentence(rng, 4));
          writer.close('heading');
        }
        writer.text(`${sentence(rng, 12)}. `);
        const speaker = cast[p % cast.length] as Entity;
        writer.quote(`${sentence(rng, 8 + rng.int(10))}.`, speaker, rng.pick(SPEECH_VERBS), rng.pick(CHANNELS));
        if (p < where.length) {
          writer.text(' Officials in ');
          writer.name('place', where[p] as Entity);
          writer.text(' responded.');
        }
        const org = orgs[p];
        if (org) {
          writer.text(' A statement from ');
          writer.name('organisation', org);
          writer.text(' followed.');
        }
        writer.text(` ${sentence(rng, 14)}.`);
        writer.close('paragraph');
      }
      const plainText = writer.plainText();
      const publishedTime = base + Math.floor(rng.next() * span);
      const roll = rng.next();
      const status = roll < 0.95 ? 'published' : roll < 0.98 ? 'draft' : 'archived';
      const id = stableId('article', `gen-article-${a}`);
      const headline = `${lead.name.split(' ')[0]} ${sentence(rng, 7).toLowerCase()}`;
      insertArticle.run(
        id,
        `gen-article-${a}`,
        headline,
        writer.blocks[0]?.text ?? null,
        JSON.stringify(writer.blocks),
        plainText,
        rng.next() < 0.5 ? '(With inputs from agencies)' : null,
        rng.next() < 0.9 ? 'en' : rng.pick(['fr', 'de', 'uk']),
        status,
        status === 'draft' ? null : stamp(publishedTime),
        countWords(plainText),
        stamp(publishedTime - 3_600_000),
        stamp(publishedTime + rng.int(48) * 3_600_000),
      );
      writer.quotes.forEach((quote, index) => {
        insertQuote.run(
          stableId('quote', `gen-article-${a}:${index}`),
          id,
          quote.speakerId,
          quote.text,
          quote.kind,
          quote.channel,
          quote.start,
          quote.end,
          quote.mentionStart,
          quote.mentionEnd,
          stamp(publishedTime),
          stamp(publishedTime),
        );
      });
      for (const mention of writer.mentions) {
        insertMention.run(
          id,
          mention.type === 'person' ? mention.id : null,
          mention.type === 'place' ? mention.id : null,
          mention.type === 'organisation' ? mention.id : null,
          mention.start,
          mention.end,
        );
      }
      if ((a + 1) % 1000 === 0) options.progress?.(a + 1);
    }
  })();
  // Fresh statistics let the query planner choose between indexes with real numbers.
  client.exec('ANALYZE');
}

import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { articles, mentions, organisations, people, personRoles, places, type PlaceKind } from '../db/schema.ts';
import { extractArticle, type ExtractionResult, type Lexicon, type SuggestedEntity } from '../ingest/index.ts';
import { createArticle } from './article-writes.ts';
import { createEntity, type EntityType } from './entity-writes.ts';
import { createQuote, type KnownArticle } from './quote-writes.ts';
import type { IngestQuoteInput } from '../schemas/ingest.ts';
import { createCorrectedQuotes } from './ingest-corrections.ts';
import type { Actor } from './revisions.ts';
import { inTransaction } from './transaction.ts';

/**
 * Ingest: plain text in, a draft article with its quotes, speakers and mentions out. Entities the
 * newsroom does not know yet are created marked `suggested`, for an editor to confirm. Everything
 * is written in one transaction: an ingest that fails leaves nothing behind.
 */

export interface IngestOptions {
  headline?: string | undefined;
  publishedAt?: string | undefined;
  source?: string | undefined;
  language?: string | undefined;
  /** An editor's corrected quotes, in place of the extracted ones (see ingest-corrections.ts). */
  quotes?: IngestQuoteInput[] | undefined;
}

export interface IngestOutcome {
  articleId: string;
  extraction: ExtractionResult;
  /** The entities created as suggestions, by type. */
  suggested: { type: EntityType; id: string; name: string }[];
  quoteCount: number;
  mentionCount: number;
}

/** The newsroom's people, organisations and places, as the extraction engine reads them. */
export function lexiconOf(db: Db): Lexicon {
  const titles = new Map<string, string[]>();
  for (const role of db.select({ personId: personRoles.personId, title: personRoles.title }).from(personRoles).all()) {
    titles.set(role.personId, [...(titles.get(role.personId) ?? []), role.title]);
  }
  return {
    people: db
      .select({ id: people.id, name: people.name, aliases: people.aliases })
      .from(people)
      .all()
      .map((person) => ({ ...person, titles: titles.get(person.id) ?? [] })),
    organisations: db
      .select({ id: organisations.id, name: organisations.name, aliases: organisations.aliases })
      .from(organisations)
      .all(),
    places: db
      .select({
        id: places.id,
        name: places.name,
        aliases: places.aliases,
        kind: places.kind,
        parentId: places.parentId,
      })
      .from(places)
      .all(),
  };
}

/** What kind of place a suggestion is, from the words that revealed it ("the village of X"). */
function placeKindOf(suggestion: SuggestedEntity): PlaceKind {
  const evidence = `${suggestion.evidence} ${suggestion.name}`.toLowerCase();
  if (/village|settlement|hamlet/.test(evidence)) return 'village';
  if (/region|oblast|province|state|county|district/.test(evidence)) return 'region';
  if (/city|town|capital/.test(evidence)) return 'city';
  return 'other';
}

/** Where the engine's gazetteer puts a suggested place, in the newsroom's fields. */
function pointOf(suggestion: SuggestedEntity) {
  const point = suggestion.place?.coordinates;
  return point ? { latitude: point.latitude, longitude: point.longitude, coordinatesSource: point.source } : {};
}

/** The first sentence of the text, cut at a word near 120 characters: a working headline for the desk to rewrite. */
export function workingHeadline(plainText: string): string {
  const firstSentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(plainText)?.[0] ?? plainText;
  const line = firstSentence.split('\n')[0]?.trim() ?? '';
  if (line.length <= 120) return line.replace(/[.]$/, '');
  return `${line.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

/** Creates the suggested entities, places first so that a place can sit inside another suggestion. */
function createSuggestions(db: Db, extraction: ExtractionResult, lexicon: Lexicon) {
  const idsByKey = new Map<string, string>();
  const placeIdsByName = new Map(lexicon.places.map((place) => [place.name.toLowerCase(), place.id]));
  const created: IngestOutcome['suggested'] = [];
  const ordered = [...extraction.suggestions].sort(
    (a, b) =>
      Number(b.type === 'place') - Number(a.type === 'place') || Number(!!a.parentHint) - Number(!!b.parentHint),
  );
  for (const suggestion of ordered) {
    const common = { name: suggestion.name, suggested: true, aliases: [] };
    const id =
      suggestion.type === 'place'
        ? createEntity(db, 'place', {
            ...common,
            kind: suggestion.place?.kind ?? placeKindOf(suggestion),
            parentId: suggestion.parentHint ? (placeIdsByName.get(suggestion.parentHint.toLowerCase()) ?? null) : null,
            ...pointOf(suggestion),
          })
        : suggestion.type === 'organisation'
          ? createEntity(db, 'organisation', { ...common, kind: 'organisation' })
          : createEntity(db, 'person', common);
    if (suggestion.type === 'place') placeIdsByName.set(suggestion.name.toLowerCase(), id);
    idsByKey.set(suggestion.key, id);
    created.push({ type: suggestion.type, id, name: suggestion.name });
  }
  return { idsByKey, created };
}

export function ingestArticle(db: Db, text: string, options: IngestOptions, actor: Actor): IngestOutcome {
  const lexicon = lexiconOf(db);
  const extraction = extractArticle(text, lexicon);
  return inTransaction(db, () => {
    const { idsByKey, created } = createSuggestions(db, extraction, lexicon);
    const entityId = (entity: { id: string | null; key: string }) => entity.id ?? idsByKey.get(entity.key) ?? null;

    const articleId = createArticle(
      db,
      {
        headline: options.headline ?? workingHeadline(extraction.plainText),
        body: extraction.blocks.map(({ type, text: words }) => ({ type, text: words })),
        language: options.language ?? 'en',
        source: options.source ?? null,
        credit: extraction.credit,
      },
      actor,
    );
    if (options.publishedAt !== undefined) {
      db.update(articles)
        .set({ publishedAt: new Date(options.publishedAt).toISOString(), publishedAtSource: 'given at ingest' })
        .where(eq(articles.id, articleId))
        .run();
    }
    // Read once: every quote is checked against the text as stored.
    const article = db
      .select({ id: articles.id, plainText: articles.plainText })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get() as KnownArticle;
    const quoteCount = options.quotes
      ? createCorrectedQuotes(db, text, article, options.quotes, lexicon, created)
      : extraction.quotes.length;
    for (const quote of options.quotes ? [] : extraction.quotes) {
      const speaker = quote.speaker;
      createQuote(
        db,
        {
          articleId,
          text: quote.text,
          kind: quote.kind,
          start: quote.start,
          end: quote.end,
          channel: quote.channel,
          speakerType: speaker?.entity.type ?? null,
          speakerId: speaker ? entityId(speaker.entity) : null,
          speakerMention: speaker ? { start: speaker.mention.start, end: speaker.mention.end } : null,
        },
        article,
      );
    }
    let mentionCount = 0;
    for (const mention of extraction.mentions) {
      const id = entityId(mention.entity);
      if (id === null) continue;
      mentionCount++;
      db.insert(mentions)
        .values({
          articleId,
          personId: mention.entity.type === 'person' ? id : null,
          placeId: mention.entity.type === 'place' ? id : null,
          organisationId: mention.entity.type === 'organisation' ? id : null,
          startOffset: mention.start,
          endOffset: mention.end,
        })
        .run();
    }
    return { articleId, extraction, suggested: created, quoteCount, mentionCount };
  });
}

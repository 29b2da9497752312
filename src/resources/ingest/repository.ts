import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { articles, mentions, type PlaceKind } from '../../core/db/schema.ts';
import { ConflictError } from '../../core/http/errors.ts';
import type { ExtractionResult, SuggestedEntity } from '../../ingest/index.ts';
import { createArticle } from '../articles/write-repository.ts';
import { createEntity } from '../entity/repository.ts';
import type { EntityType } from '../../core/db/named-tables.ts';
import { STORES } from '../entity/stores.ts';
import type { IngestQuoteInput } from './schema.ts';
import { createCorrectedQuotes } from './corrections.ts';
import { extractWith, lexiconOf, type Extracted, type KnownParents } from './lexicon.ts';
import { createFoundQuotes, type KnownArticle } from '../quotes/write-repository.ts';
import type { Actor } from '../articles/revisions/repository.ts';
import { inTransaction } from '../../core/db/transaction.ts';

/**
 * Ingest: plain text in, a draft article with its quotes, speakers and mentions out. Entities the
 * newsroom does not know yet are created marked `suggested`, for an editor to confirm. Everything
 * is written in one transaction: an ingest that fails leaves nothing behind. The extraction itself
 * is the long part: the server runs it in a worker thread (workers/extraction-pool.ts) and only the
 * writing here; the CLI runs both in turn (`ingestArticle`).
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
async function createSuggestions(db: Db, extraction: ExtractionResult, parents: KnownParents) {
  const idsByKey = new Map<string, string>();
  const placeIdsByName = new Map(Object.entries(parents));
  const created: IngestOutcome['suggested'] = [];
  const ordered = [...extraction.suggestions].sort(
    (a, b) =>
      Number(b.type === 'place') - Number(a.type === 'place') || Number(!!a.parentHint) - Number(!!b.parentHint),
  );
  for (const suggestion of ordered) {
    const common = { name: suggestion.name, suggested: true, aliases: [] };
    const id =
      suggestion.type === 'place'
        ? await createEntity(db, STORES.place, {
            ...common,
            kind: suggestion.place?.kind ?? placeKindOf(suggestion),
            parentId: suggestion.parentHint ? (placeIdsByName.get(suggestion.parentHint.toLowerCase()) ?? null) : null,
            ...pointOf(suggestion),
          })
        : suggestion.type === 'organisation'
          ? await createEntity(db, STORES.organisation, { ...common, kind: 'organisation' })
          : await createEntity(db, STORES.person, common);
    if (suggestion.type === 'place') placeIdsByName.set(suggestion.name.toLowerCase(), id);
    idsByKey.set(suggestion.key, id);
    created.push({ type: suggestion.type, id, name: suggestion.name });
  }
  return { idsByKey, created };
}

/**
 * The known entities the extraction links to, checked in the writing transaction: the lexicon was
 * read before, in another thread, and an editor may have deleted one since. 409: send it again.
 */
function assertLinkedEntitiesExist(db: Db, extraction: ExtractionResult) {
  const linked = { people: new Set<string>(), organisations: new Set<string>(), places: new Set<string>() };
  const table = { person: 'people', organisation: 'organisations', place: 'places' } as const;
  const entities = [
    ...extraction.mentions.map((m) => m.entity),
    ...extraction.quotes.flatMap((q) => q.speaker?.entity ?? []),
  ];
  for (const entity of entities) if (entity.id !== null) linked[table[entity.type]].add(entity.id);
  for (const [name, ids] of Object.entries(linked)) {
    if (ids.size === 0) continue;
    const missing = db.all<{ id: string }>(
      sql`SELECT value AS id FROM json_each(${JSON.stringify([...ids])})
          WHERE NOT EXISTS (SELECT 1 FROM ${sql.identifier(name)} t WHERE t.id = value)`,
    );
    if (missing.length > 0) {
      throw new ConflictError(
        'lexicon-changed',
        `The text names ${missing.map((m) => m.id).join(', ')}, deleted while it was being read; send it again.`,
      );
    }
  }
}

/** Extracts and writes, both in this thread (the CLI). */
export function ingestArticle(db: Db, text: string, options: IngestOptions, actor: Actor): Promise<IngestOutcome> {
  return storeIngest(db, text, extractWith(text, lexiconOf(db)), options, actor);
}

/** Writes what extraction found as a draft, in one transaction. */
export async function storeIngest(
  db: Db,
  text: string,
  extracted: Extracted,
  options: IngestOptions,
  actor: Actor,
): Promise<IngestOutcome> {
  const { extraction } = extracted;
  return inTransaction(db, async (db) => {
    assertLinkedEntitiesExist(db, extraction);
    const { idsByKey, created } = await createSuggestions(db, extraction, extracted.knownParents);
    const entityId = (entity: { id: string | null; key: string }) => entity.id ?? idsByKey.get(entity.key) ?? null;

    const articleId = await createArticle(
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
    // An editor's corrected quotes replace the ones found (they name speakers by name or alias: read the lexicon here).
    const found = extraction.quotes.map((quote) => ({
      text: quote.text,
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      channel: quote.channel,
      speakerType: quote.speaker?.entity.type ?? null,
      speakerId: quote.speaker ? entityId(quote.speaker.entity) : null,
      speakerMention: quote.speaker ? { start: quote.speaker.mention.start, end: quote.speaker.mention.end } : null,
    }));
    const quoteCount = options.quotes
      ? await createCorrectedQuotes(db, text, article, options.quotes, lexiconOf(db), created)
      : (await createFoundQuotes(db, article, found)).length;
    // One statement compiled for every mention: a long text has thousands.
    const insertMention = db
      .insert(mentions)
      .values({
        articleId,
        personId: sql.placeholder('person'),
        placeId: sql.placeholder('place'),
        organisationId: sql.placeholder('organisation'),
        startOffset: sql.placeholder('start'),
        endOffset: sql.placeholder('end'),
      })
      .prepare();
    let mentionCount = 0;
    for (const mention of extraction.mentions) {
      const id = entityId(mention.entity);
      if (id === null) continue;
      mentionCount++;
      insertMention.run({
        person: mention.entity.type === 'person' ? id : null,
        place: mention.entity.type === 'place' ? id : null,
        organisation: mention.entity.type === 'organisation' ? id : null,
        start: mention.start,
        end: mention.end,
      });
    }
    return { articleId, extraction, suggested: created, quoteCount, mentionCount };
  });
}

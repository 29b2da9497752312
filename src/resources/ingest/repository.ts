import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { PlaceKind } from '../../core/db/schema.ts';
import { first } from '../../core/db/queries.ts';
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
import { insertMentions, type NewMention } from './mentions.ts';

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
export async function assertLinkedEntitiesExist(db: Db, extraction: ExtractionResult): Promise<void> {
  const linked = { person: new Set<string>(), organisation: new Set<string>(), place: new Set<string>() };
  const tables = { person: db.tables.people, organisation: db.tables.organisations, place: db.tables.places };
  const entities = [
    ...extraction.mentions.map((m) => m.entity),
    ...extraction.quotes.flatMap((q) => q.speaker?.entity ?? []),
  ];
  for (const entity of entities) if (entity.id !== null) linked[entity.type].add(entity.id);
  for (const type of ['person', 'organisation', 'place'] as const) {
    const ids = [...linked[type]];
    if (ids.length === 0) continue;
    const table = tables[type];
    const found = new Set(
      (await db.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((row) => row.id),
    );
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new ConflictError(
        'lexicon-changed',
        `The text names ${missing.join(', ')}, deleted while it was being read; send it again.`,
      );
    }
  }
}

/** Extracts and writes, both in this thread (the CLI). */
export async function ingestArticle(
  db: Db,
  text: string,
  options: IngestOptions,
  actor: Actor,
): Promise<IngestOutcome> {
  return storeIngest(db, text, extractWith(text, await lexiconOf(db)), options, actor);
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
    await assertLinkedEntitiesExist(db, extraction);
    const { articles } = db.tables;
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
      await db
        .update(articles)
        .set({ publishedAt: new Date(options.publishedAt).toISOString(), publishedAtSource: 'given at ingest' })
        .where(eq(articles.id, articleId));
    }
    // Read once: every quote is checked against the text as stored.
    const article = (await first(
      db
        .select({ id: articles.id, plainText: articles.plainText })
        .from(articles)
        .where(eq(articles.id, articleId))
        .limit(1),
    )) as KnownArticle;
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
      ? await createCorrectedQuotes(db, text, article, options.quotes, await lexiconOf(db), created)
      : (await createFoundQuotes(db, article, found)).length;
    const linked: NewMention[] = extraction.mentions.flatMap((mention) => {
      const id = entityId(mention.entity);
      if (id === null) return [];
      const type = mention.entity.type;
      return [
        {
          articleId,
          personId: type === 'person' ? id : null,
          placeId: type === 'place' ? id : null,
          organisationId: type === 'organisation' ? id : null,
          startOffset: mention.start,
          endOffset: mention.end,
        },
      ];
    });
    await insertMentions(db, linked);
    const mentionCount = linked.length;
    return { articleId, extraction, suggested: created, quoteCount, mentionCount };
  });
}

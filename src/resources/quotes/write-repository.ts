import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { first } from '../../core/db/queries.ts';
import { articles, organisations, people, quotes } from '../../core/db/schema.ts';
import { namesNothing, UnprocessableError, type InvalidParameter } from '../../core/http/errors.ts';
import { locateOnce } from '../../lib/anchors.ts';
import { nextVersion, nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { QuoteInput } from '../inputs.ts';
import { byIdOrSlug, idOf } from '../../core/db/lookup.ts';
import { enqueueEvent } from '../webhooks/outbox.ts';
import { findQuote, quoteSpeaker } from './repository.ts';
import { inTransaction } from '../../core/db/transaction.ts';

/**
 * Creating and changing quotes. A quote is anchored to its article's plain text: the words at
 * `start`..`end` must be exactly the quote's text (or, without offsets, the text must occur in
 * the article exactly once, and is anchored there).
 */

export type QuoteRow = typeof quotes.$inferSelect;

export function findQuoteRow(db: Db, id: string): QuoteRow | undefined {
  return db.select().from(quotes).where(eq(quotes.id, id)).get();
}

const field = (name: string, detail: string): InvalidParameter => ({ location: 'body', name, detail });

/** The columns for a quote as given, after checking everything it refers to; 422 naming each problem. */
/**
 * The article a quote goes in, when the caller already holds it: ingest adds hundreds of quotes to
 * the article it has just written, and reading its whole text back for each made ingest quadratic.
 */
export interface KnownArticle {
  id: string;
  plainText: string;
}

async function resolveQuote(db: Db, input: QuoteInput, known?: KnownArticle) {
  const problems: InvalidParameter[] = [];
  const article =
    known?.id === input.articleId
      ? known
      : await first(
          db
            .select({ id: articles.id, plainText: articles.plainText })
            .from(db.tables.articles)
            .where(byIdOrSlug(articles, input.articleId))
            .limit(1),
        );
  if (!article) problems.push(field('articleId', namesNothing('article', [input.articleId])));

  let span: { start: number; end: number } | undefined;
  if ((input.start === undefined) !== (input.end === undefined)) {
    problems.push(field(input.start === undefined ? 'start' : 'end', 'must be given together with the other offset'));
  } else if (article && input.start !== undefined && input.end !== undefined) {
    const found = article.plainText.slice(input.start, input.end);
    if (input.end <= input.start) problems.push(field('end', 'must be greater than start'));
    else if (input.end > article.plainText.length) {
      problems.push(field('end', `is past the end of the article text (${article.plainText.length} characters)`));
    } else if (found !== input.text) {
      problems.push(
        field('text', `does not match the article text at ${input.start}–${input.end} ("${found.slice(0, 80)}")`),
      );
    } else span = { start: input.start, end: input.end };
  } else if (article) {
    const located = locateOnce(article.plainText, input.text);
    if (located === 'absent') problems.push(field('text', 'does not occur in the article text'));
    else if (located === 'ambiguous') {
      problems.push(field('text', 'occurs more than once in the article text; give start and end'));
    } else span = located;
  }

  const speakerType = input.speakerType ?? null;
  const speakerKey = input.speakerId ?? null;
  let speakerId: string | null = null;
  if ((speakerType === null) !== (speakerKey === null)) {
    problems.push(field(speakerType === null ? 'speakerType' : 'speakerId', 'must be given together with the other'));
  } else if (speakerType !== null && speakerKey !== null) {
    const table = speakerType === 'person' ? people : organisations;
    speakerId = (await idOf(db, table, speakerKey)) ?? null;
    if (speakerId === null) problems.push(field('speakerId', namesNothing(speakerType, [speakerKey])));
  }
  const mention = input.speakerMention ?? null;
  if (mention && article && (mention.end <= mention.start || mention.end > article.plainText.length)) {
    problems.push(field('speakerMention', 'must be a non-empty span inside the article text'));
  }
  if (problems.length > 0 || !article || !span) throw new UnprocessableError(problems);

  return {
    articleId: article.id,
    text: input.text,
    kind: input.kind,
    channel: input.channel ?? null,
    startOffset: span.start,
    endOffset: span.end,
    speakerPersonId: speakerType === 'person' ? speakerId : null,
    speakerOrganisationId: speakerType === 'organisation' ? speakerId : null,
    speakerMentionStart: mention?.start ?? null,
    speakerMentionEnd: mention?.end ?? null,
    saidAt: input.saidAt ?? null,
    saidAtSource: input.saidAtSource ?? null,
  };
}

export const editorQuote = (db: Db, id: string) => findQuote(db, id, 'editors');

export async function createQuote(db: Db, input: QuoteInput, known?: KnownArticle): Promise<string> {
  return inTransaction(db, async (db) => {
    const id = newId('quote');
    const now = nowIso();
    const resolved = await resolveQuote(db, input, known);
    db.insert(quotes)
      .values({ id, ...resolved, createdAt: now, updatedAt: now })
      .run();
    await enqueueEvent(db, 'quote.created', () => editorQuote(db, id));
    return id;
  });
}

/** A quote found by ingest: offsets into the article's plain text, speaker already resolved to an id. */
export interface FoundQuote {
  text: string;
  kind: QuoteRow['kind'];
  start: number;
  end: number;
  channel: string | null;
  speakerType: 'person' | 'organisation' | null;
  speakerId: string | null;
  speakerMention: { start: number; end: number } | null;
}

/**
 * Adds the quotes ingest found to the article it has just written: the same checks as `createQuote`
 * on the words, with one statement compiled for all of them (thousands, in a long text: compiling
 * each insert and reading each speaker back cost more than writing it). The speakers exist: ingest
 * checks them in the same transaction, and the foreign keys hold in any case.
 */
export async function createFoundQuotes(
  db: Db,
  article: KnownArticle,
  found: readonly FoundQuote[],
): Promise<string[]> {
  const now = nowIso();
  const insert = db
    .insert(quotes)
    .values({
      id: sql.placeholder('id'),
      articleId: article.id,
      text: sql.placeholder('text'),
      kind: sql.placeholder('kind'),
      channel: sql.placeholder('channel'),
      startOffset: sql.placeholder('start'),
      endOffset: sql.placeholder('end'),
      speakerPersonId: sql.placeholder('person'),
      speakerOrganisationId: sql.placeholder('organisation'),
      speakerMentionStart: sql.placeholder('mentionStart'),
      speakerMentionEnd: sql.placeholder('mentionEnd'),
      createdAt: now,
      updatedAt: now,
    })
    .prepare();
  const ids: string[] = [];
  for (const quote of found) {
    const mention = quote.speakerMention;
    const problems: InvalidParameter[] = [];
    if (!(quote.start < quote.end) || article.plainText.slice(quote.start, quote.end) !== quote.text) {
      problems.push(field('text', `does not match the article text at ${quote.start}–${quote.end}`));
    }
    if (mention && (mention.end <= mention.start || mention.end > article.plainText.length)) {
      problems.push(field('speakerMention', 'must be a non-empty span inside the article text'));
    }
    if ((quote.speakerType === null) !== (quote.speakerId === null)) {
      problems.push(field('speakerId', 'must be given together with speakerType'));
    }
    if (problems.length > 0) throw new UnprocessableError(problems);
    const id = newId('quote');
    insert.run({
      id,
      text: quote.text,
      kind: quote.kind,
      channel: quote.channel,
      start: quote.start,
      end: quote.end,
      person: quote.speakerType === 'person' ? quote.speakerId : null,
      organisation: quote.speakerType === 'organisation' ? quote.speakerId : null,
      mentionStart: mention?.start ?? null,
      mentionEnd: mention?.end ?? null,
    });
    await enqueueEvent(db, 'quote.created', () => editorQuote(db, id));
    ids.push(id);
  }
  return ids;
}

export async function updateQuote(db: Db, current: QuoteRow, input: QuoteInput) {
  await inTransaction(db, async (db) => {
    const resolved = await resolveQuote(db, input);
    db.update(quotes)
      .set({ ...resolved, updatedAt: nextVersion(current.updatedAt) })
      .where(eq(quotes.id, current.id))
      .run();
    await enqueueEvent(db, 'quote.updated', () => editorQuote(db, current.id));
  });
}

/** A quote's fields as a PUT body would give them (for merging a PATCH onto). */
export function quoteInputOf(row: QuoteRow): QuoteInput {
  return {
    articleId: row.articleId,
    text: row.text,
    kind: row.kind,
    start: row.startOffset,
    end: row.endOffset,
    channel: row.channel,
    ...quoteSpeaker(row),
    saidAt: row.saidAt,
    saidAtSource: row.saidAtSource,
  };
}

export async function deleteQuote(db: Db, current: QuoteRow) {
  await inTransaction(db, async (db) => {
    db.delete(quotes).where(eq(quotes.id, current.id)).run();
    await enqueueEvent(db, 'quote.deleted', { id: current.id, articleId: current.articleId });
  });
}

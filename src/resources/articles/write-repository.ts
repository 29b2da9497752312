import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { articles, ArticleStatus } from '../../core/db/schema.ts';
import { ConflictError, UnprocessableError } from '../../core/http/errors.ts';
import { spanMover } from '../../lib/anchors.ts';
import { countWords, plainTextOf } from '../../lib/article-text.ts';
import { nextVersion, nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { ArticleInput, StatusChange } from '../inputs.ts';
import { findArticle } from './repository.ts';
import { enqueueEvent, type EventType } from '../webhooks/outbox.ts';
import { recordRevision, type Actor } from './revisions/repository.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import { chooseSlug, retireSlug } from '../../core/db/slugs.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { changedRows, first } from '../../core/db/queries.ts';

/**
 * Creating and changing articles. Every change runs in one transaction with its revision and its
 * webhook events, so either all of it is stored or none of it is.
 */

export type ArticleRow = typeof articles.$inferSelect;

export function findArticleRow(db: Db, idOrSlug: string): Promise<ArticleRow | undefined> {
  const { articles } = db.tables;
  return first(db.select().from(articles).where(byIdOrSlug(articles, idOrSlug)).limit(1));
}

/** The article as editors see it (what writes answer and their events carry), on either store. */
export const editorView = (db: Db, idOrSlug: string) => findArticle(db, idOrSlug, 'editors');

function contentOf(input: ArticleInput) {
  const plainText = plainTextOf(input.body);
  return {
    headline: input.headline,
    headlineEditorial: input.headlineEditorial ?? false,
    standfirst: input.standfirst ?? null,
    body: input.body,
    plainText,
    wordCount: countWords(plainText),
    credit: input.credit ?? null,
    source: input.source ?? null,
    language: input.language,
    publishedAtSource: input.publishedAtSource ?? null,
  };
}

/** Creates a draft and returns its id. */
export async function createArticle(db: Db, input: ArticleInput, actor: Actor): Promise<string> {
  return inTransaction(db, async (db) => {
    const id = newId('article');
    const now = nowIso();
    const slug = await chooseSlug(db, 'article', { requested: input.slug, source: input.headline });
    await db
      .insert(db.tables.articles)
      .values({ id, slug, ...contentOf(input), status: 'draft', createdAt: now, updatedAt: now });
    await recordRevision(db, id, 'create', actor);
    await enqueueEvent(db, 'article.created', () => editorView(db, id));
    return id;
  });
}

/**
 * Moves the article's quotes and mentions onto the new text. A quote whose words are gone stops
 * the change (409, naming it): silently pointing it at other words, or deleting it, would both
 * lose an editor's work. A mention whose words are gone is gone with them.
 */
async function reanchorSpans(db: Db, articleId: string, before: string, after: string) {
  if (before === after) return;
  const { quotes, mentions } = db.tables;
  const articleQuotes = await db.select().from(quotes).where(eq(quotes.articleId, articleId));
  const articleMentions = await db.select().from(mentions).where(eq(mentions.articleId, articleId));
  if (articleQuotes.length === 0 && articleMentions.length === 0) return;
  // One alignment of the two texts moves every span (it is the costly part).
  const move = spanMover(before, after);
  const quoteSpans = articleQuotes.map((q) => move({ start: q.startOffset, end: q.endOffset }));
  const orphans = articleQuotes.filter((_, i) => quoteSpans[i] === null);
  if (orphans.length > 0) {
    throw new ConflictError(
      'quotes-orphaned',
      `The new body no longer contains the words of ${orphans.length} quote(s); change or delete them first: ` +
        orphans.map((q) => `${q.id} ("${q.text.slice(0, 60)}")`).join(', '),
      orphans.map((q) => ({ location: 'body', name: 'body', detail: `no longer contains quote ${q.id}` })),
    );
  }
  const moveQuote = db
    .update(quotes)
    .set({
      startOffset: sql`${sql.placeholder('start')}`,
      endOffset: sql`${sql.placeholder('end')}`,
      speakerMentionStart: sql`${sql.placeholder('speakerStart')}`,
      speakerMentionEnd: sql`${sql.placeholder('speakerEnd')}`,
      updatedAt: sql`${sql.placeholder('updatedAt')}`,
    })
    .where(eq(quotes.id, sql.placeholder('id')))
    .prepare();
  for (const [i, quote] of articleQuotes.entries()) {
    const span = quoteSpans[i];
    const speaker =
      quote.speakerMentionStart === null || quote.speakerMentionEnd === null
        ? null
        : move({ start: quote.speakerMentionStart, end: quote.speakerMentionEnd });
    if (!span) continue;
    const moved =
      span.start !== quote.startOffset ||
      (speaker?.start ?? null) !== quote.speakerMentionStart ||
      (speaker?.end ?? null) !== quote.speakerMentionEnd;
    if (!moved) continue;
    await moveQuote.execute({
      id: quote.id,
      start: span.start,
      end: span.end,
      speakerStart: speaker?.start ?? null,
      speakerEnd: speaker?.end ?? null,
      updatedAt: nextVersion(quote.updatedAt),
    });
  }

  // Prepared once: an article can have thousands of mentions, and building each query anew cost more than running it.
  const moveMention = db
    .update(mentions)
    .set({ startOffset: sql`${sql.placeholder('start')}`, endOffset: sql`${sql.placeholder('end')}` })
    .where(eq(mentions.id, sql.placeholder('id')))
    .prepare();
  const gone: number[] = [];
  for (const mention of articleMentions) {
    const span = move({ start: mention.startOffset, end: mention.endOffset });
    if (!span) gone.push(mention.id);
    else if (span.start !== mention.startOffset) await moveMention.execute({ id: mention.id, ...span });
  }
  if (gone.length > 0) await db.delete(mentions).where(inArray(mentions.id, gone));
}

/** Replaces the article's content (PUT, or a PATCH merged onto the current content). */
export async function updateArticle(db: Db, current: ArticleRow, input: ArticleInput, actor: Actor, action = 'update') {
  await inTransaction(db, async (db) => {
    const content = contentOf(input);
    const slug =
      input.slug === undefined || input.slug === current.slug
        ? current.slug
        : await chooseSlug(db, 'article', { requested: input.slug, source: input.headline, exceptId: current.id });
    if (slug !== current.slug) await retireSlug(db, 'article', current.slug, current.id);
    await reanchorSpans(db, current.id, current.plainText, content.plainText);
    const { articles } = db.tables;
    await db
      .update(articles)
      .set({ ...content, slug, updatedAt: nextVersion(current.updatedAt) })
      .where(eq(articles.id, current.id));
    await recordRevision(db, current.id, action, actor);
    await enqueueEvent(db, 'article.updated', () => editorView(db, current.id));
  });
}

/** The article's editable content, as a PUT body would give it. */
export function inputOf(row: Pick<ArticleRow, keyof ArticleInput>): ArticleInput {
  return {
    headline: row.headline,
    slug: row.slug,
    headlineEditorial: row.headlineEditorial,
    standfirst: row.standfirst,
    body: row.body,
    credit: row.credit,
    source: row.source,
    language: row.language,
    publishedAtSource: row.publishedAtSource,
  };
}

const utc = (timestamp: string) => new Date(timestamp).toISOString();

/** Which status each status may move to. */
const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['scheduled', 'published'],
  scheduled: ['draft', 'scheduled', 'published'],
  published: ['published', 'archived', 'draft'],
  archived: ['published', 'draft'],
};

function workflowEvent(from: ArticleStatus, to: ArticleStatus): EventType {
  if (from === to && to !== 'scheduled') return 'article.updated';
  if (to === 'draft') return 'article.unpublished';
  return `article.${to}`;
}

/** Moves an article through the workflow; a move to where it already is changes nothing. */
export async function changeStatus(db: Db, current: ArticleRow, change: StatusChange, actor: Actor, now = new Date()) {
  const { status } = change;
  const problems = [];
  if (status === 'scheduled' && change.publishAt === undefined) {
    problems.push({ location: 'body' as const, name: 'publishAt', detail: 'is required to schedule an article' });
  }
  if (change.publishAt !== undefined && status !== 'scheduled') {
    problems.push({ location: 'body' as const, name: 'publishAt', detail: 'is only for status `scheduled`' });
  }
  if (change.publishAt !== undefined && Date.parse(change.publishAt) <= now.getTime()) {
    problems.push({ location: 'body' as const, name: 'publishAt', detail: 'must be in the future' });
  }
  if (change.publishedAt !== undefined && Date.parse(change.publishedAt) > now.getTime()) {
    problems.push({
      location: 'body' as const,
      name: 'publishedAt',
      detail: 'is in the future: schedule the article (status `scheduled` with `publishAt`) instead',
    });
  }
  if (change.publishedAt !== undefined && status !== 'published') {
    problems.push({ location: 'body' as const, name: 'publishedAt', detail: 'is only for status `published`' });
  }
  if (problems.length > 0) throw new UnprocessableError(problems);
  const redated = status === 'published' && change.publishedAt !== undefined;
  if (status === current.status && status !== 'scheduled' && !redated) return;
  if (!TRANSITIONS[current.status].includes(status)) {
    throw new ConflictError(
      'invalid-transition',
      `A ${current.status} article cannot become ${status}; from ${current.status} it can become ${TRANSITIONS[current.status].join(' or ')}.`,
      [{ location: 'body', name: 'status', detail: `cannot go from ${current.status} to ${status}` }],
    );
  }
  await inTransaction(db, async (db) => {
    const { articles } = db.tables;
    await db
      .update(articles)
      .set({
        status,
        // Stored in UTC, like every timestamp: they compare as text.
        publishAt: status === 'scheduled' && change.publishAt ? utc(change.publishAt) : null,
        publishedAt:
          status === 'published'
            ? change.publishedAt
              ? utc(change.publishedAt)
              : // An archived article, or one given a date at ingest, keeps its date.
                (current.publishedAt ?? now.toISOString())
            : current.publishedAt,
        updatedAt: nextVersion(current.updatedAt),
      })
      .where(eq(articles.id, current.id));
    await recordRevision(db, current.id, `status:${status}`, actor);
    await enqueueEvent(db, workflowEvent(current.status, status), () => editorView(db, current.id));
  });
}

/** Publishes every scheduled article whose time has come; returns how many. */
export async function publishDue(db: Db, now = new Date()): Promise<number> {
  const { articles } = db.tables;
  const due = await db
    .select()
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), lte(articles.publishAt, now.toISOString())));
  for (const row of due) {
    await inTransaction(db, async (db) => {
      const { articles } = db.tables;
      // Only if it is still as read: another process may have rescheduled or unscheduled it since.
      const result = await db
        .update(articles)
        .set({
          status: 'published',
          publishedAt: row.publishAt,
          publishAt: null,
          updatedAt: nextVersion(row.updatedAt),
        })
        .where(and(eq(articles.id, row.id), eq(articles.status, 'scheduled'), eq(articles.updatedAt, row.updatedAt)));
      if (changedRows(result) === 0) return;
      await recordRevision(db, row.id, 'status:published', { id: 'scheduler', name: 'scheduler' });
      await enqueueEvent(db, 'article.published', () => editorView(db, row.id));
    });
  }
  return due.length;
}

/** When the next scheduled article is due, if any is. */
export async function nextPublishAt(db: Db): Promise<string | undefined> {
  const { articles } = db.tables;
  const next = await first(
    db
      .select({ publishAt: articles.publishAt })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), isNotNull(articles.publishAt)))
      .orderBy(asc(articles.publishAt))
      .limit(1),
  );
  return next?.publishAt ?? undefined;
}

/** Deletes an article with its quotes and mentions (they are part of it); revisions stay, for the record. */
export async function deleteArticle(db: Db, current: ArticleRow) {
  await inTransaction(db, async (db) => {
    const { articles, quotes, slugRedirects } = db.tables;
    const quoteIds = await db.select({ id: quotes.id }).from(quotes).where(eq(quotes.articleId, current.id));
    await db.delete(articles).where(eq(articles.id, current.id));
    await db.delete(slugRedirects).where(eq(slugRedirects.resourceId, current.id));
    await enqueueEvent(db, 'article.deleted', {
      id: current.id,
      slug: current.slug,
      quoteIds: quoteIds.map((q) => q.id),
    });
  });
}

import Database from 'better-sqlite3';
import Fastify from 'fastify';

/**
 * The naive database-backed twin: plain Fastify, one prepared better-sqlite3 statement per query
 * type, `JSON.stringify` of the rows, no delivery features. It answers the same URLs as the API for
 * the query types `npm run bench` compares it on, with the same rows and fields (slugs resolved in
 * the statement, JSON columns parsed, quote speakers hidden as the API hides them), so a ratio of
 * the two measures what Dateline's own work costs on top of reading the rows.
 * Usage: tsx bench/naive-server.ts <database> (prints its address).
 */
const db = new Database(process.argv[2] ?? '', { readonly: true });

const SUMMARY = `a.id, a.slug, a.headline, a.headline_editorial AS headlineEditorial, a.standfirst, a.credit,
  a.source, a.language, a.status, a.published_at AS publishedAt, a.published_at_source AS publishedAtSource,
  a.word_count AS wordCount, a.publish_at AS publishAt, a.created_at AS createdAt, a.updated_at AS updatedAt`;
// The limit is bound, as the API binds it: given a literal LIMIT, SQLite's planner chose a sort over the
// index that reads quotes in order (1.4 s for a page of quotes by kind and channel at 100k articles).
const NEWEST = 'ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT @limit';
const LIMIT = 21;
const idOf = (table: string) => `(SELECT id FROM ${table} WHERE slug = @slug)`;

const statements = {
  article: db.prepare(
    `SELECT ${SUMMARY}, a.body, a.plain_text AS plainText FROM articles a
     WHERE a.id = ? AND a.status IN ('published', 'archived')`,
  ),
  articles: db.prepare(`SELECT ${SUMMARY} FROM articles a WHERE a.status = 'published' ${NEWEST}`),
  byPerson: db.prepare(
    `SELECT ${SUMMARY} FROM articles a WHERE a.status = 'published'
     AND (a.id IN (SELECT article_id FROM mentions WHERE person_id = ${idOf('people')})
       OR a.id IN (SELECT article_id FROM quotes WHERE speaker_person_id = ${idOf('people')})) ${NEWEST}`,
  ),
  byOrganisation: db.prepare(
    `SELECT ${SUMMARY} FROM articles a WHERE a.status = 'published'
     AND (a.id IN (SELECT article_id FROM mentions WHERE organisation_id = ${idOf('organisations')})
       OR a.id IN (SELECT article_id FROM quotes WHERE speaker_organisation_id = ${idOf('organisations')})) ${NEWEST}`,
  ),
  byPlace: db.prepare(
    `SELECT ${SUMMARY} FROM article_places p JOIN articles a ON a.id = p.article_id
     WHERE p.place_id = ${idOf('places')} AND p.status = 'published'
     ORDER BY p.published_at DESC NULLS LAST, p.article_id DESC LIMIT @limit`,
  ),
  byDates: db.prepare(
    `SELECT ${SUMMARY} FROM articles a WHERE a.status = 'published'
     AND a.published_at >= @from AND a.published_at < @to ${NEWEST}`,
  ),
  byLanguage: db.prepare(
    `SELECT ${SUMMARY} FROM articles a WHERE a.status = 'published' AND a.language = @language ${NEWEST}`,
  ),
};

// A speaker the public may not see (an unconfirmed suggestion) reads as no speaker, as in the API;
// looked up for the page's rows only, once the page is read.
const QUOTE = `q.id, q.article_id AS articleId,
  CASE WHEN sp IS NOT NULL THEN 'person' WHEN so IS NOT NULL THEN 'organisation' END AS speakerType,
  coalesce(sp, so) AS speakerId, q.text, q.kind, q.channel, q.start_offset AS start, q.end_offset AS "end",
  CASE WHEN coalesce(sp, so) IS NOT NULL THEN q.speaker_mention_start END AS mentionStart,
  CASE WHEN coalesce(sp, so) IS NOT NULL THEN q.speaker_mention_end END AS mentionEnd,
  q.said_at AS saidAt, q.said_at_source AS saidAtSource, q.created_at AS createdAt, q.updated_at AS updatedAt`;
const quotePage = (where: string) => `SELECT ${QUOTE} FROM (
    SELECT q.*,
      (SELECT id FROM people WHERE id = q.speaker_person_id AND suggested = 0) AS sp,
      (SELECT id FROM organisations WHERE id = q.speaker_organisation_id AND suggested = 0) AS so
    FROM (SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.status = 'published' AND ${where}
          ORDER BY a.published_at DESC NULLS LAST, q.article_id DESC, q.start_offset, q.id LIMIT @limit) q) q`;
const quoteStatements = {
  bySpeaker: db.prepare(
    quotePage('q.speaker_person_id = (SELECT id FROM people WHERE slug = @slug AND suggested = 0)'),
  ),
  byKindAndChannel: db.prepare(quotePage('q.kind = @kind AND q.channel = @channel')),
};

type Row = Record<string, unknown>;

/** `to=2025-01-31` means through that day. */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** What the API does to a row beyond renaming columns: booleans, and the speaker mention as an object. */
function article(row: Row): Row {
  row.headlineEditorial = row.headlineEditorial === 1;
  return row;
}
function quote(row: Row): Row {
  const { mentionStart, mentionEnd, ...rest } = row;
  return { ...rest, speakerMention: mentionStart === null ? null : { start: mentionStart, end: mentionEnd } };
}
function list(rows: Row[], map: (row: Row) => Row) {
  return JSON.stringify({ data: rows.slice(0, 20).map(map), meta: { limit: 20, count: Math.min(rows.length, 20) } });
}

const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/articles/:id', async (request, reply) => {
  const row = statements.article.get(request.params.id) as Row | undefined;
  if (!row) return reply.code(404).send({ error: 'not found' });
  // Each block located in the plain text, as the API shows it.
  let start = 0;
  row.body = (JSON.parse(row.body as string) as { text: string }[]).map((block) => {
    const positioned = { ...block, start, end: start + block.text.length };
    start = positioned.end + 2;
    return positioned;
  });
  return reply.type('application/json').send(JSON.stringify({ data: article(row) }));
});
app.get<{ Querystring: Record<string, string> }>('/articles', async (request, reply) => {
  const q = request.query;
  const rows = (
    q.person
      ? statements.byPerson.all({ slug: q.person, limit: LIMIT })
      : q.organisation
        ? statements.byOrganisation.all({ slug: q.organisation, limit: LIMIT })
        : q.place
          ? statements.byPlace.all({ slug: q.place, limit: LIMIT })
          : q.from && q.to
            ? statements.byDates.all({ from: `${q.from}T00:00:00.000Z`, to: dayAfter(q.to), limit: LIMIT })
            : q.language
              ? statements.byLanguage.all({ language: q.language, limit: LIMIT })
              : statements.articles.all({ limit: LIMIT })
  ) as Row[];
  return reply.type('application/json').send(list(rows, article));
});
app.get<{ Querystring: Record<string, string> }>('/quotes', async (request, reply) => {
  const q = request.query;
  const rows = (
    q.speaker
      ? quoteStatements.bySpeaker.all({ slug: q.speaker, limit: LIMIT })
      : quoteStatements.byKindAndChannel.all({ kind: q.kind, channel: q.channel, limit: LIMIT })
  ) as Row[];
  return reply.type('application/json').send(list(rows, quote));
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(address);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));

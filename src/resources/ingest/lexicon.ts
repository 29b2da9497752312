import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { rows } from '../../core/db/queries.ts';
import { extractArticle, type ExtractionResult, type Lexicon } from '../../ingest/index.ts';

/**
 * What the extraction engine knows before it reads: the newsroom's people, organisations and
 * places. Kept apart from the ingest writes so that an extraction worker can read it over its own
 * connection without loading the write path.
 */

/**
 * The order rows were created in, which the engine's ties follow ("the last place of a name wins"):
 * SQLite's rowid (the order it reads the table in anyway), the `rid` of the search index on
 * PostgreSQL, whose heap order changes as rows are updated.
 */
function creationOrder(db: Db, table: 'people' | 'places' | 'organisations'): SQL {
  if (!dialectOf(db)) return sql`rowid`;
  return sql`(SELECT f.rid FROM ${sql.identifier(`${table}_fts`)} f WHERE f.id = ${sql.identifier(table)}.id)`;
}

export async function lexiconOf(db: Db): Promise<Lexicon> {
  const { organisations, people, personRoles, places } = db.tables;
  const titles = new Map<string, string[]>();
  const roles = await db
    .select({ personId: personRoles.personId, title: personRoles.title })
    .from(personRoles)
    .orderBy(personRoles.id);
  for (const role of roles) titles.set(role.personId, [...(titles.get(role.personId) ?? []), role.title]);
  const named = await db
    .select({ id: people.id, name: people.name, aliases: people.aliases })
    .from(people)
    .orderBy(creationOrder(db, 'people'));
  return {
    people: named.map((person) => ({ ...person, titles: titles.get(person.id) ?? [] })),
    organisations: await db
      .select({ id: organisations.id, name: organisations.name, aliases: organisations.aliases })
      .from(organisations)
      .orderBy(creationOrder(db, 'organisations')),
    places: await db
      .select({
        id: places.id,
        name: places.name,
        aliases: places.aliases,
        kind: places.kind,
        parentId: places.parentId,
      })
      .from(places)
      .orderBy(creationOrder(db, 'places')),
  };
}

/**
 * What the lexicon's tables hold, in a few index lookups: every write to an entity moves its
 * `updated_at` forward, a delete changes a count, and roles are counted on their own. The same SQL
 * on both stores (counts cast: PostgreSQL's are bigints).
 */
const LEXICON_STAMP = sql`SELECT concat_ws(' ',
  (SELECT max(updated_at) FROM people), (SELECT CAST(count(*) AS integer) FROM people),
  (SELECT max(updated_at) FROM places), (SELECT CAST(count(*) AS integer) FROM places),
  (SELECT max(updated_at) FROM organisations), (SELECT CAST(count(*) AS integer) FROM organisations),
  (SELECT max(id) FROM person_roles), (SELECT CAST(count(*) AS integer) FROM person_roles)) AS stamp`;

/** A lexicon read once, and the state of the tables it was read from. */
export interface LexiconCache {
  cached?: { stamp: string; lexicon: Lexicon };
}

/**
 * The newsroom's lexicon, read again only when its tables changed: reading a few thousand names
 * cost more than extracting a short text. A lexicon a moment stale is harmless: the writing checks
 * every entity it links to (repository.ts).
 */
export async function currentLexicon(db: Db, cache: LexiconCache): Promise<Lexicon> {
  const [row] = await rows<{ stamp: string }>(db, LEXICON_STAMP);
  const stamp = row?.stamp ?? '';
  if (cache.cached?.stamp !== stamp) cache.cached = { stamp, lexicon: await lexiconOf(db) };
  return cache.cached.lexicon;
}

/** Lower-cased place name → id, for the places the extraction's suggestions say they are in. */
export type KnownParents = Record<string, string>;

/** The known places named as parents of suggested places ("a village in the Donetsk region"). */
export function knownParents(extraction: ExtractionResult, lexicon: Lexicon): KnownParents {
  const hints = new Set(extraction.suggestions.flatMap((s) => (s.parentHint ? [s.parentHint.toLowerCase()] : [])));
  const known: KnownParents = {};
  // The last place of a name wins, as it did when the whole lexicon was at hand.
  for (const place of lexicon.places) {
    const name = place.name.toLowerCase();
    if (hints.has(name)) known[name] = place.id;
  }
  return known;
}

/** What extraction hands to the writing (repositories/ingest.ts): the result, and the known places its suggestions are in. */
export interface Extracted {
  extraction: ExtractionResult;
  knownParents: KnownParents;
}

/** Extracts quotes, speakers and mentions from `text`, linking names to `lexicon`. */
export function extractWith(text: string, lexicon: Lexicon): Extracted {
  const extraction = extractArticle(text, lexicon);
  return { extraction, knownParents: knownParents(extraction, lexicon) };
}

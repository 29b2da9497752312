import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { dialectOf } from './dialect.ts';
import { rows } from './queries.ts';
import { ID_PREFIXES } from '../../lib/ids.ts';
import { articles, organisations, people, places, quotes, type ArticleStatus } from './schema.ts';
import type { Organisation } from '../../resources/organisations/schema.ts';
import type { Person } from '../../resources/people/schema.ts';
import type { Place } from '../../resources/places/schema.ts';
import type { Quote } from '../../resources/quotes/schema.ts';
import type { MentionRecord } from '../../resources/articles/mentions.ts';

/**
 * What the public may see: the one rule every read applies.
 *
 * - An article is public when it is published or archived; a quote when its article is.
 * - A person, place or organisation is public once an editor has confirmed it: what ingest
 *   proposed (`suggested`) stays hidden, since its name may come from embargoed copy.
 * - A reference to an entity (a mention, a quote's speaker, a role's organisation or country, a
 *   place's parent, an organisation's country) shows only when the entity is public; otherwise it
 *   reads as absent: left out of lists, null in fields.
 *
 * Editors (any key with `read:drafts`) see everything. The same rule in SQL is the views of
 * migration 0017, named as here (`publicArticles` is `public_articles` …), which triggers and
 * hand-written statements read; tests/core/db/visibility.test.ts checks that the two agree.
 */
export type Audience = 'public' | 'editors';

export const PUBLIC_STATUSES = ['published', 'archived'] as const satisfies readonly ArticleStatus[];

export const publicArticles: SQL = inArray(articles.status, [...PUBLIC_STATUSES]);
/** Correlated on the quote's article: a lookup by primary key per quote. */
export const publicQuotes: SQL = sql`EXISTS (SELECT 1 FROM ${articles} WHERE ${articles.id} = ${quotes.articleId} AND ${publicArticles})`;
export const publicPeople: SQL = eq(people.suggested, false);
export const publicPlaces: SQL = eq(places.suggested, false);
export const publicOrganisations: SQL = eq(organisations.suggested, false);

/** The same rule by resource type, for code that handles several. */
export const PUBLIC_ROWS = {
  article: publicArticles,
  quote: publicQuotes,
  person: publicPeople,
  place: publicPlaces,
  organisation: publicOrganisations,
} as const;

/** The rows `audience` may see of a type: a condition for the public, none for editors. */
export function visibleTo(audience: Audience, type: keyof typeof PUBLIC_ROWS): SQL | undefined {
  return audience === 'public' ? PUBLIC_ROWS[type] : undefined;
}

/**
 * Of these entity ids, those the public may not see, in one statement for a whole page of
 * references. Each id is looked up in the view of its own type (ids say what they point at), by
 * primary key: the planner cannot turn a long list into a scan of a small table. The ids arrive as
 * one JSON array, unpacked by each store's own table function. PostgreSQL guesses a hundred ids and
 * would hash every public place instead (5,000 rows, 5–13 ms for a page); `OFFSET 0` keeps each
 * EXISTS a lookup by key (under 1 ms), as SQLite's is already.
 */
function hiddenAmong(db: Db, ids: string[]): SQL {
  const json = JSON.stringify(ids);
  const postgres = dialectOf(db) !== undefined;
  const wanted = postgres
    ? sql`json_array_elements_text(${json}::json) AS wanted(value)`
    : sql`json_each(${json}) AS wanted`;
  return sql`SELECT value FROM ${wanted} WHERE NOT ${sql.raw(isPublicEntity('value', postgres))}`;
}

/**
 * Whether the entity the id in `id` (an SQL expression) names is public, as SQL text: a lookup by
 * key in the view of its own type, ids saying what they point at. The prefixes are constants.
 */
function isPublicEntity(id: string, postgres: boolean): string {
  const byKey = postgres ? ' OFFSET 0' : '';
  const view = (prefix: string, name: string) =>
    `WHEN '${prefix}_' THEN EXISTS (SELECT 1 FROM ${name} v WHERE v.id = ${id}${byKey})`;
  return `CASE substr(${id}, 1, 4) ${view(ID_PREFIXES.person, 'public_people')} ${view(ID_PREFIXES.place, 'public_places')}
    ${view(ID_PREFIXES.organisation, 'public_organisations')} ELSE false END`;
}

/**
 * The reference in `column` (SQL text) when it points at something the public may not see, else
 * NULL: a column for a page's own statement (prepared-select.ts), so that a list learns what to hide
 * without a statement of its own, on PostgreSQL a round trip. The show functions below take the result.
 */
export function hiddenReference(db: Db, column: string): string {
  return `CASE WHEN ${column} IS NOT NULL AND NOT ${isPublicEntity(column, dialectOf(db) !== undefined)} THEN ${column} END`;
}

/** Among `ids`, those hidden from the public: `known` when the page's statement said (hiddenReference), else looked up. */
async function hiddenEntities(db: Db, ids: Iterable<string | null>, known?: Set<string>): Promise<Set<string>> {
  if (known) return known;
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Set();
  const found = await rows<{ value: string }>(db, hiddenAmong(db, wanted));
  return new Set(found.map((row) => row.value));
}

/** A reference as the public sees it: null when it points at something hidden. */
const shown = (id: string | null, hidden: Set<string>) => (id !== null && hidden.has(id) ? null : id);

/*
 * What an audience sees of loaded entities, quotes and mentions. Repositories pass what they read
 * through these before it leaves them; for editors they change nothing. `known`, where taken, is
 * what the statement that read them found hidden among their references (hiddenReference).
 */

export async function showPeople(db: Db, audience: Audience, list: Person[], known?: Set<string>): Promise<Person[]> {
  if (audience === 'editors') return list;
  const visible = list.filter((person) => !person.suggested);
  const hidden = await hiddenEntities(
    db,
    visible.flatMap((person) => person.roles.flatMap((role) => [role.organisationId, role.countryId])),
    known,
  );
  if (hidden.size === 0) return visible;
  return visible.map((person) => ({
    ...person,
    roles: person.roles.map((role) => ({
      ...role,
      organisationId: shown(role.organisationId, hidden),
      countryId: shown(role.countryId, hidden),
    })),
  }));
}

export async function showPlaces<P extends Place>(
  db: Db,
  audience: Audience,
  list: P[],
  known?: Set<string>,
): Promise<P[]> {
  if (audience === 'editors') return list;
  const visible = list.filter((place) => !place.suggested);
  const hidden = await hiddenEntities(
    db,
    visible.map((place) => place.parentId),
    known,
  );
  if (hidden.size === 0) return visible;
  return visible.map((place) => ({ ...place, parentId: shown(place.parentId, hidden) }));
}

export async function showOrganisations(
  db: Db,
  audience: Audience,
  list: Organisation[],
  known?: Set<string>,
): Promise<Organisation[]> {
  if (audience === 'editors') return list;
  const visible = list.filter((organisation) => !organisation.suggested);
  const hidden = await hiddenEntities(
    db,
    visible.map((organisation) => organisation.countryId),
    known,
  );
  if (hidden.size === 0) return visible;
  return visible.map((organisation) => ({ ...organisation, countryId: shown(organisation.countryId, hidden) }));
}

/** A quote whose speaker is hidden reads as unattributed: no speaker, and no words pointing at one. */
export async function showQuotes(db: Db, audience: Audience, list: Quote[], known?: Set<string>): Promise<Quote[]> {
  if (audience === 'editors') return list;
  const hidden = await hiddenEntities(
    db,
    list.map((quote) => quote.speakerId),
    known,
  );
  if (hidden.size === 0) return list;
  return list.map((quote) =>
    quote.speakerId !== null && hidden.has(quote.speakerId)
      ? { ...quote, speakerType: null, speakerId: null, speakerMention: null }
      : quote,
  );
}

export async function showMentions(db: Db, audience: Audience, list: MentionRecord[]): Promise<MentionRecord[]> {
  if (audience === 'editors') return list;
  const hidden = await hiddenEntities(
    db,
    list.map((mention) => mention.entityId),
  );
  return hidden.size === 0 ? list : list.filter((mention) => !hidden.has(mention.entityId));
}

/** For `hasSpeaker`: the quote has a speaker the audience may see. */
export function hasVisibleSpeaker(audience: Audience): SQL {
  if (audience === 'editors') {
    return sql`(${quotes.speakerPersonId} IS NOT NULL OR ${quotes.speakerOrganisationId} IS NOT NULL)`;
  }
  return sql`(EXISTS (SELECT 1 FROM ${people} WHERE ${people.id} = ${quotes.speakerPersonId} AND ${publicPeople})
    OR EXISTS (SELECT 1 FROM ${organisations} WHERE ${organisations.id} = ${quotes.speakerOrganisationId} AND ${publicOrganisations}))`;
}

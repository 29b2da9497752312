import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { people, personRoles } from '../db/schema.ts';
import type { Person } from '../schemas/people.ts';
import { byIdOrSlug } from './lookup.ts';
import { cursorCondition, orderByKeys, toPage, type Page, type PageRequest, type SortKey } from './pagination.ts';

type PersonRow = typeof people.$inferSelect;

const NAME_ORDER: SortKey[] = [
  { column: people.name, direction: 'asc' },
  { column: people.id, direction: 'asc' },
];

/** Attaches roles to people with one query for the whole batch. */
function withRoles(db: Db, rows: PersonRow[]): Person[] {
  if (rows.length === 0) return [];
  const roles = db
    .select()
    .from(personRoles)
    .where(
      inArray(
        personRoles.personId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(personRoles.personId), asc(personRoles.id))
    .all();
  return rows.map((row) => ({
    ...row,
    roles: roles
      .filter((role) => role.personId === row.id)
      .map(({ title, organisationId, countryId, startedOn, endedOn, source }) => ({
        title,
        organisationId,
        countryId,
        startedOn,
        endedOn,
        source,
      })),
  }));
}

export function listPeople(db: Db, request: PageRequest): Page<Person> {
  const rows = db
    .select()
    .from(people)
    .where(cursorCondition(NAME_ORDER, request))
    .orderBy(...orderByKeys(NAME_ORDER))
    .limit(request.limit + 1)
    .all();
  const page = toPage(
    rows,
    request,
    (row) => [row.name, row.id],
    (row) => row,
  );
  return { items: withRoles(db, page.items), nextCursor: page.nextCursor };
}

export function findPerson(db: Db, idOrSlug: string): Person | undefined {
  const row = db.select().from(people).where(byIdOrSlug(people, idOrSlug)).get();
  return row && withRoles(db, [row])[0];
}

export function peopleByIds(db: Db, ids: string[]): Person[] {
  if (ids.length === 0) return [];
  return withRoles(db, db.select().from(people).where(inArray(people.id, ids)).all());
}

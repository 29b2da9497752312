import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { people, personRoles } from '../db/schema.ts';
import type { Person } from '../schemas/people.ts';
import { byIdOrSlug, pageByName } from './lookup.ts';
import type { Page, PageRequest } from './pagination.ts';

type PersonRow = typeof people.$inferSelect;

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
  const page = pageByName(db, people, request);
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

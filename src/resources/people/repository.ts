import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { organisations, people, personRoles, places } from '../../core/db/schema.ts';
import type { PersonInput } from '../inputs.ts';
import { resolveReference, type EntityStore } from '../entity/store.ts';
import type { Person } from './schema.ts';
import { inList } from '../../core/db/filters.ts';
import { byIdOrSlug, countEntities, pageOfEntities, suggestedIs } from '../../core/db/lookup.ts';
import type { Page, PageRequest } from '../../core/db/pagination.ts';
import { matchesSearch } from '../search/terms.ts';
import { showPeople, type Audience } from '../../core/db/visibility.ts';

type PersonRow = typeof people.$inferSelect;

export interface PersonFilters {
  /** Who is reading: the public sees no reference to a hidden organisation or country. */
  audience: Audience;
  suggested?: boolean | undefined;
  /** Role titles, matched whole and case-insensitively ("president" finds "President"). */
  role?: string[] | undefined;
  organisation?: string[] | undefined;
  nationality?: string[] | undefined;
  /** Name or alias; plain words match as prefixes, for autocomplete. */
  q?: string | undefined;
}

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

const withRole = (condition: SQL) =>
  sql`${people.id} IN (SELECT ${personRoles.personId} FROM ${personRoles} WHERE ${condition})`;

function personConditions(db: Db, filters: PersonFilters): SQL | undefined {
  return and(
    suggestedIs(people, filters.suggested),
    filters.role?.length
      ? withRole(sql`lower(${personRoles.title}) IN ${inList(filters.role.map((role) => role.toLowerCase()))}`)
      : undefined,
    filters.organisation?.length
      ? withRole(sql`${personRoles.organisationId} IN ${inList(filters.organisation)}`)
      : undefined,
    filters.nationality?.length ? inArray(people.nationality, filters.nationality) : undefined,
    filters.q === undefined ? undefined : matchesSearch(db, 'people', filters.q, { prefix: true }),
  );
}

export function listPeople(db: Db, request: PageRequest, filters: PersonFilters, sort = 'name'): Page<Person> {
  const page = pageOfEntities(db, people, request, personConditions(db, filters), sort);
  return { ...page, items: showPeople(db, filters.audience, withRoles(db, page.items)) };
}

export function countPeople(db: Db, filters: PersonFilters): number {
  return countEntities(db, people, personConditions(db, filters));
}

export function findPerson(db: Db, idOrSlug: string, audience: Audience): Person | undefined {
  const row = db.select().from(people).where(byIdOrSlug(people, idOrSlug)).get();
  return row && showPeople(db, audience, withRoles(db, [row]))[0];
}

export function peopleByIds(db: Db, ids: string[], audience: Audience): Person[] {
  if (ids.length === 0) return [];
  return showPeople(db, audience, withRoles(db, db.select().from(people).where(inArray(people.id, ids)).all()));
}

/** Replaces a person's roles with `roles`. */
function replaceRoles(db: Db, personId: string, roles: Omit<typeof personRoles.$inferInsert, 'personId'>[]) {
  db.delete(personRoles).where(eq(personRoles.personId, personId)).run();
  for (const role of roles)
    db.insert(personRoles)
      .values({ ...role, personId })
      .run();
}

/** How people are written: their columns, and their roles (each organisation and country checked). */
export const personStore: EntityStore<typeof people, PersonInput, Person> = {
  type: 'person',
  table: people,
  find: findPerson,
  toRow: (db, input, _selfId, problems) => {
    const roles = (input.roles ?? []).map((role, i) => ({
      title: role.title,
      organisationId: resolveReference(
        db,
        organisations,
        role.organisationId,
        `roles.${i}.organisationId`,
        'organisation',
        problems,
      ),
      countryId: resolveReference(db, places, role.countryId, `roles.${i}.countryId`, 'place', problems),
      startedOn: role.startedOn ?? null,
      endedOn: role.endedOn ?? null,
      source: role.source ?? null,
    }));
    return {
      row: (base) => ({
        ...base,
        nationality: input.nationality ?? null,
        nationalitySource: input.nationalitySource ?? null,
      }),
      afterWrite: (db, id) => replaceRoles(db, id, roles),
    };
  },
  common: (input) => input,
  asInput: ({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, organisations: _o, places: _p, ...input }) =>
    input,
};

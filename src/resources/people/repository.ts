import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { mentions, organisations, people, personRoles, places, quotes } from '../../core/db/schema.ts';
import type { PersonInput } from '../inputs.ts';
import { mentionsOf, quotesSpoken } from '../entity/references.ts';
import { resolveReference, type EntityStore } from '../entity/store.ts';
import type { Person } from './schema.ts';
import { inList } from '../../core/db/filters.ts';
import { entityReader, type EntityFilters } from '../entity/reader.ts';
import { hiddenReference, showPeople, type Audience } from '../../core/db/visibility.ts';
import { jsonArray } from '../../core/db/prepared-select.ts';

/** The public sees no reference to a hidden organisation or country (visibility.ts). */
export interface PersonFilters extends EntityFilters {
  /** Role titles, matched whole and case-insensitively ("president" finds "President"). */
  role?: string[] | undefined;
  organisation?: string[] | undefined;
  nationality?: string[] | undefined;
}

/** A role as a person's row is read with it (rolesOf()): for the public, with its hidden references. */
type AttachedRole = Person['roles'][number] & { hiddenOrganisation: string | null; hiddenCountry: string | null };
type PersonRow = typeof people.$inferSelect;
type PersonWithRoles = PersonRow & { roles: AttachedRole[] };

/**
 * A person's roles, read by the statement that reads the person (one fewer round trip for a page of
 * people on PostgreSQL); for the public, each says whether its organisation or country is hidden
 * (hiddenReference), so showPeople need not ask.
 */
function rolesOf(db: Db, audience: Audience): Record<string, string> {
  const hiddenIn = (column: string) => (audience === 'public' ? hiddenReference(db, column) : 'NULL');
  const roles = jsonArray(
    db,
    {
      title: 'r.title',
      organisationId: 'r.organisation_id',
      countryId: 'r.country_id',
      startedOn: 'r.started_on',
      endedOn: 'r.ended_on',
      source: 'r.source',
      hiddenOrganisation: hiddenIn('r.organisation_id'),
      hiddenCountry: hiddenIn('r.country_id'),
    },
    `person_roles r where r.person_id = "people"."id"`,
    'r.id',
  );
  return { roles };
}

/** People as they are shown, from their rows; for the public, with which references their roles hide. */
function withRoles(rows: PersonWithRoles[], audience: Audience): { people: Person[]; hidden: Set<string> | undefined } {
  const hidden = new Set<string>();
  const people = rows.map(({ roles, ...row }) => ({
    ...row,
    roles: roles.map(({ hiddenOrganisation, hiddenCountry, ...role }) => {
      if (hiddenOrganisation !== null) hidden.add(hiddenOrganisation);
      if (hiddenCountry !== null) hidden.add(hiddenCountry);
      return role;
    }),
  }));
  return { people, hidden: audience === 'public' ? hidden : undefined };
}

const withRole = (condition: SQL) =>
  sql`${people.id} IN (SELECT ${personRoles.personId} FROM ${personRoles} WHERE ${condition})`;

function personConditions(_db: Db, filters: PersonFilters): SQL | undefined {
  return and(
    filters.role?.length
      ? withRole(sql`lower(${personRoles.title}) IN ${inList(filters.role.map((role) => role.toLowerCase()))}`)
      : undefined,
    filters.organisation?.length
      ? withRole(sql`${personRoles.organisationId} IN ${inList(filters.organisation)}`)
      : undefined,
    filters.nationality?.length ? inArray(people.nationality, filters.nationality) : undefined,
  );
}

const reader = entityReader({
  table: people,
  rows: (db) => db.select().from(db.tables.people),
  search: 'people',
  attached: rolesOf,
  show: async (db, audience, rows) => {
    // The reader reads every row it shows with what `attached` adds (lookup.ts's entitiesWhere, pageOfEntities).
    const { people: list, hidden } = withRoles(rows as PersonWithRoles[], audience);
    return showPeople(db, audience, list, hidden);
  },
  where: personConditions,
});
export const peopleByIds = reader.byIds;

/** Replaces a person's roles with `roles`. */
async function replaceRoles(db: Db, personId: string, roles: Omit<typeof personRoles.$inferInsert, 'personId'>[]) {
  const { personRoles } = db.tables;
  await db.delete(personRoles).where(eq(personRoles.personId, personId));
  for (const role of roles) await db.insert(personRoles).values({ ...role, personId });
}

type RoleRow = typeof personRoles.$inferSelect;
const ROLE_DETAILS = ['organisationId', 'countryId', 'startedOn', 'endedOn', 'source'] as const;

/** Two records of one role: the same title, and no organisation or country that differs (one may lack it). */
function sameRole(a: RoleRow, b: RoleRow): boolean {
  const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;
  return (
    a.title.toLocaleLowerCase() === b.title.toLocaleLowerCase() &&
    agree(a.organisationId, b.organisationId) &&
    agree(a.countryId, b.countryId)
  );
}

/**
 * A person's roles: the duplicate's move to the target, except those the target already holds,
 * which only fill in what the target's record of the role lacks (its organisation, dates …).
 */
async function movePersonRoles(db: Db, fromId: string, toId: string): Promise<number> {
  const { personRoles } = db.tables;
  const held = await db.select().from(personRoles).where(eq(personRoles.personId, toId));
  let moved = 0;
  for (const role of await db.select().from(personRoles).where(eq(personRoles.personId, fromId))) {
    const twin = held.find((other) => sameRole(role, other));
    if (!twin) {
      await db.update(personRoles).set({ personId: toId }).where(eq(personRoles.id, role.id));
      moved++;
      continue;
    }
    const missing = Object.fromEntries(
      ROLE_DETAILS.filter((key) => twin[key] === null && role[key] !== null).map((key) => [key, role[key]]),
    );
    if (Object.keys(missing).length > 0) {
      await db.update(personRoles).set(missing).where(eq(personRoles.id, twin.id));
    }
  }
  // What is left are the target's roles again; they go with the duplicate (cascade).
  return moved;
}

/** How people are written: their columns, and their roles (each organisation and country checked). */
export const personStore = {
  type: 'person',
  ...reader,
  toRow: async (db, input, _selfId, problems) => {
    const roles: Omit<typeof personRoles.$inferInsert, 'personId'>[] = [];
    // One after the other: problems are listed in the order of the body.
    for (const [i, role] of (input.roles ?? []).entries()) {
      roles.push({
        title: role.title,
        organisationId: await resolveReference(
          db,
          organisations,
          role.organisationId,
          `roles.${i}.organisationId`,
          'organisation',
          problems,
        ),
        countryId: await resolveReference(db, places, role.countryId, `roles.${i}.countryId`, 'place', problems),
        startedOn: role.startedOn ?? null,
        endedOn: role.endedOn ?? null,
        source: role.source ?? null,
      });
    }
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
  references: [
    quotesSpoken(quotes.speakerPersonId, (id) => ({ speakerPersonId: id })),
    mentionsOf(mentions.personId, (id) => ({ personId: id })),
  ],
  merge: {
    fill: async (_db, target, duplicate) =>
      target.nationality === null && duplicate.nationality !== null
        ? { nationality: duplicate.nationality, nationalitySource: duplicate.nationalitySource }
        : {},
    moveOwn: { counter: 'roles', move: movePersonRoles },
  },
} satisfies EntityStore<typeof people, PersonInput, Person, PersonRow>;

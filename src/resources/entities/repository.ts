import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { mentions, organisations, people, personRoles, places, quotes } from '../../core/db/schema.ts';
import { ConflictError, UnprocessableError, type InvalidParameter } from '../../core/http/errors.ts';
import { nextVersion, nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { OrganisationInput, PersonInput, PlaceInput } from '../inputs.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { enqueueEvent } from '../webhooks/outbox.ts';
import { findPerson } from '../people/repository.ts';
import { findPlace, placeAndDescendantIds } from '../places/repository.ts';
import { chooseSlug, retireSlug } from '../../core/db/slugs.ts';
import { inTransaction } from '../../core/db/transaction.ts';

/**
 * Creating, changing and deleting people, places and organisations: one mechanism for the three,
 * with each type's own columns and checks.
 */

export type EntityType = 'person' | 'place' | 'organisation';
type EntityInput = PersonInput | PlaceInput | OrganisationInput;
const TABLES = { person: people, place: places, organisation: organisations } as const;

const field = (name: string, detail: string): InvalidParameter => ({ location: 'body', name, detail });

function resolveReference(
  db: Db,
  table: typeof places | typeof organisations,
  key: string | null | undefined,
  name: string,
  what: string,
  problems: InvalidParameter[],
): string | null {
  if (key === null || key === undefined) return null;
  const id = db.select({ id: table.id }).from(table).where(byIdOrSlug(table, key)).get()?.id;
  if (id === undefined) problems.push(field(name, `names no ${what} ("${key}")`));
  return id ?? null;
}

/** The columns of an entity as given, after checking what it refers to. */
function columnsOf(db: Db, type: EntityType, input: EntityInput, selfId: string | undefined) {
  const problems: InvalidParameter[] = [];
  const common = {
    name: input.name,
    aliases: input.aliases ?? [],
    sameAs: input.sameAs ?? [],
    suggested: input.suggested ?? false,
  };
  let columns: Record<string, unknown>;
  let roles: (typeof personRoles.$inferInsert)[] = [];
  if (type === 'person') {
    const person = input as PersonInput;
    columns = {
      ...common,
      nationality: person.nationality ?? null,
      nationalitySource: person.nationalitySource ?? null,
    };
    roles = (person.roles ?? []).map((role, i) => ({
      personId: selfId ?? '',
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
  } else if (type === 'place') {
    const place = input as PlaceInput;
    const latitude = place.latitude ?? null;
    const longitude = place.longitude ?? null;
    if ((latitude === null) !== (longitude === null)) {
      problems.push(field(latitude === null ? 'latitude' : 'longitude', 'must be given together with the other'));
    }
    if (latitude !== null && !place.coordinatesSource) {
      problems.push(field('coordinatesSource', 'is required with coordinates: say where they come from'));
    }
    const parentId = resolveReference(db, places, place.parentId, 'parentId', 'place', problems);
    if (parentId !== null && selfId !== undefined && isWithin(db, parentId, selfId)) {
      problems.push(field('parentId', 'would put the place inside itself'));
    }
    columns = {
      ...common,
      kind: place.kind,
      parentId,
      isoCode: place.isoCode ?? null,
      latitude,
      longitude,
      coordinatesSource: place.coordinatesSource ?? null,
    };
  } else {
    const organisation = input as OrganisationInput;
    columns = {
      ...common,
      kind: organisation.kind,
      countryId: resolveReference(db, places, organisation.countryId, 'countryId', 'place', problems),
    };
  }
  if (problems.length > 0) throw new UnprocessableError(problems);
  return { columns, roles };
}

/** Whether `placeId` is `ancestorId` or lies inside it. */
function isWithin(db: Db, placeId: string, ancestorId: string): boolean {
  const row = db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.id, placeId), inArray(places.id, placeAndDescendantIds(ancestorId))))
    .get();
  return row !== undefined;
}

/** The entity as the API shows it to editors (who write it, and whose webhooks hear of it). */
export function findEntity(db: Db, type: EntityType, id: string) {
  return type === 'person'
    ? findPerson(db, id, 'editors')
    : type === 'place'
      ? findPlace(db, id, 'editors')
      : findOrganisation(db, id, 'editors');
}

export function findEntityRow(db: Db, type: EntityType, idOrSlug: string) {
  const table = TABLES[type];
  return db
    .select({ id: table.id, slug: table.slug, updatedAt: table.updatedAt })
    .from(table)
    .where(byIdOrSlug(table, idOrSlug))
    .get();
}

function replaceRoles(db: Db, personId: string, roles: (typeof personRoles.$inferInsert)[]) {
  db.delete(personRoles).where(eq(personRoles.personId, personId)).run();
  for (const role of roles)
    db.insert(personRoles)
      .values({ ...role, personId })
      .run();
}

export function createEntity(db: Db, type: EntityType, input: EntityInput): string {
  return inTransaction(db, () => {
    const id = newId(type);
    const now = nowIso();
    const { columns, roles } = columnsOf(db, type, input, undefined);
    const slug = chooseSlug(db, type, { requested: input.slug, source: input.name });
    db.insert(TABLES[type])
      .values({ id, slug, ...columns, createdAt: now, updatedAt: now } as never)
      .run();
    if (type === 'person') replaceRoles(db, id, roles);
    enqueueEvent(db, `${type}.created`, () => findEntity(db, type, id));
    return id;
  });
}

/** Replaces an entity's fields (PUT, or a PATCH merged onto the current ones). */
export function updateEntity(
  db: Db,
  type: EntityType,
  current: { id: string; slug: string; updatedAt: string },
  input: EntityInput,
) {
  inTransaction(db, () => {
    const { columns, roles } = columnsOf(db, type, input, current.id);
    const slug =
      input.slug === undefined || input.slug === current.slug
        ? current.slug
        : chooseSlug(db, type, { requested: input.slug, source: input.name, exceptId: current.id });
    if (slug !== current.slug) retireSlug(db, type, current.slug, current.id);
    const table = TABLES[type];
    db.update(table)
      .set({ ...columns, slug, updatedAt: nextVersion(current.updatedAt) })
      .where(eq(table.id, current.id))
      .run();
    if (type === 'person') replaceRoles(db, current.id, roles);
    enqueueEvent(db, `${type}.updated`, () => findEntity(db, type, current.id));
  });
}

interface Reference {
  /** What refers to the entity, e.g. "quotes (as speaker)". */
  what: string;
  count: number;
  /** With cascade: `delete` the referring rows, or `detach` them (their link becomes null). */
  effect: 'delete' | 'detach';
  /** Does the cascade; returns the events it owes: deleted quotes, changed entities. */
  cascade: () => { deletedQuotes: { id: string; articleId: string }[]; touched: { type: EntityType; id: string }[] };
}

function countWhere(
  db: Db,
  table: typeof quotes | typeof mentions | typeof personRoles | typeof places | typeof organisations,
  where: ReturnType<typeof eq>,
) {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0
  );
}

/** Everything that refers to an entity, and how a cascade would treat it. */
function referencesTo(db: Db, type: EntityType, id: string): Reference[] {
  const byQuote = type === 'person' ? eq(quotes.speakerPersonId, id) : eq(quotes.speakerOrganisationId, id);
  const byMention =
    type === 'person'
      ? eq(mentions.personId, id)
      : type === 'place'
        ? eq(mentions.placeId, id)
        : eq(mentions.organisationId, id);
  const references: Reference[] = [];
  if (type !== 'place') {
    references.push({
      what: 'quotes (as speaker)',
      count: countWhere(db, quotes, byQuote),
      effect: 'delete',
      cascade: () => {
        const deletedQuotes = db
          .select({ id: quotes.id, articleId: quotes.articleId })
          .from(quotes)
          .where(byQuote)
          .all();
        db.delete(quotes).where(byQuote).run();
        return { deletedQuotes, touched: [] };
      },
    });
  }
  references.push({
    what: 'mentions in articles',
    count: countWhere(db, mentions, byMention),
    effect: 'delete',
    cascade: () => {
      db.delete(mentions).where(byMention).run();
      return { deletedQuotes: [], touched: [] };
    },
  });
  if (type !== 'person') {
    const byRole = type === 'place' ? eq(personRoles.countryId, id) : eq(personRoles.organisationId, id);
    references.push({
      what: "people's roles",
      count: countWhere(db, personRoles, byRole),
      effect: 'delete',
      // A person whose role goes has changed: a new version, and an event.
      cascade: () => {
        const holders = db.selectDistinct({ id: personRoles.personId }).from(personRoles).where(byRole).all();
        db.delete(personRoles).where(byRole).run();
        return {
          deletedQuotes: [],
          touched: holders.map(({ id: holder }) => ({ type: 'person' as const, id: holder })),
        };
      },
    });
  }
  if (type === 'place') {
    for (const [what, table, column, key, touchedType] of [
      ['places inside it', places, places.parentId, 'parentId', 'place'],
      ['organisations of that country', organisations, organisations.countryId, 'countryId', 'organisation'],
    ] as const) {
      references.push({
        what,
        count: countWhere(db, table, eq(column, id)),
        effect: 'detach',
        cascade: () => {
          const detached = db.select({ id: table.id }).from(table).where(eq(column, id)).all();
          db.update(table)
            .set({ [key]: null })
            .where(eq(column, id))
            .run();
          return { deletedQuotes: [], touched: detached.map(({ id: child }) => ({ type: touchedType, id: child })) };
        },
      });
    }
  }
  return references.filter((reference) => reference.count > 0);
}

/**
 * Deletes an entity. While anything refers to it the answer is 409, listing what does, unless
 * the caller asks for the cascade: then quotes, mentions and roles that refer to it are deleted
 * and places or organisations inside it are detached.
 */
export function deleteEntity(db: Db, type: EntityType, current: { id: string; slug: string }, cascade: boolean) {
  inTransaction(db, () => {
    const references = referencesTo(db, type, current.id);
    if (references.length > 0 && !cascade) {
      const list = references.map((r) => `${r.count} ${r.what}`).join(', ');
      throw new ConflictError(
        'still-referenced',
        `The ${type} is still referred to by ${list}. Delete or change those first, or send cascade=true to ` +
          `${references.map((r) => `${r.effect} the ${r.what}`).join(', ')}.`,
        [{ location: 'query', name: 'cascade', detail: `is needed: referred to by ${list}` }],
      );
    }
    const outcomes = references.map((reference) => reference.cascade());
    const table = TABLES[type];
    db.delete(table).where(eq(table.id, current.id)).run();
    for (const quote of outcomes.flatMap((o) => o.deletedQuotes)) enqueueEvent(db, 'quote.deleted', quote);
    for (const touched of outcomes.flatMap((o) => o.touched)) {
      const touchedTable = TABLES[touched.type];
      const row = db
        .select({ updatedAt: touchedTable.updatedAt })
        .from(touchedTable)
        .where(eq(touchedTable.id, touched.id))
        .get();
      if (!row) continue;
      db.update(touchedTable)
        .set({ updatedAt: nextVersion(row.updatedAt) })
        .where(eq(touchedTable.id, touched.id))
        .run();
      enqueueEvent(db, `${touched.type}.updated`, () => findEntity(db, touched.type, touched.id));
    }
    enqueueEvent(db, `${type}.deleted`, { id: current.id, slug: current.slug });
  });
}

import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { mentions, organisations, personRoles, places, quotes, slugRedirects } from '../../core/db/schema.ts';
import { ConflictError, namesNothing, UnprocessableError } from '../../core/http/errors.ts';
import { nextVersion } from '../../lib/clock.ts';
import { findEntity } from './repository.ts';
import type { EntityType } from './store.ts';
import { STORES } from './stores.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import { enqueueEvent } from '../webhooks/outbox.ts';
import { placeAndDescendantIds } from '../places/repository.ts';
import { editorQuote } from '../quotes/write-repository.ts';
import { retireSlug } from '../../core/db/slugs.ts';
import { inTransaction } from '../../core/db/transaction.ts';

/**
 * Merging a duplicate entity into the one that stays: "Volodymyr Zelenskyy" proposed by ingest
 * into the newsroom's "Volodymyr Zelensky". Everything that pointed at the duplicate (quotes,
 * mentions, roles, places inside it, organisations of it) points at the target afterwards, the
 * duplicate's names become aliases of the target, its slugs redirect to the target, and the
 * duplicate is deleted. One transaction: a merge that fails leaves both entities as they were.
 */

/** What a merge moved onto the target, for the caller to report. */
export interface MergeOutcome {
  targetId: string;
  quotes: number;
  mentions: number;
  roles: number;
  places: number;
  organisations: number;
}

/** The whole row of a person, place or organisation (their shared columns typed, the rest as stored). */
function rowOf(db: Db, type: EntityType, key: string) {
  const { table } = STORES[type];
  const row: (typeof table.$inferSelect & Record<string, unknown>) | undefined = db
    .select()
    .from(table)
    .where(byIdOrSlug(table, key))
    .get();
  return row;
}

/** The target's names after the merge: its own aliases, then the duplicate's name and aliases, once each. */
export function mergedAliases(
  target: { name: string; aliases: string[] },
  merged: { name: string; aliases: string[] },
) {
  const seen = new Set([target.name.toLocaleLowerCase()]);
  const aliases: string[] = [];
  for (const alias of [...target.aliases, merged.name, ...merged.aliases]) {
    const key = alias.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  // The API caps aliases at 100 per entity (PersonInput): beyond that the target keeps its own first.
  return aliases.slice(0, 100);
}

/** Fields the target lacks and the duplicate has, per type; the target's own values always win. */
function filledFields(db: Db, type: EntityType, target: Record<string, unknown>, merged: Record<string, unknown>) {
  const fill: Record<string, unknown> = {};
  if (type === 'person' && target.nationality === null && merged.nationality !== null) {
    fill.nationality = merged.nationality;
    fill.nationalitySource = merged.nationalitySource;
  }
  if (type === 'place') {
    if (target.latitude === null && merged.latitude !== null) {
      fill.latitude = merged.latitude;
      fill.longitude = merged.longitude;
      fill.coordinatesSource = merged.coordinatesSource;
    }
    if (target.isoCode === null && merged.isoCode !== null) fill.isoCode = merged.isoCode;
    const parent = merged.parentId as string | null;
    // The duplicate's parent, unless that would put the target inside itself.
    if (target.parentId === null && parent !== null && !isWithin(db, parent, target.id as string)) {
      fill.parentId = parent;
    }
  }
  if (type === 'organisation' && target.countryId === null && merged.countryId !== null) {
    fill.countryId = merged.countryId;
  }
  return fill;
}

/** Whether `placeId` is `ancestorId` or lies inside it. */
function isWithin(db: Db, placeId: string, ancestorId: string): boolean {
  return (
    db
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.id, placeId), inArray(places.id, placeAndDescendantIds(ancestorId))))
      .get() !== undefined
  );
}

/** Gives each row a new version (ETags change) and emits its `*.updated` event. */
function touch(db: Db, type: EntityType, ids: readonly string[]) {
  const { table } = STORES[type];
  for (const id of new Set(ids)) {
    const row = db.select({ updatedAt: table.updatedAt }).from(table).where(eq(table.id, id)).get();
    if (!row) continue;
    db.update(table)
      .set({ updatedAt: nextVersion(row.updatedAt) })
      .where(eq(table.id, id))
      .run();
    enqueueEvent(db, `${type}.updated`, findEntity(db, type, id));
  }
}

/** Quotes said by the duplicate now said by the target, each with a new version and a `quote.updated` event. */
function moveQuotes(db: Db, type: EntityType, fromId: string, toId: string): number {
  if (type === 'place') return 0;
  const column = type === 'person' ? quotes.speakerPersonId : quotes.speakerOrganisationId;
  const moved = db.select({ id: quotes.id, updatedAt: quotes.updatedAt }).from(quotes).where(eq(column, fromId)).all();
  for (const quote of moved) {
    db.update(quotes)
      .set(
        type === 'person'
          ? { speakerPersonId: toId, updatedAt: nextVersion(quote.updatedAt) }
          : { speakerOrganisationId: toId, updatedAt: nextVersion(quote.updatedAt) },
      )
      .where(eq(quotes.id, quote.id))
      .run();
    enqueueEvent(db, 'quote.updated', editorQuote(db, quote.id));
  }
  return moved.length;
}

function moveMentions(db: Db, type: EntityType, fromId: string, toId: string): number {
  const column = type === 'person' ? mentions.personId : type === 'place' ? mentions.placeId : mentions.organisationId;
  const key = type === 'person' ? 'personId' : type === 'place' ? 'placeId' : 'organisationId';
  return db
    .update(mentions)
    .set({ [key]: toId })
    .where(eq(column, fromId))
    .run().changes;
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
function movePersonRoles(db: Db, fromId: string, toId: string): number {
  const held = db.select().from(personRoles).where(eq(personRoles.personId, toId)).all();
  let moved = 0;
  for (const role of db.select().from(personRoles).where(eq(personRoles.personId, fromId)).all()) {
    const twin = held.find((other) => sameRole(role, other));
    if (!twin) {
      db.update(personRoles).set({ personId: toId }).where(eq(personRoles.id, role.id)).run();
      moved++;
      continue;
    }
    const missing = Object.fromEntries(
      ROLE_DETAILS.filter((key) => twin[key] === null && role[key] !== null).map((key) => [key, role[key]]),
    );
    if (Object.keys(missing).length > 0) {
      db.update(personRoles).set(missing).where(eq(personRoles.id, twin.id)).run();
    }
  }
  // What is left are the target's roles again; they go with the duplicate (cascade).
  return moved;
}

/**
 * What refers to a place or organisation from elsewhere: roles held in it, places inside it,
 * organisations of it. Each moves to the target; the rows that changed get a new version.
 */
function moveReferences(db: Db, type: EntityType, fromId: string, toId: string) {
  const outcome = { roles: 0, places: 0, organisations: 0 };
  if (type === 'person') {
    outcome.roles = movePersonRoles(db, fromId, toId);
    return outcome;
  }
  const roleColumn = type === 'place' ? personRoles.countryId : personRoles.organisationId;
  const holders = db.selectDistinct({ id: personRoles.personId }).from(personRoles).where(eq(roleColumn, fromId)).all();
  outcome.roles = db
    .update(personRoles)
    .set(type === 'place' ? { countryId: toId } : { organisationId: toId })
    .where(eq(roleColumn, fromId))
    .run().changes;
  touch(
    db,
    'person',
    holders.map((holder) => holder.id),
  );
  if (type === 'place') {
    const children = db
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.parentId, fromId), ne(places.id, toId)))
      .all();
    db.update(places)
      .set({ parentId: toId })
      .where(and(eq(places.parentId, fromId), ne(places.id, toId)))
      .run();
    outcome.places = children.length;
    touch(
      db,
      'place',
      children.map((child) => child.id),
    );
    const countryOf = db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.countryId, fromId))
      .all();
    db.update(organisations).set({ countryId: toId }).where(eq(organisations.countryId, fromId)).run();
    outcome.organisations = countryOf.length;
    touch(
      db,
      'organisation',
      countryOf.map((organisation) => organisation.id),
    );
  }
  return outcome;
}

/**
 * Merges `merged` (the duplicate, already checked against If-Match by the caller) into the entity
 * `intoKey` names. 422 when `into` names nothing or the duplicate itself; 409 when a place would
 * end up inside itself (merging a place into one that lies inside it).
 */
export function mergeEntity(db: Db, type: EntityType, merged: { id: string }, intoKey: string): MergeOutcome {
  return inTransaction(db, () => {
    const source = rowOf(db, type, merged.id);
    const target = rowOf(db, type, intoKey);
    if (!source) throw new UnprocessableError([{ location: 'path', name: 'idOrSlug', detail: 'names nothing' }]);
    if (!target) {
      throw new UnprocessableError([{ location: 'body', name: 'into', detail: namesNothing(type, [intoKey]) }]);
    }
    if (target.id === source.id) {
      throw new UnprocessableError([
        { location: 'body', name: 'into', detail: `is the ${type} being merged: name another one` },
      ]);
    }
    if (type === 'place' && isWithin(db, target.id, source.id)) {
      throw new ConflictError(
        'merge-into-inside',
        `"${target.name}" lies inside "${source.name}": merging a place into one inside it would put it inside itself.`,
        [{ location: 'body', name: 'into', detail: `lies inside the place being merged` }],
      );
    }

    const quoteCount = moveQuotes(db, type, source.id, target.id);
    const mentionCount = moveMentions(db, type, source.id, target.id);
    const references = moveReferences(db, type, source.id, target.id);

    const { table } = STORES[type];
    db.update(table)
      .set({
        ...filledFields(db, type, target, source),
        aliases: mergedAliases(target, source),
        sameAs: [...new Set([...target.sameAs, ...source.sameAs])].slice(0, 100),
        // A confirmed duplicate vouches for the target: its public quotes must not move to a hidden entity.
        suggested: target.suggested && source.suggested,
        updatedAt: nextVersion(target.updatedAt),
      })
      .where(eq(table.id, target.id))
      .run();

    // Links to the duplicate keep working: its slug, and the slugs it once had, now lead to the target.
    db.update(slugRedirects)
      .set({ resourceId: target.id })
      .where(and(eq(slugRedirects.resourceType, type), eq(slugRedirects.resourceId, source.id)))
      .run();
    db.delete(table).where(eq(table.id, source.id)).run();
    retireSlug(db, type, source.slug, target.id);

    enqueueEvent(db, `${type}.updated`, findEntity(db, type, target.id));
    enqueueEvent(db, `${type}.deleted`, { id: source.id, slug: source.slug, mergedInto: target.id });
    return {
      targetId: target.id,
      quotes: quoteCount,
      mentions: mentionCount,
      ...references,
    };
  });
}

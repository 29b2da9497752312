import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { first } from '../../core/db/queries.ts';
import { byIdOrSlug } from '../../core/db/lookup.ts';
import type { EntityTable } from '../../core/db/named-tables.ts';
import { slugRedirects } from '../../core/db/schema.ts';
import { retireSlug } from '../../core/db/slugs.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { namesNothing, UnprocessableError } from '../../core/http/errors.ts';
import { nextVersion } from '../../lib/clock.ts';
import { editorQuote } from '../quotes/write-repository.ts';
import { enqueueEvent } from '../webhooks/outbox.ts';
import type { MergeCounter, MoveEffects } from './references.ts';
import { bumpVersions, entitiesUpdated, findEntity } from './repository.ts';
import type { EntityStore, StoredEntity } from './store.ts';

/**
 * Merging a duplicate entity into the one that stays: "Volodymyr Zelenskyy" proposed by ingest
 * into the newsroom's "Volodymyr Zelensky". Everything that pointed at the duplicate (quotes,
 * mentions, roles, places inside it, organisations of it) points at the target afterwards, the
 * duplicate's names become aliases of the target, its slugs redirect to the target, and the
 * duplicate is deleted. One transaction: a merge that fails leaves both entities as they were.
 * What differs by type (what refers to it, what fills in, what refuses) its store says.
 */

/** What a merge moved onto the target, for the caller to report. */
export type MergeOutcome = { targetId: string } & Record<MergeCounter, number>;

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

/**
 * Merges `merged` (the duplicate, already checked against If-Match by the caller) into the entity
 * `intoKey` names. 422 when `into` names nothing or the duplicate itself; the store may refuse
 * with a 409 (a place into one that lies inside it).
 */
export async function mergeEntity<T extends EntityTable, Input, Item, Row extends StoredEntity>(
  db: Db,
  store: EntityStore<T, Input, Item, Row>,
  merged: { id: string },
  intoKey: string,
): Promise<MergeOutcome> {
  const { type, table } = store;
  return inTransaction(db, async (db) => {
    const rowOf = (key: string) => first(store.rows(db).where(byIdOrSlug(table, key)).limit(1));
    const source = await rowOf(merged.id);
    const target = await rowOf(intoKey);
    if (!source) throw new UnprocessableError([{ location: 'path', name: 'idOrSlug', detail: 'names nothing' }]);
    if (!target) {
      throw new UnprocessableError([{ location: 'body', name: 'into', detail: namesNothing(type, [intoKey]) }]);
    }
    if (target.id === source.id) {
      throw new UnprocessableError([
        { location: 'body', name: 'into', detail: `is the ${type} being merged: name another one` },
      ]);
    }
    await store.merge.refuse?.(db, source, target);

    // The moves run synchronously; the events they owe are recorded (each in the order it fell due,
    // with the data as it was then) and enqueued once the moves are done.
    const owed: (() => Promise<void>)[] = [];
    const effects: MoveEffects = {
      touch: (touched, ids) => {
        const bumped = bumpVersions(db, touched, ids);
        owed.push(() => entitiesUpdated(db, touched, bumped));
      },
      quoteUpdated: (id) => {
        const quote = editorQuote(db, id);
        owed.push(() => enqueueEvent(db, 'quote.updated', quote));
      },
    };
    const moved: Record<MergeCounter, number> = { quotes: 0, mentions: 0, roles: 0, places: 0, organisations: 0 };
    for (const reference of store.references) {
      moved[reference.counter] += reference.move(db, source.id, target.id, effects);
    }
    const { moveOwn } = store.merge;
    if (moveOwn) moved[moveOwn.counter] += moveOwn.move(db, source.id, target.id);
    for (const emit of owed) await emit();

    db.update(table)
      .set({
        ...(await store.merge.fill(db, target, source)),
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

    await enqueueEvent(db, `${type}.updated`, findEntity(db, type, target.id));
    await enqueueEvent(db, `${type}.deleted`, { id: source.id, slug: source.slug, mergedInto: target.id });
    return { targetId: target.id, ...moved };
  });
}

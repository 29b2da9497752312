import { Type, type TSchema } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { onPrimary } from '../db/queries.ts';
import { inTransaction } from '../db/transaction.ts';
import { orNotFound } from './errors.ts';
import { requireCurrent } from './preconditions.ts';
import { createProblems, deleteProblems, updateProblems } from './problem-responses.ts';
import { ref } from './schemas.ts';
import { createdHeaders, IfMatchHeaders } from './write-support.ts';

/** What the API reference says of a route. */
interface RouteDocs {
  operationId: string;
  summary: string;
  description: string;
  /** Where the reference lists it, when not with the resource's other writes. */
  tags?: string[];
}

/** A write route's own words and body, and the problems it gives beyond the usual ones of its kind. */
type WriteDocs<Body extends TSchema, Extra extends object> = RouteDocs & {
  body: Body;
  /** Problems beyond those of its kind, e.g. `problems(422)`. */
  problems?: Extra;
  /** How the response describes the resource it answers, when the default does not say it. */
  answered?: string;
};

export interface ResourceWritesOptions<Row, Item, ItemSchema extends TSchema, Params extends TSchema> {
  /** The resource as problems name it: `'quote'`. */
  resource: string;
  tags: string[];
  /** The registered (`$id`) schema of `{ data: … }`, what every write answers with. */
  itemSchema: ItemSchema;
  /** How a write names the resource it changes (`:id`, or `:idOrSlug`). */
  params: Params;
  db: Db;
  /** The stored row that `key` (from the path) names, if any, as `db` reads it. */
  findRow: (db: Db, key: string) => Row | undefined | PromiseLike<Row | undefined>;
  /** The resource as an editor reads it, which a write answers with. */
  findItem: (db: Db, id: string) => Item | undefined | PromiseLike<Item | undefined>;
}

const write = { scope: 'write' } as const;

/**
 * The wiring every write route of a resource shares, so that a resource's writes.ts says only
 * what is its own (its words, its body, what the write does): the `write` scope, the If-Match
 * header and the problems of each kind of write, the row a write names at the version If-Match
 * names, and the resource as answered.
 */
export function resourceWrites<
  Row extends { id: string; updatedAt: string },
  Item,
  ItemSchema extends TSchema,
  Params extends TSchema,
>({ resource, tags, itemSchema, params, db, findRow, findItem }: ResourceWritesOptions<Row, Item, ItemSchema, Params>) {
  /** A write route's options: the `write` scope, its words (listed with the resource's other writes unless it says where), its schema. */
  const route = <Schema extends object>({ tags: routeTags = tags, ...docs }: RouteDocs, schema: Schema) => ({
    config: write,
    schema: { tags: routeTags, ...docs, ...schema },
  });
  /** What a write to an existing resource sends: where it names it, and the version it read. */
  const existing = { params, headers: IfMatchHeaders };

  return {
    /**
     * Runs `work` in one transaction on the row a write names by `key`, at the version If-Match names
     * (else 404, 428 or 412), so that no other write comes between the check and the change; answers
     * that row as it was checked.
     */
    within: (request: FastifyRequest, key: string, work: (tx: Db, current: Row) => unknown): Promise<Row> =>
      inTransaction(db, async (tx) => {
        const current = requireCurrent(request, resource, key, await findRow(tx, key));
        await work(tx, current);
        return current;
      }),

    /** The body of a write's answer: the resource as stored. */
    // Read where the write went: a read replica may not have replayed it yet.
    answer: async (id: string) => ({ data: orNotFound(await findItem(onPrimary(db), id), resource, id) }),

    /** POST: answered 201 with the new resource, its Location and ETag. */
    create: <Body extends TSchema, Extra extends object>({
      body,
      problems: extra,
      answered = `The new ${resource}`,
      ...docs
    }: WriteDocs<Body, Extra>) =>
      route(docs, {
        body,
        response: {
          201: { ...ref(itemSchema), description: answered, headers: createdHeaders },
          ...createProblems,
          ...extra,
        },
      }),

    /** A change to what `params` names (PUT, PATCH, a workflow move), under If-Match: answered 200 with it. */
    change: <Body extends TSchema, Extra extends object>({
      body,
      problems: extra,
      answered = `The ${resource} as stored`,
      ...docs
    }: WriteDocs<Body, Extra>) =>
      route(docs, {
        ...existing,
        body,
        response: { 200: ref(itemSchema, { description: answered }), ...updateProblems, ...extra },
      }),

    /** DELETE of what `params` names, under If-Match: answered 204. */
    remove: (docs: RouteDocs) =>
      route(docs, { ...existing, response: { 204: Type.Null({ description: 'Deleted' }), ...deleteProblems } }),
  };
}

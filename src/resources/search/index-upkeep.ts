import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../core/db/client.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { inTransaction } from '../../core/db/transaction.ts';
import { Poller } from '../../lib/poller.ts';

/**
 * Keeps SQLite's full-text indexes in one segment each.
 *
 * FTS5 adds a segment (b-tree) for every transaction that writes, and its automerge only merges
 * segments of one size together, so an index written a row or a batch at a time keeps ten or more.
 * A query reads every segment: on the 100,000-article bench data (11 segments in `articles_fts`),
 * matching one row for its snippet took 222 µs, against 20 µs once merged into one, and a two-word
 * search's hits 5.2 ms against 2.7 ms. So once an hour, and at start, whichever process leads
 * (cluster/leader.ts) merges each index that has more than one segment back into one.
 *
 * A merge rewrites the whole index (0.8 s of writes for `articles_fts` at 100,000 articles), in
 * steps of MERGE_PAGES pages, each its own short write transaction (6 ms typical, 32 ms at worst
 * there), with a turn of the event loop between steps: requests and other writers go on meanwhile.
 * PostgreSQL keeps its GIN indexes itself (autovacuum), so there this does nothing.
 */

/** The FTS5 tables search reads (migrations 0003 and 0018). */
export const SEARCH_INDEXES = [
  'articles_fts',
  'quotes_fts',
  'people_fts',
  'places_fts',
  'organisations_fts',
  'search_passages',
] as const;

const MERGE_PAGES = 50;
const MERGE_EVERY_MS = 60 * 60 * 1000;

/** How many segments an index has: FTS5 keeps one row per segment and leaf page range in `<table>_idx`. */
export function segmentsOf(client: Database.Database, index: string): number {
  return client.prepare(`SELECT count(DISTINCT segid) FROM ${index}_idx`).pluck().get() as number;
}

const totalChanges = (client: Database.Database) => client.prepare('SELECT total_changes()').pluck().get() as number;

/**
 * One step of merging every segment of `index` into one (a negative page count merges across sizes);
 * true while there was work to do, which FTS5 reports as two or more changes.
 */
function mergeStep(client: Database.Database, index: string): boolean {
  const before = totalChanges(client);
  client.prepare(`INSERT INTO ${index}(${index}, rank) VALUES ('merge', ${-MERGE_PAGES})`).run();
  return totalChanges(client) - before >= 2;
}

/** Merges each index with more than one segment into one; says which, and how many segments each had. */
export async function mergeSearchIndexes(
  db: Db,
  stopping?: AbortSignal,
): Promise<{ index: string; segments: number }[]> {
  const merged: { index: string; segments: number }[] = [];
  for (const index of SEARCH_INDEXES) {
    if (stopping?.aborted) break;
    const segments = segmentsOf(db.$client, index);
    if (segments <= 1) continue;
    // Through the writer, taking turns with the process's other transactions (transaction.ts). Stopped
    // midway, the index is left as FTS5 leaves any merge step: whole, in fewer segments.
    while (!stopping?.aborted && (await inTransaction(db, (tx) => mergeStep(tx.$client, index)))) await nextTurn();
    merged.push({ index, segments });
  }
  return merged;
}

async function searchIndexUpkeepPlugin(app: FastifyInstance) {
  const db = app.db;
  if (dialectOf(db)) return;
  let stopping = new AbortController();
  const poller = new Poller({
    pollMs: MERGE_EVERY_MS,
    round: async () => {
      const started = performance.now();
      const merged = await mergeSearchIndexes(db, stopping.signal);
      if (merged.length > 0) {
        app.log.info({ merged, ms: Math.round(performance.now() - started) }, 'merged the search index segments');
      }
      return undefined;
    },
    onRoundError: (error) => app.log.error({ err: error }, 'merging the search index segments failed'),
  });
  const stop = async () => {
    stopping.abort();
    await poller.stop();
  };
  app.leader.run({
    name: 'search index upkeep',
    start: () => {
      stopping = new AbortController();
      poller.start();
    },
    stop,
  });
  app.addHook('onClose', stop);
}

export default fp(searchIndexUpkeepPlugin, { name: 'search-index-upkeep', dependencies: ['database', 'leader'] });

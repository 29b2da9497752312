import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Db } from '../../core/db/client.ts';
import { IngestInputError } from '../../ingest/index.ts';
import { dialectOf } from '../../core/db/dialect.ts';
import { currentLexicon, type Extracted, type LexiconCache } from './lexicon.ts';
import type { ExtractionAnswer, ExtractionTask } from './extraction-worker.ts';

/**
 * Ingest's extraction, off the event loop: a pool of worker threads (piscina) runs
 * extraction-worker.ts, so reads keep being answered while a long text is read. Threads start on the
 * first ingest and stop after a minute without one.
 */

// From the TypeScript sources a plain module registers the TypeScript loader in the thread first.
const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './typescript-worker.mjs' : './extraction-worker.js',
  import.meta.url,
);

/** How much lower than the server's its threads' CPU priority is (Linux nice; needs the optional @napi-rs/nice). */
const EXTRACTION_NICENESS = 10;

/** Every thread is busy and the queue is full: the caller should come back later. */
export class ExtractionBusyError extends Error {
  override readonly name = 'ExtractionBusyError';
}

export interface ExtractionPool {
  /** Extracts quotes and mentions from `text` with the lexicon of `db`; IngestInputError if the engine refuses it. */
  extract(db: Db, text: string): Promise<Extracted>;
  /** Lets running extractions finish, then stops the threads. */
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** Threads at most; by default one core is left to the event loop. */
  threads?: number;
  /** Extractions that may wait for a thread before more are refused. */
  queue?: number;
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  let pool: Piscina<ExtractionTask, ExtractionAnswer> | undefined;
  const lexicons = new WeakMap<Db, LexiconCache>();
  /** The lexicon the server reads and sends, kept while its tables do not change. */
  const sent = (db: Db) => {
    const cache = lexicons.get(db) ?? {};
    lexicons.set(db, cache);
    return currentLexicon(db, cache);
  };
  return {
    async extract(db, text) {
      pool ??= new Piscina({
        filename: WORKER.href,
        minThreads: 0,
        maxThreads: threads,
        idleTimeout: 60_000,
        maxQueue: options.queue ?? 16 * threads,
        // Below the event loop's priority: when the cores are short, reads are answered first.
        niceIncrement: EXTRACTION_NICENESS,
      });
      // The thread reads the lexicon itself when it can open the file: a newsroom's worth of names is
      // tens of milliseconds to read and copy, which the event loop would otherwise spend. A thread
      // cannot share the PostgreSQL pool (nor open a pool per thread for this): the server reads the
      // names, asynchronously, and only again once they change.
      const task: ExtractionTask =
        dialectOf(db) || db.$client.memory
          ? { text, lexicon: await sent(db) }
          : { text, databasePath: db.$client.name };
      let answer: ExtractionAnswer;
      try {
        answer = await pool.run(task);
      } catch (error) {
        if (error instanceof Error && error.message === 'Task queue is at limit') {
          throw new ExtractionBusyError('every extraction thread is busy and the queue is full');
        }
        throw error;
      }
      if ('refused' in answer) throw new IngestInputError(answer.refused.field, answer.refused.message);
      return answer;
    },
    async close() {
      await pool?.destroy();
    },
  };
}

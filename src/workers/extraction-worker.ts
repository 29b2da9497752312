import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema.ts';
import { IngestInputError, type Lexicon } from '../ingest/index.ts';
import { extractWith, lexiconOf, type Extracted } from '../repositories/lexicon.ts';

/**
 * Runs in a worker thread (see extraction-pool.ts): reads the newsroom's lexicon over its own
 * read-only connection and extracts quotes and mentions from the text, so that neither blocks the
 * server's event loop. Writes stay with the server's one connection.
 */

export interface ExtractionTask {
  text: string;
  /** The database file to read the lexicon from; absent for an in-memory database, which sends `lexicon`. */
  databasePath?: string;
  lexicon?: Lexicon;
}

export type ExtractionAnswer =
  | Extracted
  /** The engine refused the text (empty, binary): its errors lose their class crossing threads. */
  | { refused: { field: IngestInputError['field']; message: string } };

const readers = new Map<string, Db>();

function reader(path: string): Db {
  let db = readers.get(path);
  if (!db) {
    const client = new Database(path, { readonly: true, fileMustExist: true });
    client.pragma('busy_timeout = 5000');
    db = drizzle({ client, schema });
    readers.set(path, db);
  }
  return db;
}

export default function extract(task: ExtractionTask): ExtractionAnswer {
  const lexicon = task.lexicon ?? lexiconOf(reader(task.databasePath ?? ''));
  try {
    return extractWith(task.text, lexicon);
  } catch (error) {
    if (error instanceof IngestInputError) return { refused: { field: error.field, message: error.message } };
    throw error;
  }
}

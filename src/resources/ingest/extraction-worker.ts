import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../core/db/client.ts';
import * as schema from '../../core/db/schema.ts';
import { IngestInputError, type Lexicon } from '../../ingest/index.ts';
import { currentLexicon, extractWith, type Extracted, type LexiconCache } from './lexicon.ts';

/**
 * Runs in a worker thread (see extraction-pool.ts): reads the newsroom's lexicon over its own
 * read-only connection to a SQLite file, or is sent it, and extracts quotes and mentions from the
 * text, so that neither blocks the server's event loop. Writes stay with the server's connections.
 */

export interface ExtractionTask {
  text: string;
  /**
   * The SQLite file to read the lexicon from; absent for an in-memory database or PostgreSQL (whose
   * pool a thread cannot share), for which the server reads it and sends `lexicon`.
   */
  databasePath?: string;
  lexicon?: Lexicon;
}

export type ExtractionAnswer =
  | Extracted
  /** The engine refused the text (empty, binary): its errors lose their class crossing threads. */
  | { refused: { field: IngestInputError['field']; message: string } };

interface Reader extends LexiconCache {
  db: Db;
}

const readers = new Map<string, Reader>();

function reader(path: string): Reader {
  let found = readers.get(path);
  if (!found) {
    const client = new Database(path, { readonly: true, fileMustExist: true });
    client.pragma('busy_timeout = 5000');
    found = { db: Object.assign(drizzle({ client, schema }), { tables: schema }) };
    readers.set(path, found);
  }
  return found;
}

/** The lexicon sent, or the file's, read again only when its tables changed. */
async function lexiconFor(task: ExtractionTask): Promise<Lexicon> {
  if (task.lexicon) return task.lexicon;
  const at = reader(task.databasePath ?? '');
  return currentLexicon(at.db, at);
}

export default async function extract(task: ExtractionTask): Promise<ExtractionAnswer> {
  const lexicon = await lexiconFor(task);
  try {
    return extractWith(task.text, lexicon);
  } catch (error) {
    if (error instanceof IngestInputError) return { refused: { field: error.field, message: error.message } };
    throw error;
  }
}

import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../core/db/client.ts';
import * as schema from '../../core/db/schema.ts';
import { IngestInputError, type Lexicon } from '../../ingest/index.ts';
import { extractWith, lexiconOf, type Extracted } from './lexicon.ts';

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

interface Reader {
  db: Db;
  /** The lexicon last read, and the state of the tables it was read from. */
  cached?: { stamp: string; lexicon: Lexicon };
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

/**
 * What the lexicon's tables hold, in a few index lookups: every write to an entity moves its
 * `updated_at` forward, a delete changes a count, and roles are counted on their own.
 */
const LEXICON_STAMP = `SELECT concat_ws(' ',
  (SELECT max(updated_at) FROM people), (SELECT count(*) FROM people),
  (SELECT max(updated_at) FROM places), (SELECT count(*) FROM places),
  (SELECT max(updated_at) FROM organisations), (SELECT count(*) FROM organisations),
  (SELECT max(rowid) FROM person_roles), (SELECT count(*) FROM person_roles))`;

/**
 * The newsroom's lexicon, read again only when its tables changed: reading a few thousand names
 * cost more than extracting a short text. A lexicon a moment stale is harmless: the writing
 * checks every entity it links to (repositories/ingest.ts).
 */
function lexiconAt(path: string): Lexicon {
  const at = reader(path);
  const stamp = at.db.$client.prepare(LEXICON_STAMP).pluck().get() as string;
  if (at.cached?.stamp !== stamp) at.cached = { stamp, lexicon: lexiconOf(at.db) };
  return at.cached.lexicon;
}

export default function extract(task: ExtractionTask): ExtractionAnswer {
  const lexicon = task.lexicon ?? lexiconAt(task.databasePath ?? '');
  try {
    return extractWith(task.text, lexicon);
  } catch (error) {
    if (error instanceof IngestInputError) return { refused: { field: error.field, message: error.message } };
    throw error;
  }
}

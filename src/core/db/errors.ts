/**
 * What a database error means for the client, from either driver (better-sqlite3 or node-postgres,
 * whose errors drizzle wraps in a DrizzleQueryError with the driver's as its `cause`): the one place
 * that reads SQLite's result codes, PostgreSQL's SQLSTATEs and the drivers' own connection errors.
 */
export type DatabaseFailure =
  /** The database cannot be reached or is not accepting work now: worth retrying shortly. */
  | { kind: 'unavailable' }
  /** A statement ran past the statement timeout and was cancelled. */
  | { kind: 'timeout' }
  /** A unique index or primary key refused the write; `column` is its first column, when known. */
  | { kind: 'unique'; column?: string }
  /** The database's own rule-keeping trigger refused the write (SQLite's RAISE(ABORT), PostgreSQL's 23D01). */
  | { kind: 'guard' }
  /** Any other integrity rule: a foreign key, NOT NULL, CHECK. */
  | { kind: 'constraint' }
  /** The search text does not parse (search_query()'s 42D01, or to_tsquery's own syntax error). */
  | { kind: 'search-syntax'; reason: string };

interface ErrorFields {
  code?: unknown;
  message?: unknown;
  severity?: unknown;
  detail?: unknown;
  constraint?: unknown;
  table?: unknown;
  cause?: unknown;
}

/** Node's socket errors when the server is down, unreachable or goes away mid-conversation. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** node-postgres's and pg-pool's errors without a code, and better-sqlite3's for a closed handle. */
const UNAVAILABLE_MESSAGES = [
  /^timeout exceeded when trying to connect$/,
  /^Connection terminated/,
  /^Cannot use a pool after calling end on the pool$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^The database connection is not open$/,
];

/** SQLite: busy past busy_timeout, locked, or a file it cannot open, read or grow. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)(_|$)/;

/**
 * PostgreSQL: class 08 (connection exception), 53 (insufficient resources: too many connections, disk
 * full), 57P01–57P03 (the server is shutting down, crashed or starting), 25006 (a read-only server: a
 * standby, or a primary being failed over).
 */
const POSTGRES_UNAVAILABLE = /^(08...|53...|57P0[123]|25006)$/;

/** `Key (slug)=(x) already exists.` or `Key (resource_type, slug)=(…)`: the first column. */
function uniqueColumn(fields: ErrorFields): string | undefined {
  const fromDetail = typeof fields.detail === 'string' ? /^Key \((\w+)/.exec(fields.detail)?.[1] : undefined;
  if (fromDetail) return fromDetail;
  // No detail (a server set to hide it): drizzle names a unique index `<table>_<column>_unique`.
  if (typeof fields.constraint !== 'string' || typeof fields.table !== 'string') return undefined;
  return new RegExp(`^${fields.table}_(\\w+?)_unique$`).exec(fields.constraint)?.[1];
}

function fromPostgres(code: string, fields: ErrorFields, message: string): DatabaseFailure | undefined {
  if (POSTGRES_UNAVAILABLE.test(code)) return { kind: 'unavailable' };
  if (code === '57014' || code === '55P03') return { kind: 'timeout' };
  if (code === '23505') return { kind: 'unique', column: uniqueColumn(fields) };
  if (code === '23D01') return { kind: 'guard' };
  if (code.startsWith('23')) return { kind: 'constraint' };
  if (code === '42D01' || (code === '42601' && /tsquery/.test(message)))
    return { kind: 'search-syntax', reason: message };
  return undefined;
}

function fromSqlite(code: string, message: string): DatabaseFailure | undefined {
  if (SQLITE_UNAVAILABLE.test(code)) return { kind: 'unavailable' };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    // `UNIQUE constraint failed: articles.slug` (or `table.a, table.b`): the first column.
    return { kind: 'unique', column: /UNIQUE constraint failed: \w+\.(\w+)/.exec(message)?.[1] };
  }
  if (code === 'SQLITE_CONSTRAINT_TRIGGER') return { kind: 'guard' };
  if (code.startsWith('SQLITE_CONSTRAINT')) return { kind: 'constraint' };
  return undefined;
}

function classifyOne(fields: ErrorFields): DatabaseFailure | undefined {
  const code = typeof fields.code === 'string' ? fields.code : '';
  const message = typeof fields.message === 'string' ? fields.message : '';
  // A server's error carries a severity; a socket error's code (EPIPE) can look like a SQLSTATE.
  if (typeof fields.severity === 'string' && /^[0-9A-Z]{5}$/.test(code)) return fromPostgres(code, fields, message);
  if (code.startsWith('SQLITE_')) return fromSqlite(code, message);
  if (NETWORK_CODES.has(code)) return { kind: 'unavailable' };
  if (message === 'Query read timeout') return { kind: 'timeout' };
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return { kind: 'unavailable' };
  return undefined;
}

/** What `error` (or, for a wrapped one, its causes) means; undefined for anything not the database's. */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  let current: unknown = error;
  // A few levels: DrizzleQueryError → pg-pool's connection timeout → the socket's error.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const fields = current as ErrorFields;
    const failure = classifyOne(fields);
    if (failure) return failure;
    current = fields.cause;
  }
  return undefined;
}

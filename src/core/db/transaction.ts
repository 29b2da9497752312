import { AsyncLocalStorage } from 'node:async_hooks';
import { writerOf, type Db } from './client.ts';
import { dialectOf } from './dialect.ts';

/** The writer whose transaction the current async context runs inside, if any. */
const current = new AsyncLocalStorage<Db>();
/** On another store (PostgreSQL): the handle a transaction was opened on, and the transaction, for the current async context. */
const currentOther = new AsyncLocalStorage<{ root: Db; tx: Db }>();
/** Per writer, the end of the queue of transactions waiting for it. */
const queues = new WeakMap<Db, Promise<unknown>>();
let savepoints = 0;

/**
 * Runs `work` in one transaction on the database's writer connection: all of it commits, or (when
 * it throws) none of it does, so a rejected request changes nothing. `work` receives that
 * connection (`tx`) and does every read and write of the transaction through it: the handle the
 * caller holds reads through another connection, which sees only what has committed.
 *
 * Transactions of one process take turns (one connection holds one transaction at a time); other
 * processes wait for SQLite's write lock (busy_timeout). A call made inside `work` becomes a
 * savepoint of the enclosing transaction: its failure undoes its own part only.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => T | Promise<T>): Promise<T> {
  const dialect = dialectOf(db);
  if (dialect) {
    // As on SQLite: a call made inside `work` with the store's own handle joins the open transaction
    // (a savepoint), rather than waiting on another connection for the lock that transaction holds.
    const open = currentOther.getStore();
    if (open?.root === db) return dialect.transaction(open.tx, work);
    return dialect.transaction(db, (tx) => currentOther.run({ root: db, tx }, () => work(tx)));
  }
  const writer = writerOf(db);
  if (current.getStore() === writer) {
    const name = `nested_${(savepoints += 1)}`;
    return bracket(writer, work, [`SAVEPOINT ${name}`, `RELEASE ${name}`, `ROLLBACK TO ${name}; RELEASE ${name}`]);
  }
  const turn = (queues.get(writer) ?? Promise.resolve()).then(() =>
    current.run(writer, () => bracket(writer, work, ['BEGIN IMMEDIATE', 'COMMIT', 'ROLLBACK'])),
  );
  queues.set(
    writer,
    turn.catch(() => undefined),
  );
  return turn;
}

/** Runs `work` between `begin` and `commit`, or `rollback` when it throws. */
async function bracket<T>(
  writer: Db,
  work: (tx: Db) => T | Promise<T>,
  [begin, commit, rollback]: [string, string, string],
): Promise<T> {
  const client = writer.$client;
  client.exec(begin);
  try {
    const result = await work(writer);
    client.exec(commit);
    return result;
  } catch (error) {
    // A failed COMMIT may have ended the transaction already.
    if (client.inTransaction) client.exec(rollback);
    throw error;
  }
}

/**
 * Runs `work` (synchronous) in a transaction on the writer at once when this process has no
 * transaction open on it, else does nothing and answers undefined. For writes a read may skip,
 * such as storing a document it built: it never waits behind a long write.
 */
export function inTransactionIfIdle<T>(db: Db, work: (tx: Db) => T): T | undefined {
  const dialect = dialectOf(db);
  if (dialect) return dialect.ifIdle(db, work);
  const writer = writerOf(db);
  if (writer.$client.inTransaction) return undefined;
  return writer.$client.transaction(() => work(writer)).immediate();
}

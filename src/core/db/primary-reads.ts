import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Work that must read what was just written (an editor's request, answered after their own last write)
 * reads from the primary even where read replicas serve everyone else: a replica replays a commit a
 * moment after the primary made it. openPostgres's replica choice asks readsOnPrimary() per query, so the
 * repositories need not know; without replicas there is only one place to read from anyway.
 */
const primaryReads = new AsyncLocalStorage<true>();

/** Runs `work`, and everything it goes on to do asynchronously, with its reads on the primary. */
export function readingOnPrimary<T>(work: () => T): T {
  return primaryReads.run(true, work);
}

export function readsOnPrimary(): boolean {
  return primaryReads.getStore() === true;
}

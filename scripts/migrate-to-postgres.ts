import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describePostgresUrl, openPostgres } from '../src/core/db/postgres/client.ts';
import {
  copyToPostgres,
  CountMismatchError,
  type CopyProgress,
  type TableCount,
} from '../src/core/db/postgres/copy.ts';

/**
 * `npm run migrate-to-postgres -- <sqlite file> <postgres url>`: copies a newsroom from SQLite into a new,
 * empty PostgreSQL database (created as the README says), migrating it first, then checks every table's
 * count. One transaction: on any failure the target is left empty. src/core/db/postgres/copy.ts does the work.
 */

const USAGE = 'usage: npm run migrate-to-postgres -- <sqlite file> <postgres://user@host:port/database>';

function countsTable(counts: TableCount[]): string {
  const header = ['table', 'sqlite', 'postgres', 'ok'];
  const lines = counts.map((count) => [
    count.table,
    String(count.sqlite),
    String(count.postgres),
    (count.ok ? 'ok' : 'DIFFERS') + (count.note ? ` (${count.note})` : ''),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i]?.length ?? 0)));
  const format = (line: string[]) =>
    line
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [format(header), ...lines.map(format)].map((line) => line.trimEnd()).join('\n');
}

let tableStarted = performance.now();

/** On a terminal, a line per table that counts up; elsewhere (a log), the line once the table is done. */
function showProgress({ table, copied, total }: CopyProgress): void {
  const done = copied === total;
  const line = `${table} ${copied}/${total}${done ? ` in ${((performance.now() - tableStarted) / 1000).toFixed(1)} s` : ''}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${done ? '\n' : ''}`);
  else if (done) console.log(line);
  if (done) tableStarted = performance.now();
}

async function main(): Promise<number> {
  const [file, url] = process.argv.slice(2);
  if (!file || !url || !/^postgres(ql)?:\/\//.test(url)) throw new Error(USAGE);
  if (!existsSync(file)) throw new Error(`no SQLite database at ${file}`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // No statement timeout: a table of millions of rows is one long transaction, by design.
    const store = await openPostgres(url, { poolSize: 1, statementTimeoutMs: 0 });
    try {
      console.log(`copying ${file} into ${describePostgresUrl(url)} (one transaction)…`);
      const result = await copyToPostgres(source, store.db.$client, { onBatch: showProgress });
      console.log(countsTable(result.counts));
      const seconds = result.ms / 1000;
      console.log(
        `copied ${result.rows} rows in ${seconds.toFixed(1)} s (${Math.round(result.rows / seconds)} rows/s); counts match`,
      );
      return 0;
    } catch (error) {
      if (error instanceof CountMismatchError) console.log(`\n${countsTable(error.counts)}`);
      throw error;
    } finally {
      await store.close();
    }
  } finally {
    source.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

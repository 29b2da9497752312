import { execFileSync, spawn } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../deploy/free-port.ts';
import { supervise } from '../../deploy/supervised-child.ts';

/**
 * A throwaway PostgreSQL 15 cluster in a temporary folder, for tests: Debian's binaries, a free loopback
 * port, durability off (fsync and friends: the data dies with the run anyway), stopped by pid. Debian's
 * own cluster (the one `apt-get install postgresql-15` starts on 5432) is never used, so whether it runs
 * does not matter.
 */

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
export const POSTGRES_INSTALL_HINT =
  "install Debian's postgresql-15 (`bash scripts/ensure-postgres.sh`, which `npm test` runs first) or set POSTGRES_BIN";

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`: the superuser on the maintenance database. */
  url: string;
  pid: number;
  /** Fast shutdown, SIGKILL if it lingers, then removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** initdb and postgres refuse to run as root: as root, run them as Debian's `postgres` user. */
function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A new temporary folder, owned by the user PostgreSQL will run as. */
function clusterFolder(user: { uid: number; gid: number } | undefined): string {
  if (!existsSync(join(POSTGRES_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 not found in ${POSTGRES_BIN}: ${POSTGRES_INSTALL_HINT}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dateline-postgres-'));
  if (user) chownSync(dir, user.uid, user.gid);
  return dir;
}

export async function startPostgresCluster({ startTimeoutMs = 30_000 } = {}): Promise<PostgresCluster> {
  const user = unprivilegedUser();
  const dir = clusterFolder(user);
  const dataDir = join(dir, 'data');
  // Locale "C": text sorts and compares bytewise, and lower() folds ASCII only, as in SQLite
  // (src/core/db/postgres/schema.ts); every database created here inherits it.
  execFileSync(
    join(POSTGRES_BIN, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
    { ...user, stdio: ['ignore', 'ignore', 'pipe'], timeout: startTimeoutMs },
  );
  return serve(dir, dataDir, user, startTimeoutMs);
}

/**
 * A streaming replica of `primary`, in a folder and on a port of its own: `pg_basebackup -R` copies the
 * primary's data folder and writes the standby settings (standby.signal, primary_conninfo), and the
 * server started on the copy replays the primary's WAL as it comes, answering read-only queries
 * meanwhile (hot_standby, on by default). PostgreSQL 15's defaults on the primary suffice: wal_level
 * replica, max_wal_senders 10, and initdb's pg_hba.conf lets 127.0.0.1 connect for replication.
 */
export async function startPostgresReplica(
  primary: PostgresCluster,
  { startTimeoutMs = 30_000 } = {},
): Promise<PostgresCluster> {
  const user = unprivilegedUser();
  const dir = clusterFolder(user);
  const dataDir = join(dir, 'data');
  try {
    execFileSync(
      join(POSTGRES_BIN, 'pg_basebackup'),
      ['-d', primary.url, '-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync'],
      { ...user, stdio: ['ignore', 'ignore', 'pipe'], timeout: startTimeoutMs },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return serve(dir, dataDir, user, startTimeoutMs);
}

/** Starts postgres on `dataDir` on a free loopback port and waits until it accepts connections. */
async function serve(
  dir: string,
  dataDir: string,
  user: { uid: number; gid: number } | undefined,
  startTimeoutMs: number,
): Promise<PostgresCluster> {
  const logPath = join(dir, 'postgres.log');
  const log = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8').slice(-4000) : '');

  const port = await freePort();
  const logFd = openSync(logPath, 'a');
  if (user) chownSync(logPath, user.uid, user.gid);
  const settings = ['fsync=off', 'full_page_writes=off', 'synchronous_commit=off', 'listen_addresses=127.0.0.1'];
  const args = ['-D', dataDir, '-p', String(port), '-k', dir, ...settings.flatMap((setting) => ['-c', setting])];
  const child = spawn(join(POSTGRES_BIN, 'postgres'), args, { ...user, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${POSTGRES_BIN}/postgres`);

  // "fast" shutdown on SIGINT: disconnect clients, no waiting for them.
  const supervised = supervise(child, { signal: 'SIGINT', graceMs: 10_000, folder: dir });
  const stop = () => supervised.stop();

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + startTimeoutMs;
  while (!(await acceptsConnections(url))) {
    if (supervised.exited || Date.now() > deadline) {
      const why = supervised.exited ? 'exited' : `did not accept connections within ${startTimeoutMs} ms`;
      const output = log();
      await stop();
      throw new Error(`The throwaway PostgreSQL cluster ${why}:\n${output}`);
    }
    await sleep(50);
  }
  return { url, pid, stop };
}

import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { renderVcl, type VclSettings } from './render.ts';
import { supervise } from '../supervised-child.ts';

/**
 * Starts and stops a private varnishd running deploy/varnish/dateline.vcl: unprivileged (`-j none`,
 * its working folder in a temporary directory), on a loopback port, in the foreground as a child of
 * this process so that stopping it is a signal to one pid. Used by the tests (tests/support/varnish.ts),
 * `npm run cluster` and `npm run bench`.
 */

const run = promisify(execFile);

export interface VarnishOptions extends VclSettings {
  /** The address to listen on; loopback by default. */
  host?: string;
  /** The port to listen on; 0 (the default) lets the kernel pick a free one. */
  port?: number;
  /** Storage, as `-s` takes it. */
  storage?: string;
  /** Run-time parameters (`-p name=value`), e.g. `{ thread_pool_min: 10 }` for a small test instance. */
  params?: Record<string, string | number>;
  /** How long to wait for varnishd to answer, and for the backend probe to find the API healthy. */
  startTimeoutMs?: number;
  /** False to return without waiting for the probe to find the API healthy (it may not be up yet). */
  waitForHealthyBackend?: boolean;
}

export type BackendHealth = 'healthy' | 'sick';

export interface Varnish {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  pid: number;
  /** varnishd's working folder (`-n`); varnishadm and varnishlog take it as `-n`. */
  workdir: string;
  /** A varnishadm command against this instance, e.g. `admin('backend.list')`; resolves to its output. */
  admin(...command: string[]): Promise<string>;
  /** What the health probe currently says of the API. */
  backendHealth(): Promise<BackendHealth>;
  /** Resolves once the probe says `health` (e.g. `sick` after the API stopped), or rejects after timeoutMs. */
  waitForBackend(health: BackendHealth, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then SIGKILL if it lingers; removes the working folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Debian installs varnishd in /usr/sbin, which is not on every user's PATH; VARNISHD overrides. */
export function findVarnishd(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.VARNISHD
    ? [env.VARNISHD]
    : [...(env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin']
        .filter(Boolean)
        .map((dir) => join(dir, 'varnishd'));
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const VARNISH_INSTALL_HINT =
  "install Debian's varnish and varnish-modules (`sudo apt-get install varnish varnish-modules`; .ci/run does it in CI) or set VARNISHD";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, timeoutMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`, { cause: lastError });
}

/** Renders the VCL for `options`, starts varnishd on it, and resolves once it answers. */
export async function startVarnish(options: VarnishOptions): Promise<Varnish> {
  const varnishd = findVarnishd();
  if (!varnishd) throw new Error(`varnishd not found: ${VARNISH_INSTALL_HINT}`);
  const { host = '127.0.0.1', port = 0, storage = 'malloc,256m', params = {}, startTimeoutMs = 30_000 } = options;
  const workdir = mkdtempSync(join(tmpdir(), 'dateline-varnish-'));
  const vclPath = join(workdir, 'dateline.vcl');
  writeFileSync(vclPath, renderVcl(options));

  const args = ['-F', '-j', 'none', '-n', workdir, '-a', `${host}:${port}`, '-T', '127.0.0.1:0'];
  args.push('-f', vclPath, '-s', storage);
  for (const [name, value] of Object.entries(params)) args.push('-p', `${name}=${value}`);
  const child = spawn(varnishd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${varnishd}`);

  // Kept for the error message should it fail to start; drained and dropped once it runs.
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const supervised = supervise(child, { signal: 'SIGTERM', graceMs: 5000, folder: workdir });

  const admin = async (...command: string[]) =>
    (await run('varnishadm', ['-n', workdir, ...command], { timeout: 10_000 })).stdout;
  const backendHealth = async (): Promise<BackendHealth> =>
    /\bhealthy\b/.test(await admin('backend.list')) ? 'healthy' : 'sick';

  const stop = () => supervised.stop();

  try {
    const listening = await until('varnishd to listen', startTimeoutMs, async () => {
      if (supervised.exited) throw new Error('varnishd exited');
      // "a0 127.0.0.1 41233": the port the kernel gave, once the child process runs.
      const match = /^\S+\s+\S+\s+(\d+)\s*$/m.exec(await admin('debug.listen_address'));
      return match?.[1] === undefined ? undefined : Number(match[1]);
    });
    child.stdout.off('data', collect).resume();
    child.stderr.off('data', collect).resume();
    const varnish: Varnish = {
      url: `http://${host}:${listening}`,
      port: listening,
      pid,
      workdir,
      admin,
      backendHealth,
      waitForBackend: (health, timeoutMs = 10_000) =>
        until(`the backend to be ${health}`, timeoutMs, async () =>
          (await backendHealth()) === health ? true : undefined,
        ).then(() => undefined),
      stop,
    };
    if (options.waitForHealthyBackend !== false) await varnish.waitForBackend('healthy', startTimeoutMs);
    return varnish;
  } catch (error) {
    await stop();
    throw new Error(`varnishd did not start: ${error instanceof Error ? error.message : String(error)}\n${output}`, {
      cause: error,
    });
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.ts';
import { startVarnish, type Varnish } from './varnish/varnishd.ts';

/**
 * The cache tier on one machine, for `npm run cluster` and the bench: the API (as a child process,
 * WORKERS of them behind one port when set) with CACHE_PURGE_URLS naming a varnishd that fronts it.
 */

export interface LocalStackOptions {
  /** How to run the API: node arguments, e.g. `['--import', 'tsx', 'src/server.ts']`. */
  apiArgs: string[];
  /** Environment for the API beyond this process's own (DATABASE_PATH, WORKERS, …). */
  env?: Record<string, string>;
  /** 0 (default) for free ports. */
  apiPort?: number;
  varnishPort?: number;
  /** The API's output goes here (the terminal for `npm run cluster`); dropped when absent. */
  logTo?: NodeJS.WritableStream;
}

export interface LocalStack {
  apiUrl: string;
  api: ChildProcess;
  varnish: Varnish;
  stop(): Promise<void>;
}

/**
 * Starts the API as a node process listening on `port` of loopback (a free one when 0), and resolves
 * once its /health answers: whatever LOG_LEVEL says, and however many workers it runs.
 */
export async function startApiProcess(
  args: string[],
  env: Record<string, string>,
  options: { port?: number; logTo?: NodeJS.WritableStream; timeoutMs?: number } = {},
): Promise<{ child: ChildProcess; url: string }> {
  const { logTo, timeoutMs = 60_000 } = options;
  const port = options.port || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  for (const stream of [child.stdout, child.stderr]) {
    if (logTo) stream?.pipe(logTo, { end: false });
    stream?.on('data', keep);
  }
  const deadline = Date.now() + timeoutMs;
  while (child.exitCode === null && child.signalCode === null) {
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      for (const stream of [child.stdout, child.stderr]) stream?.off('data', keep);
      return { child, url };
    }
    if (Date.now() > deadline) {
      await stopProcess(child);
      throw new Error(`The API did not answer on ${url} within ${timeoutMs} ms: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${args.join(' ')} exited (${child.exitCode ?? child.signalCode}): ${output}`);
}

/** Stops a child process by its pid: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const varnishPort = options.varnishPort || (await freePort());
  const api = await startApiProcess(
    options.apiArgs,
    {
      // Varnish is the only client the API sees: it puts the reader's address in X-Forwarded-For.
      TRUST_PROXY: 'true',
      CACHE_PURGE_URLS: `http://127.0.0.1:${varnishPort}/`,
      ...options.env,
    },
    { port: options.apiPort, logTo: options.logTo },
  );
  try {
    const varnish = await startVarnish({ backendPort: Number(new URL(api.url).port), port: varnishPort });
    return {
      apiUrl: api.url,
      api: api.child,
      varnish,
      stop: async () => {
        await varnish.stop();
        await stopProcess(api.child);
      },
    };
  } catch (error) {
    await stopProcess(api.child);
    throw error;
  }
}

import { afterAll, beforeAll } from 'vitest';
import {
  VARNISH_INSTALL_HINT,
  findVarnishd,
  startVarnish,
  type Varnish,
  type VarnishOptions,
} from '../../deploy/varnish/varnishd.ts';

/**
 * A real varnishd in front of a test's server, for the file's tests: started in beforeAll on a free
 * loopback port with the repository's VCL, stopped by pid in afterAll (whatever the tests did).
 */

/** Small and quick to start: a test sends a few hundred requests at most. */
export const TEST_VARNISH_PARAMS = { thread_pool_min: 10, thread_pool_max: 100, thread_pools: 1 };

/**
 * Why this machine cannot run the Varnish tests, or undefined when it can. In CI (`CI=true`) a
 * missing varnishd is never a reason to skip: the tests run and fail, naming what is missing.
 */
export function varnishSkipReason(): string | undefined {
  if (findVarnishd() || process.env.CI) return undefined;
  const reason = `varnishd not found, Varnish tests skipped: ${VARNISH_INSTALL_HINT}`;
  console.warn(reason);
  return reason;
}

export interface VarnishContext {
  /** Set once beforeAll has run. */
  varnish: Varnish;
}

/**
 * Starts varnishd before the file's tests with the options `settings()` gives then (so they may
 * read a port another beforeAll chose, e.g. the server of `useSeededApp({ listen: true })`, which
 * must be registered first), and stops it after them.
 */
export function useVarnish(settings: () => VarnishOptions): VarnishContext {
  const context = {} as VarnishContext;
  beforeAll(async () => {
    context.varnish = await startVarnish({ storage: 'malloc,64m', params: TEST_VARNISH_PARAMS, ...settings() });
  });
  afterAll(async () => {
    await context.varnish?.stop();
  });
  return context;
}

/** The port of a `http://127.0.0.1:PORT` URL, e.g. a test server's `baseUrl`. */
export const portOf = (url: string) => Number(new URL(url).port);

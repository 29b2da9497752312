import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFuzz, type FuzzReport } from '../support/fuzz/run.ts';
import { useSeededApp } from '../support/app.ts';

/**
 * The contract fuzz suite (tests/support/fuzz/run.ts says what it sends and checks), bounded for `npm
 * test`: FUZZ_REQUESTS requests (default 700, ten rounds of every operation) from the seed in
 * FUZZ_SEED (default a fixed one, so CI is repeatable; the seed is logged either way). Longer
 * soaks: `npm run fuzz -- --requests 30000 [--seed S]`.
 */

const DEFAULT_SEED = 20_261_101;
const seed = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const requests = Number(process.env.FUZZ_REQUESTS ?? 700);

const ctx = useSeededApp({
  // Every answer is checked, so the limits that would turn most of them into 429s are lifted.
  env: { RATE_LIMIT_MAX: '1000000', AUTH_MAX_FAILURES: '1000000' },
});

// Webhook deliveries the fuzzer causes go nowhere: the run makes no network request.
const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = () => Promise.reject(new Error('no network during the contract fuzz'));
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('the contract fuzz', () => {
  let report: FuzzReport;

  it(`answers ${requests} generated requests within the contract (seed ${seed}; FUZZ_SEED to change)`, async () => {
    console.log(
      `contract fuzz: ${requests} requests, seed ${seed} (FUZZ_SEED=${seed} FUZZ_REQUESTS=${requests} to repeat)`,
    );
    report = await runFuzz({ app: ctx.app, requests, seed });
    console.log(
      `contract fuzz: ${report.requests} requests in ${report.durationMs} ms; statuses ${JSON.stringify(report.statuses)}`,
    );
    const failures = report.failures.map(
      (f) => `${f.kind} ${f.status} ${f.operation} as ${f.identity}: ${f.detail}\n  ${f.request}`,
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('reached every operation of the document, anonymously and with every scope', async () => {
    const { body } = await ctx.app.inject({ method: 'GET', url: '/openapi.json' }).then((r) => ({ body: r.json() }));
    const operations = Object.entries<Record<string, unknown>>(body.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(Object.keys(report.operations).sort()).toEqual(operations.sort());
    if (requests >= operations.length * 5) {
      for (const operation of operations) {
        expect(report.identities[operation]?.sort(), operation).toEqual(
          ['admin', 'anonymous', 'invalid key', 'read:drafts', 'write'].sort(),
        );
      }
    }
  });
});

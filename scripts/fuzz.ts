import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/core/db/client.ts';
import { seedDatabase } from '../seed/load.ts';
import { runFuzz } from '../tests/support/fuzz/run.ts';

/**
 * The contract fuzz as a soak run: `npm run fuzz -- --requests 30000 [--seed S]`, on a fresh seeded
 * database in a temporary folder. Without --seed a random one is drawn; it is printed so that a
 * failing run can be repeated. Exits 1 when any answer broke the contract.
 */

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '5000' }, seed: { type: 'string' } },
});
const requests = Number(values.requests);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(requests) || requests < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: npm run fuzz -- --requests N [--seed S]');
  process.exit(2);
}

// Webhook deliveries the fuzzer causes go nowhere: the run makes no network request.
globalThis.fetch = () => Promise.reject(new Error('no network during the contract fuzz'));

const dir = mkdtempSync(join(tmpdir(), 'dateline-fuzz-'));
const db = openDatabase(join(dir, 'fuzz.db'));
await seedDatabase(db);
const app = await buildApp({
  config: loadConfig({ RATE_LIMIT_MAX: '100000000', AUTH_MAX_FAILURES: '100000000' }),
  db,
});
await app.ready();
console.log(`contract fuzz: ${requests} requests, seed ${seed}`);
let failed = false;
try {
  const step = Math.max(1000, Math.floor(requests / 20));
  const report = await runFuzz({
    app,
    requests,
    seed,
    onProgress: (done) => {
      if (done % step === 0) console.log(`  ${done} / ${requests}`);
    },
  });
  const rate = Math.round((report.requests / report.durationMs) * 1000);
  console.log(`${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s (${rate}/s)`);
  console.log(`statuses: ${JSON.stringify(report.statuses)}`);
  console.log(`operations reached: ${Object.keys(report.operations).length}`);
  const slowest = Object.entries(report.spentMs)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 5)
    .map(([operation, ms]) => `${operation} ${Math.round(ms)} ms`);
  console.log(`most time: ${slowest.join('; ')}`);
  for (const failure of report.failures) {
    console.log(`\n${failure.kind} ${failure.status} ${failure.operation} as ${failure.identity}\n  ${failure.detail}`);
    console.log(`  ${failure.request}`);
  }
  console.log(`\n${report.failures.length} distinct contract failures (seed ${seed})`);
  failed = report.failures.length > 0;
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

/**
 * `npm run bench [-- --db data/bench.db] [--url postgres://…] [--seconds 5] [--rounds 3] [--only …]`: the benchmarks
 * in turn (run.ts, then the cache tier's and several processes' rows), each given the options it reads:
 * npm hands a script's arguments to the last command of an `a && b` chain only. The cache tier measures
 * Varnish in front of the API, so it runs on the SQLite file whatever `--url` says.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    url: { type: 'string' },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    only: { type: 'string' },
  },
});

const BENCHES: [script: string, reads: (keyof typeof values)[]][] = [
  ['bench/run.ts', ['db', 'url', 'seconds', 'rounds', 'only']],
  ['bench/cache-tier.ts', ['db', 'seconds']],
  ['bench/workers.ts', ['db', 'url', 'seconds']],
];

for (const [script, reads] of BENCHES) {
  const args = reads.flatMap((name) => (values[name] === undefined ? [] : [`--${name}`, values[name]]));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

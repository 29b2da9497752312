import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../src/core/db/client.ts';
import { storeMissingDocuments } from '../src/resources/articles/document.ts';
import { random } from '../seed/generate.ts';

/**
 * `npm run bench:profile [-- --db data/bench.db --seconds 10 --top 25 --only article,list]`: the compiled API under
 * `node --cpu-prof`, loaded by autocannon (20 connections) with single articles by random id and
 * lists of 20 (default and filtered), then the functions that used the most CPU themselves (self
 * time) and with what they call (total time). Run `npm run build` first.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    seconds: { type: 'string', default: '10' },
    top: { type: 'string', default: '25' },
    only: { type: 'string' },
  },
});

// As `npm run bench` does: a server up a while holds every article's document.
{
  const db = openDatabase(values.db);
  await storeMissingDocuments(db);
  closeDatabase(db);
}
const data = new Database(values.db, { readonly: true });
const column = (sql: string) => data.prepare(sql).pluck().all() as string[];
const ids = column("SELECT id FROM articles WHERE status = 'published' AND slug LIKE 'gen-%'");
const people = column("SELECT slug FROM people WHERE slug LIKE 'gen-%'");
const countries = column("SELECT slug FROM places WHERE kind = 'country' AND slug LIKE 'gen-%'");
const organisations = column("SELECT slug FROM organisations WHERE slug LIKE 'gen-%'");
data.close();
const { pick } = random(42);
const PATHS: Record<string, () => string> = {
  article: () => `/articles/${pick(ids)}`,
  list: () => '/articles',
  person: () => `/articles?person=${pick(people)}`,
  place: () => `/articles?place=${pick(countries)}`,
  organisation: () => `/articles?organisation=${pick(organisations)}`,
  language: () => `/articles?language=${pick(['fr', 'de', 'uk'])}`,
  speaker: () => `/quotes?speaker=${pick(people)}`,
  health: () => '/health',
};
const paths = (values.only?.split(',') ?? ['article', 'list', 'person', 'place', 'speaker']).map((name) => {
  const path = PATHS[name];
  if (!path) throw new Error(`--only takes ${Object.keys(PATHS).join(', ')}`);
  return path;
});

const directory = mkdtempSync(join(tmpdir(), 'dateline-profile-'));
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${directory}`, 'dist/src/server.js'], {
  env: { ...process.env, DATABASE_PATH: values.db, PORT: '0', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) => {
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
    if (match?.[1]) {
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve(match[1]);
    }
  });
});
let turn = 0;
await autocannon({
  url,
  connections: 20,
  duration: Number(values.seconds),
  requests: [{ setupRequest: (request) => ({ ...request, path: (paths[turn++ % paths.length] ?? paths[0]!)() }) }],
});
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${directory}`);
const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const id of node.children ?? []) parentOf.set(id, node.id);
const label = (node: ProfileNode) => {
  const where = node.callFrame.url.replace(/^.*\/(node_modules\/)?/, '').replace(/^file:\/\//, '');
  return `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
};
// Only the samples taken under load (the last `seconds`), not start-up's schema compilation.
const times: number[] = [];
let clock = 0;
for (const delta of profile.timeDeltas) times.push((clock += delta));
const from = clock - Number(values.seconds) * 1e6;
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, index) => {
  if ((times[index] ?? 0) < from) return;
  all += 1;
  let node = byId.get(id);
  const name = node ? label(node) : '?';
  self.set(name, (self.get(name) ?? 0) + 1);
  const onStack = new Set<string>();
  while (node) {
    onStack.add(label(node));
    const parent = parentOf.get(node.id);
    node = parent === undefined ? undefined : byId.get(parent);
  }
  for (const entry of onStack) total.set(entry, (total.get(entry) ?? 0) + 1);
});
const top = Number(values.top);
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (% of ${all} samples)`);
  for (const [name, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((hits / all) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
};
show('Self time', self);
show('Total time', total);
console.log(`\nprofile: ${join(directory, file)}`);

// Measures Strapi or Dateline alike with autocannon: 50 connections, 3 rounds of 5 s per route, the median
// round kept, the server drained between rounds, and CPU per request read from /proc/<pid>/stat.
//
// Usage:
//   node measure.mjs strapi                                   BASE (default http://127.0.0.1:1337), pid from strapi.pid
//   node measure.mjs dateline <data.db> [base url] [pid]      base defaults to http://127.0.0.1:3000
// Without a pid there is no CPU figure, and the drain between rounds is a plain 3 s pause.
// Prints JSON on stdout, progress on stderr.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';

// autocannon and better-sqlite3 come from the Dateline repository's node_modules, two folders up.
const require = createRequire(new URL('../../package.json', import.meta.url));
const autocannon = require('autocannon');

const CONNECTIONS = 50;
const ROUNDS = 3;
const DURATION = 5;
const HZ = 100; // USER_HZ on Linux: /proc/<pid>/stat counts CPU time in 1/100 s
const USAGE = 'usage: node measure.mjs strapi | node measure.mjs dateline <data.db> [base url] [pid]';

function usage() {
  console.error(USAGE);
  process.exit(2);
}

async function getJSON(base, path) {
  const r = await fetch(base + path);
  const buf = Buffer.from(await r.arrayBuffer());
  return { status: r.status, bytes: buf.length, json: JSON.parse(buf.toString('utf8')) };
}

// Each target: where it listens, which process to sample, which articles exist, and the same three routes
// in its own dialect (one article by id, the newest 20 in full, the newest 20 with list fields only).
const targets = {
  strapi() {
    const base = process.env.BASE || 'http://127.0.0.1:1337';
    const pidFile = new URL('./strapi.pid', import.meta.url);
    return {
      base,
      pid: existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : null,
      // Every documentId, through the API: Strapi gives them out, not the data file.
      async ids() {
        const ids = [];
        for (let page = 1; ; page++) {
          const { json } = await getJSON(
            base,
            `/api/articles?fields[0]=documentId&pagination[pageSize]=100&pagination[page]=${page}`,
          );
          for (const d of json.data) ids.push(d.documentId);
          if (page >= json.meta.pagination.pageCount) break;
        }
        return ids;
      },
      list: '/api/articles?pagination[pageSize]=20&sort=publishedDate:desc',
      listFields:
        '/api/articles?fields[0]=headline&fields[1]=slug&fields[2]=standfirst&fields[3]=publishedDate' +
        '&fields[4]=language&fields[5]=wordCount&pagination[pageSize]=20&sort=publishedDate:desc',
      one: (id) => `/api/articles/${id}`,
    };
  },
  dateline(file, base = 'http://127.0.0.1:3000', pid = null) {
    if (!file) usage();
    return {
      base,
      pid,
      // The same published articles Strapi was loaded with (load.mjs reads the same file).
      async ids() {
        const Database = require('better-sqlite3');
        const data = new Database(file, { readonly: true, fileMustExist: true });
        const ids = data.prepare("SELECT id FROM articles WHERE status = 'published'").pluck().all();
        data.close();
        return ids;
      },
      list: '/articles?limit=20',
      listFields: '/articles?limit=20&fields=headline,slug,standfirst,publishedAt,language,wordCount',
      one: (id) => `/articles/${id}`,
    };
  },
};

const [name, ...args] = process.argv.slice(2);
if (!Object.hasOwn(targets, name)) usage();
const target = targets[name](...args);
const BASE = target.base;
const PID = target.pid;

// CPU ticks (user + system) of the server and its direct children, in case it forks (WORKERS > 1).
function cpuTicks() {
  if (!PID) return null;
  try {
    const pids = [PID];
    try {
      const kids = readFileSync(`/proc/${PID}/task/${PID}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      pids.push(...kids);
    } catch {
      // no children file: the process alone
    }
    let t = 0;
    for (const p of pids) {
      const s = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      t += Number(f[11]) + Number(f[12]); // utime + stime (fields 14 and 15)
    }
    return t;
  } catch {
    return null;
  }
}

const ids = await target.ids();
console.error(`${name}: ${ids.length} article ids`);
if (ids.length === 0) throw new Error('no articles to measure');

const routes = {
  byId: {
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          req.path = target.one(ids[(Math.random() * ids.length) | 0]);
          return req;
        },
      },
    ],
  },
  list20: { requests: [{ method: 'GET', path: target.list }] },
  list20Fields: { requests: [{ method: 'GET', path: target.listFields }] },
};

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url: BASE, connections: CONNECTIONS, duration: DURATION, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

// Waits until the server has drained queued requests (its CPU stops advancing), so rounds don't overlap.
async function drain(maxMs = 20000) {
  const t0 = Date.now();
  let prev = cpuTicks();
  if (prev == null) {
    await new Promise((r) => setTimeout(r, 3000));
    return;
  }
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 250));
    const cur = cpuTicks();
    if (cur - prev <= 2) return; // at most 20 ms of CPU in 250 ms: idle
    prev = cur;
  }
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
};

// One response of each route: sizes, and whether the lists carry the body.
const sampleList = await getJSON(BASE, target.list);
const sampleListFields = await getJSON(BASE, target.listFields);
const sampleOne = await getJSON(BASE, target.one(ids[0]));

const out = {
  target: name,
  base: BASE,
  connections: CONNECTIONS,
  rounds: ROUNDS,
  durationSec: DURATION,
  articleIds: ids.length,
  responseBytes: { list20: sampleList.bytes, list20Fields: sampleListFields.bytes, oneArticle: sampleOne.bytes },
  listIncludesBody: 'body' in (sampleList.json.data[0] || {}),
  listFieldsIncludesBody: 'body' in (sampleListFields.json.data[0] || {}),
  listItemKeys: Object.keys(sampleList.json.data[0] || {}),
  routes: {},
};

for (const [route, opts] of Object.entries(routes)) {
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    await drain();
    const c0 = cpuTicks();
    const r = await run(opts);
    await drain(); // counts the CPU of requests still queued when autocannon stopped
    const c1 = cpuTicks();
    const total = r.requests.total;
    const sent = r.requests.sent || total;
    const non2xx = r.non2xx + r.errors + r.timeouts;
    rounds.push({
      reqPerSec: r.requests.average,
      total,
      sent,
      non2xx,
      latencyP50ms: r.latency.p50,
      latencyP99ms: r.latency.p99,
      cpuMsPerReq: c0 != null && c1 != null && sent ? +(((c1 - c0) * 1000) / HZ / sent).toFixed(3) : null,
    });
    console.error(`${route} round ${i + 1}: ${r.requests.average} req/s, non2xx/err ${non2xx}`);
  }
  out.routes[route] = {
    medianReqPerSec: median(rounds.map((r) => r.reqPerSec)),
    medianCpuMsPerReq: rounds[0].cpuMsPerReq == null ? null : median(rounds.map((r) => r.cpuMsPerReq)),
    rounds,
  };
}
console.log(JSON.stringify(out, null, 2));

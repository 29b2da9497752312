// Loads the published articles of a Dateline SQLite data file into Strapi through its REST API
// (POST /api/articles?status=published, with the full-access token src/index.js wrote to .loader-token),
// the way an editor's tooling would. Not idempotent: slug is unique, so load into a fresh Strapi database.
//
// Usage: node load.mjs <data.db>        e.g. node bench/strapi/load.mjs data/bench10k.db
// Env: BASE (default http://127.0.0.1:1337), CONCURRENCY (8), LIMIT (10000, newest first), TOKEN (.loader-token)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

// better-sqlite3 comes from the Dateline repository's node_modules, two folders up.
const require = createRequire(new URL('../../package.json', import.meta.url));
const Database = require('better-sqlite3');

const file = process.argv[2];
if (!file) {
  console.error('usage: node load.mjs <dateline data.db>');
  process.exit(2);
}
const BASE = process.env.BASE || 'http://127.0.0.1:1337';
const CONCURRENCY = Number(process.env.CONCURRENCY || 8);
const LIMIT = Number(process.env.LIMIT || 10000);
const TOKEN = (process.env.TOKEN || readFileSync(new URL('./.loader-token', import.meta.url), 'utf8')).trim();

const db = new Database(file, { readonly: true, fileMustExist: true });
const rows = db
  .prepare(
    `SELECT id, slug, headline, standfirst, body, language, status, published_at, word_count
       FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT ?`,
  )
  .all(LIMIT);
db.close();
console.error(`source rows selected: ${rows.length} (limit ${LIMIT})`);

let next = 0;
let ok = 0;
let failed = 0;
const errors = [];

async function post(row) {
  const data = {
    headline: row.headline,
    slug: row.slug,
    standfirst: row.standfirst,
    body: row.body,
    language: row.language,
    publishedDate: row.published_at,
    wordCount: row.word_count,
  };
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${BASE}/api/articles?status=published`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ data }),
    });
    const text = await res.text();
    if (res.ok) return;
    if (attempt >= 3) throw new Error(`HTTP ${res.status} for ${row.slug}: ${text.slice(0, 300)}`);
  }
}

async function worker() {
  while (next < rows.length) {
    const row = rows[next++];
    try {
      await post(row);
      ok++;
    } catch (e) {
      failed++;
      if (errors.length < 10) errors.push(e.message);
    }
    if ((ok + failed) % 1000 === 0) console.error(`${ok + failed}/${rows.length} ...`);
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const secs = (performance.now() - t0) / 1000;
const check = await (await fetch(`${BASE}/api/articles?pagination[pageSize]=1`)).json();
console.log(
  JSON.stringify(
    {
      selected: rows.length,
      ok,
      failed,
      concurrency: CONCURRENCY,
      seconds: +secs.toFixed(1),
      perSecond: +(ok / secs).toFixed(1),
      publicTotalAfter: check?.meta?.pagination?.total,
      errors,
    },
    null,
    2,
  ),
);
if (failed > 0) process.exitCode = 1;

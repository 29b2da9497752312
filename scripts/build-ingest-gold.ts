// Writes each fixture's gold file (dry-run format) from its hand-written labels: `npx tsx scripts/build-ingest-gold.ts`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR, buildGold, type Labels } from './ingest/gold.ts';

for (const file of readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.labels.json'))
  .sort()) {
  const name = file.replace(/\.labels\.json$/, '');
  const text = readFileSync(join(FIXTURE_DIR, `${name}.txt`), 'utf8');
  const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Labels;
  writeFileSync(join(FIXTURE_DIR, `${name}.json`), `${JSON.stringify(buildGold(name, text, labels), null, 2)}\n`);
}

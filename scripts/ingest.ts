import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { closeStore, openStore } from '../src/core/db/store.ts';
import { extractArticle, IngestInputError, toDryRunJson } from '../src/ingest/index.ts';
import { ingestArticle } from '../src/resources/ingest/repository.ts';
import { lexiconOf } from '../src/resources/ingest/lexicon.ts';

/**
 * `npm run ingest -- <file.txt> [--headline … --published-at … --source … --language …]`: creates a
 * draft from plain-text copy in DATABASE_PATH, with its quotes, speakers and mentions.
 * `--dry-run` writes nothing; with `--json` it prints only the extraction, as one JSON object on
 * stdout: `{ quotes: [{ text, start, end, kind, channel, speaker }], mentions: [{ type, name, start, end }] }`.
 */

const USAGE =
  'usage: npm run ingest -- <file.txt> [--headline <text>] [--published-at <ISO date-time>] [--source <text>] ' +
  '[--language <tag>] [--dry-run] [--json]';

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      headline: { type: 'string' },
      'published-at': { type: 'string' },
      source: { type: 'string' },
      language: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new Error(USAGE);
  const publishedAt = values['published-at'];
  if (publishedAt !== undefined && Number.isNaN(Date.parse(publishedAt))) {
    throw new Error(`--published-at: "${publishedAt}" is not an ISO 8601 date-time`);
  }
  const text = readFileSync(file, 'utf8');
  const config = loadConfig();
  const db = await openStore(config);
  try {
    if (values['dry-run']) {
      const result = extractArticle(text, await lexiconOf(db));
      if (values.json) process.stdout.write(toDryRunJson(result, text));
      else {
        console.log(`${result.blocks.length} blocks, ${result.wordCount} words`);
        console.log(
          `${result.quotes.length} quotes, ${result.mentions.length} mentions, ${result.suggestions.length} new entities`,
        );
        for (const doubt of result.lowConfidence) console.log(`check: ${doubt.message}`);
      }
      return;
    }
    const outcome = await ingestArticle(
      db,
      text,
      { headline: values.headline, publishedAt, source: values.source, language: values.language },
      { id: 'cli', name: 'npm run ingest' },
    );
    const summary = {
      articleId: outcome.articleId,
      quotes: outcome.quoteCount,
      mentions: outcome.mentionCount,
      suggested: outcome.suggested,
      lowConfidence: outcome.extraction.lowConfidence.map(({ reason, message }) => ({ reason, message })),
    };
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      console.log(`Created draft ${summary.articleId}: ${summary.quotes} quotes, ${summary.mentions} mentions.`);
      for (const entity of summary.suggested) console.log(`suggested ${entity.type}: ${entity.name} (${entity.id})`);
      for (const doubt of summary.lowConfidence) console.log(`check: ${doubt.message}`);
    }
  } finally {
    await closeStore(db);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(
    error instanceof IngestInputError
      ? `${error.field}: ${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
}

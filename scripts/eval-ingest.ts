// Scores the ingest engine on the labelled fixtures and the seed document: `npx tsx scripts/eval-ingest.ts [--verbose]`.
// Exits non-zero only when something breaks (a fixture throws), never because a figure misses its target.
import { readAnnotation, readDocument } from '../seed/load.ts';
import { extractArticle, toDryRun, type DryRun } from '../src/ingest/index.ts';
import { lexiconFromAnnotation } from '../tests/ingest-support/seed-lexicon.ts';
import { HELD_OUT_FROM, readFixtures, readLexicon } from './ingest/gold.ts';
import { addScores, f1, precision, recall, score, type Counts, type Score } from './ingest/metrics.ts';

const verbose = process.argv.includes('--verbose');

function seedGold(): { text: string; gold: DryRun; lexicon: ReturnType<typeof lexiconFromAnnotation> } {
  const annotation = readAnnotation();
  const names = new Map(
    [...annotation.people, ...annotation.organisations, ...annotation.places].map((e) => [e.slug, e.name]),
  );
  const gold: DryRun = {
    quotes: annotation.quotes.map((quote) => ({
      text: quote.text,
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      channel: quote.channel,
      speaker:
        quote.speaker && quote.speakerMention
          ? {
              name: names.get(quote.speaker.slug) ?? '',
              type: quote.speaker.type,
              start: quote.speakerMention.start,
              end: quote.speakerMention.end,
            }
          : null,
    })),
    mentions: annotation.mentions.map((m) => ({
      type: m.type,
      name: names.get(m.slug) ?? '',
      start: m.start,
      end: m.end,
    })),
  };
  return { text: readDocument(annotation), gold, lexicon: lexiconFromAnnotation(annotation) };
}

const format = (value: number) => value.toFixed(2);
const prf = (counts: Counts) => `${format(precision(counts))} ${format(recall(counts))} ${format(f1(counts))}`;
const share = (ratio: { right: number; matched: number }) =>
  ratio.matched === 0 ? '  - ' : format(ratio.right / ratio.matched);

function row(label: string, total: Score, files: number): string {
  return [
    label.padEnd(18),
    String(files).padStart(5),
    `${total.direct.gold}/${total.all.gold}`.padStart(7),
    prf(total.direct).padStart(16),
    prf(total.all).padStart(16),
    share(total.speakers).padStart(8),
    share(total.speakerSpans).padStart(8),
    share(total.channels).padStart(8),
    prf(total.mentions).padStart(16),
  ].join(' ');
}

let failed = false;
const fixtureLexicon = readLexicon();
const seed = seedGold();
/**
 * "known entities": every fixture's people, organisations and places are in the lexicon, as for an
 * article about people the newsroom has covered before. "cold start": only the seed newsroom's
 * lexicon, as on a fresh install, so every fixture entity must be discovered from the text.
 */
const conditions = [
  { label: 'known', lexicon: fixtureLexicon },
  { label: 'cold', lexicon: seed.lexicon },
];
const sets = new Map<string, Score[]>();
const add = (label: string, result: Score) => sets.set(label, [...(sets.get(label) ?? []), result]);
for (const condition of conditions) {
  for (const fixture of readFixtures()) {
    const set = `${condition.label} ${fixture.number >= HELD_OUT_FROM ? 'held-out' : 'dev'}`;
    try {
      const found = toDryRun(extractArticle(fixture.text, condition.lexicon), fixture.text);
      const result = score(fixture.gold, found);
      add(set, result);
      if (verbose && result.misses.length > 0)
        console.log(`[${condition.label}] ${fixture.name}\n  ${result.misses.join('\n  ')}`);
    } catch (error) {
      failed = true;
      console.error(`[${condition.label}] ${fixture.name}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}
try {
  const result = score(seed.gold, toDryRun(extractArticle(seed.text, seed.lexicon), seed.text));
  add('seed document', result);
  if (verbose && result.misses.length > 0) console.log(`seed\n  ${result.misses.join('\n  ')}`);
} catch (error) {
  failed = true;
  console.error(`seed: ${error instanceof Error ? error.stack : String(error)}`);
}

console.log(
  `${'set'.padEnd(18)} files ${'dir/all'.padStart(7)} ${'direct P  R  F1'.padStart(16)} ${'all P  R  F1'.padStart(16)} ${'speaker'.padStart(8)} ${'spk-span'.padStart(8)} ${'channel'.padStart(8)} ${'mention P R F1'.padStart(16)}`,
);
for (const [label, scores] of sets) console.log(row(label, addScores(scores), scores.length));
console.log(
  '\nDirect/partial quotes match on exact offsets, indirect on span overlap >= 0.8; kinds must agree. Speaker = share of matched\n' +
    'quotes whose speaker name is right (none = none counts); spk-span = speaker mention offsets right; mentions: exact span + type.\n' +
    "known = the fixture lexicon holds every fixture entity; cold = only the seed newsroom's lexicon (a fresh install), so\n" +
    'fixture entities must be discovered; a discovered entity is named as the text introduces it ("Claire Moreau").\n' +
    'Targets: direct P >= 0.95, direct R >= 0.90, speaker >= 0.90, mention R >= 0.85.',
);
process.exitCode = failed ? 1 : 0;

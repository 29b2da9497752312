import { extractArticle, type Lexicon } from '../../src/ingest/index.ts';
import { countWords } from '../../src/lib/article-text.ts';

/**
 * Speed figures for `npm run eval:ingest`: a 10,000-word article of real copy, warm; and the
 * time for growing inputs of many distinct capitalised names (the input that once took 71 s for
 * 1.9 MB), which must grow in proportion to the size.
 */

/** Real paragraphs, repeated in order until the article has at least `words` words. */
export function articleOfWords(texts: readonly string[], words: number): string {
  const paragraphs = texts.flatMap((text) => text.split(/\n\n+/));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length] ?? '';
    out.push(paragraph);
    count += countWords(paragraph);
  }
  return out.join('\n\n');
}

/** A deterministic stream of made-up capitalised words (mulberry32), so every name is new. */
function wordMaker(seed: number): () => string {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => {
    const length = 4 + Math.floor(random() * 6);
    let word = String.fromCharCode(65 + Math.floor(random() * 26));
    for (let i = 1; i < length; i += 1) word += String.fromCharCode(97 + Math.floor(random() * 26));
    return word;
  };
}

/** Text of capitalised words: ever new people, organisations and places, pronouns and quotes, in paragraphs. */
export function capitalisedText(bytes: number): string {
  const word = wordMaker(1);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const part =
      `John ${word()} met Anna ${word()} of the ${word()} ${word()} Ministry in ${word()}. ` +
      `"${word()} ${word()}," he said. ${word()} ${word()} ${word()} Energy said ${word()} ${word()} would ${word()}. ` +
      (i % 4 === 3 ? '\n\n' : '');
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall-clock and CPU milliseconds of `runs` runs after `warmups`; CPU time is what other load on a shared machine disturbs least. */
export function timeIt(run: () => void, warmups: number, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < warmups; i += 1) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function throughputReport(texts: readonly string[], lexicon: Lexicon, sizesMb: readonly number[]): string[] {
  const article = articleOfWords(texts, 10_000);
  const words = countWords(article);
  const { wall, cpu } = timeIt(() => extractArticle(article, lexicon), 3, 7);
  const lines = [
    `10,000-word article of real copy (${words} words, ${(article.length / 1000).toFixed(0)} kB), warm, median of 7: ` +
      `${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${Math.round(words / (wall / 1000)).toLocaleString('en')} words/s). Target < 200 ms.`,
  ];
  const timings = sizesMb.map((mb) => {
    const text = capitalisedText(mb * 1_000_000);
    const { wall: ms } = timeIt(() => extractArticle(text, lexicon), 0, 1);
    return `${mb} MB → ${(ms / 1000).toFixed(2)} s (${(mb / (ms / 1000)).toFixed(2)} MB/s)`;
  });
  lines.push(`Capitalised words (ever new names, pronouns, quotes), one run each: ${timings.join(', ')}.`);
  return lines;
}

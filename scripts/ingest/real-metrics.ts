import type { DryRun } from '../../src/ingest/dry-run.ts';
import type { Counts } from './metrics.ts';
import type { RealArticle, RealMention, SpeakerForm } from './real-copy.ts';

/**
 * Scoring on real copy, whose gold was not written to the engine's conventions, so spans are
 * matched loosely and the rules are stated here:
 * - a found direct quote is right when it overlaps a labelled quote (direct or partial);
 * - a labelled quote is found when a found direct or partial quote overlaps it;
 * - its speaker is right when the found quote that overlaps it most names one of the labelled
 *   names (or none, where the label allows none); a quote not found counts as a wrong speaker;
 * - a mention is right when its type agrees and, leaving out a leading "the" and a final "'s", its
 *   span equals the gold span or ends the gold span (GUM's "Home Secretary Suella Braverman" is
 *   found as "Suella Braverman"). Each gold mention pairs with one found mention at most. A found
 *   mention that lands, by the same rule, on a mention GUM does not call named ("Prime Minister Rishi
 *   Sunak's", "immigration barrister Colin Yeo": a role noun heads them) is left out of precision:
 *   it is a real person, place or organisation, just not one GUM's `named` covers. `strictFound`
 *   counts it as wrong. Where the gold cannot nest names (Brown: one type per name run), a found
 *   place strictly inside a gold organisation ("Texas" in "Texas A & I College") is left out of precision too.
 */

export type MentionType = RealMention['type'];
export const MENTION_TYPES: readonly MentionType[] = ['person', 'place', 'organisation'];
export const SPEAKER_FORMS: readonly SpeakerForm[] = ['name', 'pronoun', 'description', 'continued'];

export interface Ratio {
  right: number;
  total: number;
}

export interface RealScore {
  /** Found direct quotes that overlap a labelled quote. */
  directPrecision: Ratio;
  /** Labelled direct quotes that a found quote overlaps. */
  directRecall: Ratio;
  /** Labelled quotes, direct and partial, that a found quote overlaps. */
  allRecall: Ratio;
  /** Direct quotes by how the article attributes them. */
  speakers: Record<SpeakerForm, Ratio>;
  speakersAllDirect: Ratio;
  speakersPartial: Ratio;
  mentions: Record<MentionType, Counts>;
  /** Found mentions when every one not on a named gold mention counts as wrong. */
  strictFound: Record<MentionType, number>;
  misses: string[];
}

const emptyRatio = (): Ratio => ({ right: 0, total: 0 });
const emptyCounts = (): Counts => ({ truePositives: 0, found: 0, gold: 0 });

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The span without a leading "the " and a final "'s". */
function core(text: string, start: number, end: number): { start: number; end: number } {
  const words = text.slice(start, end);
  const leading = /^(?:the|The)\s/.exec(words)?.[0].length ?? 0;
  const trailing = /['’]s?$/.exec(words)?.[0].length ?? 0;
  return { start: start + leading, end: Math.max(start + leading, end - trailing) };
}

function mentionMatches(text: string, gold: RealMention, found: DryRun['mentions'][number]): boolean {
  if (gold.type !== found.type) return false;
  const g = core(text, gold.start, gold.end);
  const f = core(text, found.start, found.end);
  return f.end === g.end && f.start >= g.start;
}

/** A place strictly inside a gold organisation's or person's name, which a flat gold cannot label. */
const nestsIn = (found: DryRun['mentions'][number], gold: RealMention) =>
  found.type === 'place' &&
  gold.type !== 'place' &&
  gold.start <= found.start &&
  found.end <= gold.end &&
  gold.end - gold.start > found.end - found.start;

const normalName = (name: string | null) => name?.replace(/^the\s/i, '').toLowerCase() ?? null;

export function scoreReal(article: RealArticle, found: DryRun): RealScore {
  const text = article.text;
  const misses: string[] = [];
  const quoted = found.quotes.filter((quote) => quote.kind !== 'indirect');
  const foundDirect = quoted.filter((quote) => quote.kind === 'direct');
  const goldDirect = article.quotes.filter((quote) => quote.kind === 'direct');
  const directRight = foundDirect.filter((quote) => article.quotes.some((gold) => overlap(gold, quote) > 0));
  for (const quote of foundDirect)
    if (!directRight.includes(quote)) misses.push(`extra direct "${quote.text.slice(0, 50)}"`);
  const isFound = (gold: { start: number; end: number }) => quoted.some((quote) => overlap(gold, quote) > 0);
  const speakers = Object.fromEntries(SPEAKER_FORMS.map((form) => [form, emptyRatio()])) as Record<SpeakerForm, Ratio>;
  const speakersAllDirect = emptyRatio();
  const speakersPartial = emptyRatio();
  for (const gold of article.quotes) {
    const best = quoted
      .map((quote) => ({ quote, shared: overlap(gold, quote) }))
      .filter((pair) => pair.shared > 0)
      .sort((a, b) => b.shared - a.shared)[0]?.quote;
    const name = best?.speaker?.name ?? null;
    const accepted = gold.speaker.map(normalName);
    const right = best !== undefined && accepted.includes(normalName(name));
    const label = `"${text.slice(gold.start, gold.start + 40)}"`;
    if (best === undefined) misses.push(`missed ${gold.kind} ${label}`);
    else if (!right)
      misses.push(`speaker of ${gold.kind} ${label} (${gold.form}): ${name ?? 'none'}, not ${gold.speaker.join('/')}`);
    const tally = (ratio: Ratio) => {
      ratio.total += 1;
      if (right) ratio.right += 1;
    };
    if (gold.kind === 'direct') {
      tally(speakers[gold.form]);
      tally(speakersAllDirect);
    } else {
      tally(speakersPartial);
    }
  }
  const mentions = Object.fromEntries(MENTION_TYPES.map((type) => [type, emptyCounts()])) as Record<
    MentionType,
    Counts
  >;
  const used = new Set<number>();
  for (const gold of article.mentions) {
    mentions[gold.type].gold += 1;
    const index = found.mentions.findIndex((mention, i) => !used.has(i) && mentionMatches(text, gold, mention));
    if (index >= 0) {
      used.add(index);
      mentions[gold.type].truePositives += 1;
    } else {
      misses.push(`missed ${gold.type} "${gold.text}" at ${gold.start}`);
    }
  }
  const strictFound = Object.fromEntries(MENTION_TYPES.map((type) => [type, 0])) as Record<MentionType, number>;
  found.mentions.forEach((mention, i) => {
    strictFound[mention.type] += 1;
    if (!used.has(i) && article.unnamed.some((gold) => mentionMatches(text, gold, mention))) return;
    if (!used.has(i) && article.flatGold && article.mentions.some((gold) => nestsIn(mention, gold))) return;
    mentions[mention.type].found += 1;
    if (!used.has(i))
      misses.push(`extra ${mention.type} "${text.slice(mention.start, mention.end)}" at ${mention.start}`);
  });
  return {
    directPrecision: { right: directRight.length, total: foundDirect.length },
    directRecall: { right: goldDirect.filter(isFound).length, total: goldDirect.length },
    allRecall: { right: article.quotes.filter(isFound).length, total: article.quotes.length },
    speakers,
    speakersAllDirect,
    speakersPartial,
    mentions,
    strictFound,
    misses,
  };
}

export function addRealScores(scores: readonly RealScore[]): RealScore {
  const counts = (pick: (score: RealScore) => Counts): Counts => ({
    truePositives: scores.reduce((total, s) => total + pick(s).truePositives, 0),
    found: scores.reduce((total, s) => total + pick(s).found, 0),
    gold: scores.reduce((total, s) => total + pick(s).gold, 0),
  });
  const ratio = (pick: (score: RealScore) => Ratio): Ratio => ({
    right: scores.reduce((total, s) => total + pick(s).right, 0),
    total: scores.reduce((total, s) => total + pick(s).total, 0),
  });
  return {
    directPrecision: ratio((s) => s.directPrecision),
    directRecall: ratio((s) => s.directRecall),
    allRecall: ratio((s) => s.allRecall),
    speakers: Object.fromEntries(SPEAKER_FORMS.map((form) => [form, ratio((s) => s.speakers[form])])) as Record<
      SpeakerForm,
      Ratio
    >,
    speakersAllDirect: ratio((s) => s.speakersAllDirect),
    speakersPartial: ratio((s) => s.speakersPartial),
    mentions: Object.fromEntries(MENTION_TYPES.map((type) => [type, counts((s) => s.mentions[type])])) as Record<
      MentionType,
      Counts
    >,
    strictFound: Object.fromEntries(
      MENTION_TYPES.map((type) => [type, scores.reduce((total, s) => total + s.strictFound[type], 0)]),
    ) as Record<MentionType, number>,
    misses: scores.flatMap((s) => s.misses),
  };
}

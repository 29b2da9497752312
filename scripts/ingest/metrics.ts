import type { DryRun } from '../../src/ingest/dry-run.ts';

type GoldQuote = DryRun['quotes'][number];
type GoldMention = DryRun['mentions'][number];

/**
 * Matching rules. Quoted words (direct, partial) match only on exact offsets: the marks fix
 * them. Reported speech has no marks, so an indirect quote matches when the two spans overlap by at
 * least 0.8 of their union (a clause trimmed of "that" or a final adverbial still counts). Kinds
 * must agree. A mention matches on exact offsets and type.
 */
export const INDIRECT_OVERLAP = 0.8;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return shared <= 0 ? 0 : shared / union;
}

export function quotesMatch(gold: GoldQuote, found: GoldQuote): boolean {
  if (gold.kind !== found.kind) return false;
  if (gold.kind === 'indirect') return overlap(gold, found) >= INDIRECT_OVERLAP;
  return gold.start === found.start && gold.end === found.end;
}

export interface Counts {
  truePositives: number;
  found: number;
  gold: number;
}

export type GoldSpeakerForm = 'name' | 'pronoun' | 'description';
export const GOLD_SPEAKER_FORMS: readonly GoldSpeakerForm[] = ['name', 'pronoun', 'description'];
type MentionType = GoldMention['type'];
export const FIXTURE_MENTION_TYPES: readonly MentionType[] = ['person', 'place', 'organisation'];

/** How the gold attributes a quote, read from the words of its speaker mention: "he", "the ministry" or a name. */
export function speakerForm(text: string, speaker: NonNullable<GoldQuote['speaker']>): GoldSpeakerForm {
  const words = text.slice(speaker.start, speaker.end);
  if (/^(?:he|she|they|it|we|i)$/i.test(words)) return 'pronoun';
  if (/^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)?\s*\p{Ll}/u.test(words) && !/\p{Lu}/u.test(words.slice(1)))
    return 'description';
  return 'name';
}

export interface Score {
  direct: Counts;
  all: Counts;
  speakers: { right: number; matched: number };
  /** Speaker accuracy of matched quotes by the form of their gold attribution. */
  speakersByForm: Record<GoldSpeakerForm, { right: number; matched: number }>;
  mentionsByType: Record<MentionType, Counts>;
  speakerSpans: { right: number; matched: number };
  channels: { right: number; matched: number };
  mentions: Counts;
  misses: string[];
}

/** Pairs each gold item with at most one found item, in text order. */
function pair<G, F>(gold: readonly G[], found: readonly F[], match: (g: G, f: F) => boolean): [G, F][] {
  const used = new Set<number>();
  const pairs: [G, F][] = [];
  for (const item of gold) {
    const index = found.findIndex((candidate, i) => !used.has(i) && match(item, candidate));
    if (index >= 0) {
      used.add(index);
      pairs.push([item, found[index] as F]);
    }
  }
  return pairs;
}

export function score(gold: DryRun, found: DryRun, text: string): Score {
  const goldDirect = gold.quotes.filter((quote) => quote.kind === 'direct');
  const foundDirect = found.quotes.filter((quote) => quote.kind === 'direct');
  const directPairs = pair(goldDirect, foundDirect, quotesMatch);
  const quotePairs = pair(gold.quotes, found.quotes, quotesMatch);
  const mentionKey = (mention: GoldMention) => `${mention.type}:${mention.start}:${mention.end}`;
  const foundMentions = new Set(found.mentions.map(mentionKey));
  const goldMentions = new Set(gold.mentions.map(mentionKey));
  const misses = [
    ...gold.quotes
      .filter((quote) => !quotePairs.some(([g]) => g === quote))
      .map((q) => `missed ${q.kind} "${q.text.slice(0, 50)}"`),
    ...found.quotes
      .filter((quote) => !quotePairs.some(([, f]) => f === quote))
      .map((q) => `extra ${q.kind} "${q.text.slice(0, 50)}"`),
    ...quotePairs
      .filter(([g, f]) => (g.speaker?.name ?? null) !== (f.speaker?.name ?? null))
      .map(
        ([g, f]) =>
          `speaker of "${g.text.slice(0, 30)}": ${f.speaker?.name ?? 'none'}, not ${g.speaker?.name ?? 'none'}`,
      ),
    ...gold.mentions
      .filter((m) => !foundMentions.has(mentionKey(m)))
      .map((m) => `missed ${m.type} "${m.name}" at ${m.start}`),
    ...found.mentions
      .filter((m) => !goldMentions.has(mentionKey(m)))
      .map((m) => `extra ${m.type} "${m.name}" at ${m.start}`),
  ];
  return {
    direct: { truePositives: directPairs.length, found: foundDirect.length, gold: goldDirect.length },
    all: { truePositives: quotePairs.length, found: found.quotes.length, gold: gold.quotes.length },
    speakers: {
      right: quotePairs.filter(([g, f]) => (g.speaker?.name ?? null) === (f.speaker?.name ?? null)).length,
      matched: quotePairs.length,
    },
    speakersByForm: Object.fromEntries(
      GOLD_SPEAKER_FORMS.map((form) => {
        const pairs = quotePairs.filter(([g]) => g.speaker !== null && speakerForm(text, g.speaker) === form);
        const right = pairs.filter(([g, f]) => g.speaker?.name === f.speaker?.name).length;
        return [form, { right, matched: pairs.length }];
      }),
    ) as Score['speakersByForm'],
    mentionsByType: Object.fromEntries(
      FIXTURE_MENTION_TYPES.map((type) => [
        type,
        {
          truePositives: gold.mentions.filter((m) => m.type === type && foundMentions.has(mentionKey(m))).length,
          found: found.mentions.filter((m) => m.type === type).length,
          gold: gold.mentions.filter((m) => m.type === type).length,
        },
      ]),
    ) as Score['mentionsByType'],
    speakerSpans: {
      right: quotePairs.filter(([g, f]) => g.speaker?.start === f.speaker?.start && g.speaker?.end === f.speaker?.end)
        .length,
      matched: quotePairs.length,
    },
    channels: { right: quotePairs.filter(([g, f]) => g.channel === f.channel).length, matched: quotePairs.length },
    mentions: {
      truePositives: gold.mentions.filter((m) => foundMentions.has(mentionKey(m))).length,
      found: found.mentions.length,
      gold: gold.mentions.length,
    },
    misses,
  };
}

export function addScores(scores: readonly Score[]): Score {
  const sum = (pick: (score: Score) => Counts): Counts => ({
    truePositives: scores.reduce((total, s) => total + pick(s).truePositives, 0),
    found: scores.reduce((total, s) => total + pick(s).found, 0),
    gold: scores.reduce((total, s) => total + pick(s).gold, 0),
  });
  const ratio = (pick: (score: Score) => { right: number; matched: number }) => ({
    right: scores.reduce((total, s) => total + pick(s).right, 0),
    matched: scores.reduce((total, s) => total + pick(s).matched, 0),
  });
  return {
    direct: sum((s) => s.direct),
    all: sum((s) => s.all),
    speakers: ratio((s) => s.speakers),
    speakersByForm: Object.fromEntries(
      GOLD_SPEAKER_FORMS.map((form) => [form, ratio((s) => s.speakersByForm[form])]),
    ) as Score['speakersByForm'],
    mentionsByType: Object.fromEntries(
      FIXTURE_MENTION_TYPES.map((type) => [type, sum((s) => s.mentionsByType[type])]),
    ) as Score['mentionsByType'],
    speakerSpans: ratio((s) => s.speakerSpans),
    channels: ratio((s) => s.channels),
    mentions: sum((s) => s.mentions),
    misses: scores.flatMap((s) => s.misses),
  };
}

export function precision(counts: Counts): number {
  return counts.found === 0 ? 1 : counts.truePositives / counts.found;
}

export function recall(counts: Counts): number {
  return counts.gold === 0 ? 1 : counts.truePositives / counts.gold;
}

export function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

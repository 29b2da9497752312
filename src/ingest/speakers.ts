import type { FoundMention, SpeakerCandidate } from './types.ts';
import { ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './words.ts';

const roleAlternation = [...PERSON_ROLE_NOUNS, ...ORGANISATION_ROLE_NOUNS]
  .sort((a, b) => b.length - a.length)
  .join('|');
const NOMINAL = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s(?:[\\p{L}'’-]+\\s){0,3}?(${roleAlternation})(?![\\p{L}])`,
  'gu',
);
const GROUPS =
  /(?<![\p{L}])(?:officials|police|residents|witnesses|analysts|critics|sources|experts|observers|authorities|investigators|prosecutors|researchers|scientists|protesters|doctors|diplomats)(?![\p{L}])/giu;
const PRONOUN = /(?<![\p{L}])(he|she|they|it|He|She|They|It)(?![\p{L}’'])/gu;

const PERSON_NOUNS = new Set(PERSON_ROLE_NOUNS);

/** Every candidate subject in `text[from, to)`, in text order; names beat nominals they overlap. */
export function speakerCandidates(
  text: string,
  from: number,
  to: number,
  mentions: readonly FoundMention[],
): SpeakerCandidate[] {
  const slice = text.slice(from, to);
  const found: SpeakerCandidate[] = [];
  for (const mention of mentions) {
    if (mention.start >= from && mention.end <= to) {
      found.push({ start: mention.start, end: mention.end, text: mention.text, mention, pronoun: null, role: null });
    }
  }
  // `found` holds only names so far, in text order and not overlapping: a binary search finds the one at `start`.
  const names = [...found];
  const overlapsName = (start: number, end: number) => {
    let low = 0;
    let high = names.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((names[middle]?.end ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    const name = names[low];
    return name !== undefined && name.start < end;
  };
  for (const match of slice.matchAll(NOMINAL)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (overlapsName(start, end)) continue;
    const noun = (match[1] ?? '').toLowerCase();
    found.push({
      start,
      end,
      text: match[0],
      mention: null,
      pronoun: null,
      role: { noun, type: PERSON_NOUNS.has(noun) ? 'person' : 'organisation' },
    });
  }
  const taken = [...found].sort((a, b) => a.start - b.start);
  const isTaken = (start: number) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((taken[middle]?.start ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    const before = taken[low - 1];
    return before !== undefined && start < before.end;
  };
  for (const match of slice.matchAll(GROUPS)) {
    const start = from + match.index;
    if (isTaken(start)) continue;
    found.push({
      start,
      end: start + match[0].length,
      text: match[0],
      mention: null,
      pronoun: null,
      role: { noun: match[0].toLowerCase(), type: 'group' },
    });
  }
  for (const match of slice.matchAll(PRONOUN)) {
    const start = from + match.index;
    const pronoun = (match[1] ?? '').toLowerCase() as 'he' | 'she' | 'they' | 'it';
    found.push({ start, end: start + match[0].length, text: match[0], mention: null, pronoun, role: null });
  }
  return found.sort((a, b) => a.start - b.start);
}

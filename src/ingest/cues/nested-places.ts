import type { LexiconIndex } from '../lexicon-index.ts';
import type { Candidate } from '../types.ts';
import { isGivenName } from '../words.ts';

const TOKEN = /[\p{L}\p{N}]+/gu;
/** "University of Sheffield": after "of" or "in" a word that is also a given name is the place. */
const AFTER_OF = /\s(?:of|in)\s(?:the\s)?$/;

/** Containers a place can stand inside: an organisation's name, a building's or landmark's, a city's ("Mexico City"). */
const holdsPlaces = (mention: Candidate) =>
  mention.text.includes(' ') &&
  (mention.entity.type === 'organisation' ||
    (mention.entity.type === 'place' &&
      (mention.evidence === 'place: building or landmark' || mention.text.endsWith(' City'))));

/**
 * Places named inside a longer name: "Toronto" in "the Metro Toronto Convention Centre", "U.S." in
 * "the U.S. Department of Agriculture", "Sheffield" in "the University of Sheffield". The article
 * names the place too (a reader looking for Toronto wants it), so each is a mention of its own,
 * nested in the other; only places the newsroom or the gazetteer knows, and no word that is also
 * a given name ("Jackson Memorial Hospital") unless it follows "of" ("University of Sheffield"), since a
 * name inside a name is often a person's.
 * Kept apart from the flat mentions, so they never stand as a speaker or a quote's subject.
 * `runOn` are the gazetteer places the lexicon cue saw run on into a longer name; `mentions` are sorted by start.
 */
export function nestedPlaces(
  mentions: readonly Candidate[],
  runOn: readonly Candidate[],
  index: LexiconIndex,
): Candidate[] {
  const found: Candidate[] = [];
  for (const container of mentions) {
    if (!holdsPlaces(container)) continue;
    const words = container.text;
    // "South Korea" as the national team: the name is a place's, not one that holds a place.
    const first = /^[\p{L}\p{N}]+/u.exec(words)?.[0] ?? '';
    if (
      container.entity.type === 'organisation' &&
      index.surfacesOf(first)?.some((surface) => surface.entity.type === 'place' && surface.surface === words)
    )
      continue;
    let coveredUntil = 0;
    for (const token of words.matchAll(TOKEN)) {
      if (token.index < coveredUntil) continue;
      const surface = index
        .surfacesOf(token[0])
        ?.find(
          (candidate) =>
            candidate.entity.type === 'place' &&
            words.startsWith(candidate.surface, token.index) &&
            !/[\p{L}\p{N}]/u.test(words[token.index + candidate.surface.length] ?? ' ') &&
            candidate.surface.length < words.length &&
            (candidate.source === 'lexicon' ||
              !isGivenName(candidate.surface) ||
              AFTER_OF.test(words.slice(0, token.index))),
        );
      if (surface === undefined) continue;
      const start = container.start + token.index;
      found.push({
        text: surface.surface,
        start,
        end: start + surface.surface.length,
        entity: surface.entity,
        parentHint: surface.parentHint,
        priority: container.priority,
        evidence: surface.source === 'lexicon' ? 'lexicon' : 'gazetteer',
        title: null,
      });
      coveredUntil = token.index + surface.surface.length;
    }
  }
  return [...found, ...runOnPlaces(mentions, runOn, found)];
}

/**
 * A known place at the start of a longer name the other cues did not find ("UK Government",
 * "the LA Sheriff's office"), unless it is part of a person's name or already nested.
 */
function runOnPlaces(mentions: readonly Candidate[], runOn: readonly Candidate[], nested: readonly Candidate[]) {
  const taken = new Set(nested.map((mention) => mention.start));
  const people = mentions.filter((mention) => mention.entity.type === 'person');
  let next = 0;
  return runOn.filter((place) => {
    while (next < people.length && (people[next]?.end ?? 0) <= place.start) next += 1;
    const person = people[next];
    return !taken.has(place.start) && (person === undefined || person.start >= place.end);
  });
}

import { lexiconCandidates } from './cues/lexicon.ts';
import { linkHeadWords, linkOrganisationAliases, organisationCandidates } from './cues/organisations.ts';
import { nestedPlaces } from './cues/nested-places.ts';
import { personCueCandidates } from './cues/people.ts';
import { placeCandidates } from './cues/places.ts';
import { speechVerbCandidates } from './cues/speech-verb-names.ts';
import { sportsTeams } from './cues/teams.ts';
import { townCandidates } from './cues/towns.ts';
import { appositionCandidates, titleCandidates } from './cues/titles.ts';
import type { LexiconIndex } from './lexicon-index.ts';
import { NAME_WORD, PRIORITY } from './name-patterns.ts';
import type { Candidate, EntityRef, FoundMention, Gender, SuggestedEntity } from './types.ts';
import { FAMILY_NAME_FIRST, NAME_PARTICLES, genderOfGivenName, isGivenName, surnameOf } from './words.ts';

/**
 * People, places and organisations in the text: every cue family proposes candidates
 * (`cues/`), overlaps are settled, short forms are linked to the full names introduced before
 * them, and what the text says of each person (gender, titles) is collected for the speakers.
 */

export interface EntityFindings {
  mentions: FoundMention[];
  /** Places named inside the mentions' longer names ("Toronto" in "Metro Toronto Convention Centre"): mentions too, never speakers. */
  nested: FoundMention[];
  suggestions: SuggestedEntity[];
  genderOf: Map<string, Gender>;
  /** Lower-case roles per entity key ("foreign minister"), to resolve "the minister said". */
  titlesOf: Map<string, string[]>;
}

/** Where the built-in gazetteer's points come from, for the newsroom's `coordinatesSource`. */
const GAZETTEER_SOURCE = 'GeoNames (CC BY 4.0) / world-countries (ODbL), via Dateline ingest';

/** Binary search: the first index in `sorted` whose `start` is at least `offset`. */
function firstAtOrAfter(sorted: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Keeps the longest of overlapping candidates unless the shorter is surer; lexicon matches win
 * ties. A guess that swallows a known person or organisation ("Chief Executive of Northwind
 * Energy") gives way to it.
 */
function resolveOverlaps(all: Candidate[]): Candidate[] {
  const known = all
    .filter((candidate) => candidate.priority === PRIORITY.lexicon && candidate.entity.type !== 'place')
    .sort((a, b) => a.start - b.start);
  const swallows = (candidate: Candidate) => {
    const inside = known[firstAtOrAfter(known, candidate.start)];
    return inside !== undefined && inside.end <= candidate.end;
  };
  const candidates = all.filter((candidate) => candidate.priority === PRIORITY.lexicon || !swallows(candidate));
  const sorted = candidates.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority,
  );
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) {
      const longer = candidate.end - candidate.start > last.end - last.start;
      if (longer && candidate.priority >= last.priority) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

/** The short forms a person goes by: "Sybiha" for "Andrii Sybiha", "De Wever", and "Gomez" for "Hernan Dario Gomez". */
function surnameForms(name: string): string[] {
  const surname = surnameOf(name);
  if (surname === null) return [];
  const first = name.split(' ')[0] ?? '';
  // "Park Ji-hoon", "Kim Shin-Wook": the family name comes first.
  if (FAMILY_NAME_FIRST.has(first) && name.split(' ').length <= 3) return [first];
  const words = surname.split(' ');
  let last = words.length - 1;
  while (last > 0 && NAME_PARTICLES.has((words[last - 1] ?? '').toLowerCase())) last -= 1;
  const tail = words.slice(last).join(' ');
  const forms = [surname];
  if (tail !== surname) forms.push(tail.charAt(0).toUpperCase() + tail.slice(1));
  return forms;
}

const PARTICLES = `(?:${[...NAME_PARTICLES].join('|')})`;
/** "Fernández de la Vega": a surname may run on through particles. */
const BARE_NAME = new RegExp(
  `(?<![\\p{L}])(?:(?:De|Van|Von|Al|Del|Da)\\s)?${NAME_WORD}(?:\\s(?:${PARTICLES}\\s){1,2}${NAME_WORD})?`,
  'gu',
);

/** A guess that a person's surname may take over: a suggested place or organisation of one word ("Jackson", "the Cruise video"). */
const yieldsToSurname = (candidate: Candidate) =>
  candidate.entity.suggested &&
  candidate.entity.type !== 'person' &&
  candidate.priority <= PRIORITY.gazetteer &&
  !candidate.text.includes(' ');

/**
 * A bare surname after the full name was introduced ("Sybiha" after "Andrii Sybiha"), and a
 * title-cue name that is only a surname ("Mr Berg") joins the person introduced earlier.
 */
function linkSurnames(text: string, kept: Candidate[]): Candidate[] {
  // Three tiers, surest first: full surnames ("El-Hassan Mohamed"), their last words ("Mohamed" of
  // "Mohamed El-Hassan Mohamed"), then given names alone ("Daniel" for "Daniel Montalvo"). A name is
  // ambiguous only against another of its own tier: "Mohamed" stays Ahmed Mohamed's.
  const surnames = new Map<string, EntityRef | 'ambiguous'>();
  const tails = new Map<string, EntityRef | 'ambiguous'>();
  const givenNames = new Map<string, EntityRef | 'ambiguous'>();
  const note = (tier: Map<string, EntityRef | 'ambiguous'>, name: string, entity: EntityRef) => {
    const known = tier.get(name);
    tier.set(name, known === undefined || (known !== 'ambiguous' && known.key === entity.key) ? entity : 'ambiguous');
  };
  const introduce = (entity: EntityRef) => {
    const given = entity.name.split(' ')[0] ?? '';
    if (isGivenName(given) && !FAMILY_NAME_FIRST.has(given)) note(givenNames, given, entity);
    const [surname, ...shorter] = surnameForms(entity.name);
    if (surname !== undefined) note(surnames, surname, entity);
    for (const tail of shorter) note(tails, tail, entity);
  };
  const linkedTo = (name: string) => {
    const tier = [surnames, tails, givenNames].find((names) => names.has(name));
    const found = tier?.get(name);
    return found === undefined || found === 'ambiguous' ? undefined : found;
  };
  // A caption or headline may use the surname before the text introduces the full name ("Braverman
  // and Sunak on October 25" above "Home Secretary Suella Braverman"): full surnames met later, as a fallback.
  const later = new Map<string, EntityRef | 'ambiguous'>();
  for (const candidate of kept) {
    if (candidate.entity.type !== 'person' || !candidate.entity.name.includes(' ')) continue;
    const surname = surnameForms(candidate.entity.name)[0];
    if (surname !== undefined) note(later, surname, candidate.entity);
  }
  const linkedLater = (name: string) => {
    const found = later.get(name);
    return found === undefined || found === 'ambiguous' ? undefined : found;
  };
  const result: Candidate[] = [];
  const take = (candidate: Candidate) => {
    if (candidate.entity.type === 'person') {
      // A guessed "name" that is a known surname is that person: "Mr Berg", "Fernández de la Vega said".
      const asSurname = candidate.entity.suggested ? linkedTo(candidate.entity.name) : undefined;
      if (asSurname !== undefined) candidate.entity = asSurname;
      else if (candidate.entity.name.includes(' ')) introduce(candidate.entity);
    } else if (yieldsToSurname(candidate)) {
      const person = linkedTo(candidate.text);
      if (person !== undefined) candidate.entity = person;
    }
    result.push(candidate);
  };
  let next = 0;
  for (const match of text.matchAll(BARE_NAME)) {
    while (next < kept.length && (kept[next]?.end ?? 0) <= match.index) {
      take(kept[next] as Candidate);
      next += 1;
    }
    const inside = kept[next];
    if (inside && inside.start < match.index + match[0].length) continue;
    const first = /^\S+/.exec(match[0])?.[0] ?? match[0];
    const surface = surnames.has(match[0]) || tails.has(match[0]) || later.has(match[0]) ? match[0] : first;
    const linked = linkedTo(surface) ?? linkedLater(surface);
    if (linked === undefined) continue;
    result.push({
      text: surface,
      start: match.index,
      end: match.index + surface.length,
      entity: linked,
      parentHint: null,
      priority: PRIORITY.titleCue,
      evidence: 'surname',
      title: null,
    });
  }
  for (const candidate of kept.slice(next)) take(candidate);
  return result.sort((a, b) => a.start - b.start);
}

/** "the villages of Tarasivka and Bilohorivka in the Donetsk region": the region is their parent. */
function addParentHints(text: string, mentions: FoundMention[]): void {
  const places = mentions.filter((mention) => mention.entity.type === 'place');
  for (let i = 0; i < places.length; i += 1) {
    const place = places[i] as FoundMention;
    for (let j = i + 1; j < places.length && j <= i + 3; j += 1) {
      const other = places[j] as FoundMention;
      const between = text.slice(place.end, other.start);
      if (/^(?:\s(?:and|or)\s|,\s)$/.test(between)) continue;
      if (/^(?:,\s(?:a|an)\s[\w\s-]{1,40}?)?,?\s(?:in|of)\s(?:the\s)?$/.test(between)) {
        for (let k = i; k < j; k += 1) {
          const child = places[k] as FoundMention;
          if (child.entity.suggested) child.parentHint = other.entity.name;
        }
      }
      break;
    }
  }
}

const TITLE_BEFORE =
  /(?:^|\s)((?:[A-Z][a-z]+\s)?(?:Minister|President|spokesperson|spokesman|spokeswoman|Chancellor|Secretary|Governor|Mayor|coach|captain|CEO))\s$/;

function personFacts(kept: Candidate[], text: string, index: LexiconIndex) {
  const genderOf = new Map(index.genderOf);
  const titlesOf = new Map<string, string[]>();
  for (const [key, titles] of index.titlesOf) titlesOf.set(key, [...titles]);
  for (const mention of kept) {
    if (mention.entity.type !== 'person') continue;
    const key = mention.entity.key;
    const titles = titlesOf.get(key) ?? [];
    if (mention.title?.startsWith('honorific:')) {
      if (!genderOf.has(key)) genderOf.set(key, mention.title.slice('honorific:'.length) as Gender);
    } else if (mention.title) {
      titles.push(mention.title);
    }
    // "Anna Berg, the country's finance minister," and "Foreign Minister Andrii Sybiha" (a title the lexicon already knows).
    const apposition = /^,\s(?:the|a|an)\s([^,.;“”"]{2,60}?)(?:,|\.|\s(?:said|told|added|says)\b)/.exec(
      text.slice(mention.end, mention.end + 90),
    );
    if (apposition?.[1]) titles.push(apposition[1].toLowerCase());
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    if (before?.[1]) titles.push(before[1].toLowerCase());
    titlesOf.set(key, titles);
    if (!genderOf.has(key)) {
      const gender = genderOfGivenName(mention.entity.name);
      if (gender !== null) genderOf.set(key, gender);
    }
  }
  return { genderOf, titlesOf };
}

function suggestionOf(mention: Candidate, genderOf: Map<string, Gender>, index: LexiconIndex): SuggestedEntity {
  const facts = mention.entity.type === 'place' ? index.placeFacts(mention.entity.key) : undefined;
  return {
    key: mention.entity.key,
    type: mention.entity.type,
    name: mention.entity.name,
    evidence: mention.evidence,
    gender: genderOf.get(mention.entity.key) ?? null,
    parentHint: mention.parentHint,
    place:
      facts === undefined
        ? null
        : {
            kind: facts.kind,
            coordinates: facts.coordinates === null ? null : { ...facts.coordinates, source: GAZETTEER_SOURCE },
          },
  };
}

/**
 * Evidence for a name is gathered within a window of the text this long (cut at a paragraph
 * break): far longer than any article, so an article is read whole, while a book-length input is
 * read window by window and the candidates, surnames and short forms held at once stay bounded.
 */
export const ENTITY_WINDOW = 200_000;

/** Where the next window ends: the last paragraph break before `from + ENTITY_WINDOW`, else a sentence end, else a space. */
function windowEnd(text: string, from: number): number {
  const limit = from + ENTITY_WINDOW;
  if (limit >= text.length) return text.length;
  for (const mark of ['\n\n', '. ', ' ']) {
    const at = text.lastIndexOf(mark, limit - mark.length);
    if (at > from) return at + mark.length;
  }
  return limit;
}

export function findEntities(text: string, index: LexiconIndex): EntityFindings {
  if (text.length <= ENTITY_WINDOW) return findEntitiesIn(text, index);
  const mentions: FoundMention[] = [];
  const nested: FoundMention[] = [];
  const suggestions = new Map<string, SuggestedEntity>();
  const genderOf = new Map<string, Gender>();
  const titlesOf = new Map<string, string[]>();
  for (let from = 0; from < text.length;) {
    const to = windowEnd(text, from);
    const window = findEntitiesIn(text.slice(from, to), index);
    for (const mention of window.mentions) {
      mention.start += from;
      mention.end += from;
      mentions.push(mention);
    }
    for (const mention of window.nested) {
      mention.start += from;
      mention.end += from;
      nested.push(mention);
    }
    for (const suggestion of window.suggestions)
      if (!suggestions.has(suggestion.key)) suggestions.set(suggestion.key, suggestion);
    for (const [key, gender] of window.genderOf) if (!genderOf.has(key)) genderOf.set(key, gender);
    for (const [key, titles] of window.titlesOf) titlesOf.set(key, [...(titlesOf.get(key) ?? []), ...titles]);
    from = to;
  }
  return { mentions, nested, suggestions: [...suggestions.values()], genderOf, titlesOf };
}

const plainMention = ({ text: surface, start, end, entity, parentHint }: Candidate): FoundMention => ({
  text: surface,
  start,
  end,
  entity,
  parentHint,
});

function findEntitiesIn(text: string, index: LexiconIndex): EntityFindings {
  const runOn: Candidate[] = [];
  const known = lexiconCandidates(text, index, runOn);
  const isRegionOrCountry = ({ entity }: Candidate) => {
    const kind = index.placeFacts(entity.key)?.kind ?? index.placeKind.get(entity.key.replace(/^place:/, ''));
    return kind === 'region' || kind === 'country';
  };
  const kept = resolveOverlaps([
    ...known,
    ...townCandidates(text, known, isRegionOrCountry),
    ...titleCandidates(text),
    ...speechVerbCandidates(text),
    ...appositionCandidates(text),
    ...personCueCandidates(text),
    ...organisationCandidates(text),
    ...placeCandidates(text),
  ]);
  const isCountry = (key: string) =>
    index.placeFacts(key)?.kind === 'country' || index.placeKind.get(key.replace(/^place:/, '')) === 'country';
  const knownTeam = (name: string) =>
    index
      .surfacesOf(name.split(' ')[0] ?? '')
      ?.find((surface) => surface.surface === name && surface.source === 'lexicon')?.entity;
  const linked = sportsTeams(
    text,
    linkHeadWords(linkOrganisationAliases(text, linkSurnames(text, kept))),
    isCountry,
    knownTeam,
  );
  const { genderOf, titlesOf } = personFacts(linked, text, index);
  addParentHints(text, linked);
  const inside = nestedPlaces(linked, runOn, index);
  const suggestions = new Map<string, SuggestedEntity>();
  for (const mention of [...linked, ...inside]) {
    if (!mention.entity.suggested || suggestions.has(mention.entity.key)) continue;
    suggestions.set(mention.entity.key, suggestionOf(mention, genderOf, index));
  }
  return {
    mentions: linked.map(plainMention),
    nested: inside.map(plainMention),
    suggestions: [...suggestions.values()],
    genderOf,
    titlesOf,
  };
}

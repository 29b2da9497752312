import type { LexiconIndex } from './lexicon-index.ts';
import {
  NAME_PARTICLES,
  NOT_NAMES,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PLACE_KIND_NOUNS,
  TITLE_GENDER,
  genderOfGivenName,
  surnameOf,
} from './names.ts';
import { linkOrganisationAliases, organisationCandidates } from './organisation-cues.ts';
import { personCueCandidates } from './person-cues.ts';
import { NAME_RUN, NAME_WORD, escape, guessedCandidate, trimNameRun, type Candidate } from './name-patterns.ts';
import { findSpeechVerbs } from './speech-verbs.ts';
import type { EntityRef, Gender, SuggestedEntity } from './types.ts';

/** A mention located in the plain text (input offsets are added by the caller). */
export interface FoundMention {
  text: string;
  start: number;
  end: number;
  entity: EntityRef;
  parentHint: string | null;
}

export interface EntityFindings {
  mentions: FoundMention[];
  suggestions: SuggestedEntity[];
  genderOf: Map<string, Gender>;
  /** Lower-case roles per entity key ("foreign minister"), to resolve "the minister said". */
  titlesOf: Map<string, string[]>;
}

const TITLE_CUE = new RegExp(
  `(?<![\\p{L}])(${[...PERSON_TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s(${NAME_RUN})`,
  'gu',
);
const PLACE_OF = new RegExp(
  `\\b(?:the\\s)?(villages?|towns?|city|cities|settlements?|hamlet)\\sof\\s(${NAME_WORD}(?:\\s${NAME_WORD})?)(?:(?:,\\s|\\sand\\s)(${NAME_WORD}(?:\\s${NAME_WORD})?))?`,
  'gu',
);
const REGION_SUFFIX = new RegExp(`(?<![\\p{L}])(${NAME_WORD})\\s(region|province|oblast|district)(?![\\p{L}])`, 'gu');

const IN_PLACE =
  /(?<![\p{L}])(?:in|from|near|outside)\s(\p{Lu}\p{Ll}+)(?=[.,;]|\s(?:on|last|this|next|at|overnight|today|yesterday|earlier|and)(?![\p{L}]))/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;

function lexiconCandidates(text: string, index: LexiconIndex): Candidate[] {
  const found: Candidate[] = [];
  let coveredUntil = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index < coveredUntil) continue;
    // Datelines write the place in capitals: "LISBON, 12 March —".
    const place = /^\p{Lu}{3,}$/u.test(match[0]) ? index.placeByCapitals.get(match[0]) : undefined;
    if (place !== undefined && /^(?:,|\s[—–-])/.test(text.slice(match.index + match[0].length))) {
      const end = match.index + match[0].length;
      found.push({
        text: match[0],
        start: match.index,
        end,
        entity: place.entity,
        parentHint: place.parentHint,
        priority: place.source === 'lexicon' ? 3 : 2.5,
        evidence: 'dateline',
        title: null,
      });
      coveredUntil = end;
      continue;
    }
    const surfaces = index.byFirstWord.get(match[0]);
    if (surfaces === undefined) continue;
    for (const { surface, entity, source, parentHint } of surfaces) {
      const end = match.index + surface.length;
      if (!text.startsWith(surface, match.index) || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
      found.push({
        text: surface,
        start: match.index,
        end,
        entity,
        parentHint,
        priority: source === 'lexicon' ? 3 : 2.5,
        evidence: source === 'lexicon' ? 'lexicon' : 'gazetteer',
        title: null,
      });
      coveredUntil = end;
      break;
    }
  }
  return found;
}

function titleCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(TITLE_CUE)) {
    const title = match[1] ?? '';
    const trimmed = trimNameRun(match[2] ?? '', match.index + title.length + 1);
    if (trimmed === null) continue;
    const gender = TITLE_GENDER[title] ?? null;
    const honorific = gender !== null && /^M/.test(title) ? `honorific:${gender}` : title.toLowerCase();
    found.push(guessedCandidate('person', trimmed.name, trimmed.start, `title cue: ${title}`, 2, honorific));
  }
  return found;
}

const ROLE_APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:${PERSON_ROLE_NOUNS.join('|')})(?:\\s(?:for|of|at)\\s[^,.;“”"]{1,40})?,\\s(${NAME_RUN})(?=,)`,
  'gu',
);

/** "The club's captain, Tiago Almeida," and "A spokesperson for the commission, Paulo Ferreira,". */
function appositionCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ROLE_APPOSITION)) {
    const run = match[1] ?? '';
    const trimmed = trimNameRun(run, match.index + match[0].length - run.length);
    if (trimmed === null || !trimmed.name.includes(' ')) continue;
    found.push(guessedCandidate('person', trimmed.name, trimmed.start, 'name after a role', 2));
  }
  return found;
}

/** Two or more capitalised words right before a speech verb ("Anna Berg said") or right after one ("said Anna Berg"). */
function speechVerbCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const before = new RegExp(
    `(${NAME_RUN})(?:,[^,.;“”"]{2,80},)?\\s(?:(?:has|had|also|later|then|previously|again)\\s){0,2}$`,
    'u',
  );
  const after = new RegExp(`^\\s(${NAME_RUN})`, 'u');
  for (const verb of findSpeechVerbs(text, 0, text.length)) {
    if (verb.form.endsWith('ing') || verb.form === 'written' || verb.form === 'spoken') continue;
    const window = text.slice(Math.max(0, verb.start - 140), verb.start);
    const left = before.exec(window);
    const right = after.exec(text.slice(verb.end, verb.end + 80));
    const hits = [
      left && { run: left[1] ?? '', start: verb.start - window.length + left.index },
      right && { run: right[1] ?? '', start: verb.end + 1 },
    ];
    for (const hit of hits) {
      if (!hit) continue;
      const trimmed = trimNameRun(hit.run, hit.start);
      if (trimmed === null || !trimmed.name.includes(' ')) continue;
      found.push(guessedCandidate('person', trimmed.name, trimmed.start, 'name next to a speech verb', 1));
    }
  }
  return found;
}

function placeCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const candidateAt = (name: string, start: number): Candidate =>
    guessedCandidate('place', name, start, 'place: after a preposition', 0.5);
  const push = (name: string, start: number, kind: string) =>
    found.push(guessedCandidate('place', name, start, `place: ${kind}`, 1.5));
  for (const match of text.matchAll(PLACE_OF)) {
    const kind = PLACE_KIND_NOUNS[match[1] ?? ''] ?? 'village';
    const first = match[2] ?? '';
    const firstStart = match.index + match[0].indexOf(first, (match[1] ?? '').length);
    push(first, firstStart, kind);
    const second = match[3];
    if (second !== undefined) push(second, match.index + match[0].lastIndexOf(second), kind);
  }
  for (const match of text.matchAll(REGION_SUFFIX)) {
    if (NOT_NAMES.has(match[1] ?? '')) continue;
    push(match[0], match.index, 'region');
  }
  // "a sports hall in Bergen.": a weak cue, so one word only, and only before punctuation or a time word.
  for (const match of text.matchAll(IN_PLACE)) {
    const word = match[1] ?? '';
    if (NOT_NAMES.has(word) || ORGANISATION_HEADS.includes(word) || PERSON_TITLES.includes(word)) continue;
    if (/(?:ish|ese|ic|ian)$/.test(word)) continue;
    found.push(candidateAt(word, match.index + match[0].length - word.length));
  }
  return found;
}

/**
 * Keeps the longest of overlapping candidates; lexicon matches win ties. A guess that swallows a
 * known person or organisation ("Chief Executive of Northwind Energy") gives way to it.
 */
function resolveOverlaps(all: Candidate[]): Candidate[] {
  const known = all.filter((candidate) => candidate.priority === 3 && candidate.entity.type !== 'place');
  // `known` is in text order (one left-to-right scan), so a binary search finds the first one inside.
  const swallows = (candidate: Candidate) => {
    let low = 0;
    let high = known.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((known[middle]?.start ?? 0) < candidate.start) low = middle + 1;
      else high = middle;
    }
    const inside = known[low];
    return inside !== undefined && inside.end <= candidate.end;
  };
  const candidates = all.filter((candidate) => candidate.priority === 3 || !swallows(candidate));
  const sorted = [...candidates].sort(
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

/**
 * A bare surname after the full name was introduced ("Sybiha" after "Andrii Sybiha"), and a
 * title-cue name that is only a surname ("Mr Berg") joins the person introduced earlier.
 */
function linkSurnames(text: string, kept: Candidate[]): Candidate[] {
  const surnames = new Map<string, EntityRef | 'ambiguous'>();
  const introduce = (entity: EntityRef) => {
    const surname = surnameOf(entity.name);
    if (surname === null) return;
    const known = surnames.get(surname);
    surnames.set(
      surname,
      known === undefined || (known !== 'ambiguous' && known.key === entity.key) ? entity : 'ambiguous',
    );
  };
  const result: Candidate[] = [];
  let next = 0;
  const sortedKept = [...kept].sort((a, b) => a.start - b.start);
  const particles = `(?:${[...NAME_PARTICLES].join('|')})`;
  // "Fernández de la Vega": a surname may run on through particles.
  const bareName = new RegExp(
    `(?<![\\p{L}])(?:(?:De|Van|Von|Al|Del|Da)\\s)?${NAME_WORD}(?:\\s(?:${particles}\\s){1,2}${NAME_WORD})?`,
    'gu',
  );
  for (const match of text.matchAll(bareName)) {
    while (next < sortedKept.length && (sortedKept[next]?.end ?? 0) <= match.index) {
      const candidate = sortedKept[next] as Candidate;
      if (candidate.entity.type === 'person') {
        const surname = surnameOf(candidate.entity.name);
        const known = surname === null ? undefined : surnames.get(surname);
        // A guessed "name" that is a known surname is that person: "Mr Berg", "Fernández de la Vega said".
        const asSurname = candidate.entity.suggested ? surnames.get(candidate.entity.name) : undefined;
        if (candidate.entity.suggested && !candidate.entity.name.includes(' ')) {
          if (asSurname !== undefined && asSurname !== 'ambiguous') candidate.entity = asSurname;
        } else if (asSurname !== undefined && asSurname !== 'ambiguous' && asSurname.key !== candidate.entity.key) {
          candidate.entity = asSurname;
        } else if (known === undefined || known === 'ambiguous' || known.key !== candidate.entity.key) {
          introduce(candidate.entity);
        }
      }
      result.push(candidate);
      next += 1;
    }
    const inside = sortedKept[next];
    if (inside && inside.start < match.index + match[0].length) continue;
    const first = /^\S+/.exec(match[0])?.[0] ?? match[0];
    const surface = surnames.has(match[0]) ? match[0] : first;
    const linked = surnames.get(surface);
    if (linked === undefined || linked === 'ambiguous') continue;
    result.push({
      text: surface,
      start: match.index,
      end: match.index + surface.length,
      entity: linked,
      parentHint: null,
      priority: 2,
      evidence: 'surname',
      title: null,
    });
  }
  result.push(...sortedKept.slice(next));
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
    const before = new RegExp(
      `(?:^|\\s)((?:[A-Z][a-z]+\\s)?(?:Minister|President|spokesperson|spokesman|spokeswoman|Chancellor|Secretary|Governor|Mayor))\\s$`,
    ).exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    if (before?.[1]) titles.push(before[1].toLowerCase());
    titlesOf.set(key, titles);
    if (!genderOf.has(key)) {
      const gender = genderOfGivenName(mention.entity.name);
      if (gender !== null) genderOf.set(key, gender);
    }
  }
  return { genderOf, titlesOf };
}

export function findEntities(text: string, index: LexiconIndex): EntityFindings {
  const kept = resolveOverlaps([
    ...lexiconCandidates(text, index),
    ...titleCandidates(text),
    ...speechVerbCandidates(text),
    ...appositionCandidates(text),
    ...personCueCandidates(text),
    ...organisationCandidates(text),
    ...placeCandidates(text),
  ]);
  const linked = linkOrganisationAliases(text, linkSurnames(text, kept));
  const { genderOf, titlesOf } = personFacts(linked, text, index);
  addParentHints(text, linked);
  const suggestions = new Map<string, SuggestedEntity>();
  for (const mention of linked) {
    if (!mention.entity.suggested || suggestions.has(mention.entity.key)) continue;
    suggestions.set(mention.entity.key, {
      key: mention.entity.key,
      type: mention.entity.type,
      name: mention.entity.name,
      evidence: mention.evidence,
      gender: genderOf.get(mention.entity.key) ?? null,
      parentHint: mention.parentHint,
    });
  }
  const mentions = linked.map(({ text: surface, start, end, entity, parentHint }) => ({
    text: surface,
    start,
    end,
    entity,
    parentHint,
  }));
  return { mentions, suggestions: [...suggestions.values()], genderOf, titlesOf };
}

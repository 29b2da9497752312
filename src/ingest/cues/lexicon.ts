import type { LexiconIndex } from '../lexicon-index.ts';
import { PRIORITY, suggestedRef } from '../name-patterns.ts';
import type { Candidate } from '../types.ts';
import { NOT_NAMES, PERSON_TITLE_SET, isGivenName } from '../words.ts';

const WELL_KNOWN = 'well-known organisation';
const TOKEN = /[\p{L}\p{N}]+/gu;
const NEXT_WORD = /^\s(\p{Lu}[\p{L}'’-]*)/u;

function runsOn(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && !NOT_NAMES.has(next) && !PERSON_TITLE_SET.has(next) && !/^\p{Lu}+$/u.test(next);
}

/**
 * Names the newsroom already holds (and the built-in gazetteer's places), found by their first
 * word and matched longest first. Datelines write the place in capitals: "LISBON, 12 March —".
 * A gazetteer place that runs on into a longer name ("UK Government", "LA Weekly") is no mention
 * of its own, but goes to `runOn`, to be named as a place inside that name.
 */
export function lexiconCandidates(text: string, index: LexiconIndex, runOn: Candidate[] = []): Candidate[] {
  const found: Candidate[] = [];
  let coveredUntil = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index < coveredUntil) continue;
    const place = /^\p{Lu}{3,}$/u.test(match[0]) ? index.placeByCapitals(match[0]) : undefined;
    if (place !== undefined && /^(?:,|\s[—–-])/.test(text.slice(match.index + match[0].length))) {
      const end = match.index + match[0].length;
      found.push({
        text: match[0],
        start: match.index,
        end,
        entity: place.entity,
        parentHint: place.parentHint,
        priority: place.source === 'lexicon' ? PRIORITY.lexicon : PRIORITY.gazetteer,
        evidence: 'dateline',
        title: null,
      });
      coveredUntil = end;
      continue;
    }
    const surfaces = index.surfacesOf(match[0]);
    if (surfaces === undefined) continue;
    let blocked = false;
    for (const { surface, entity, source, parentHint } of surfaces) {
      const end = match.index + surface.length;
      if (!text.startsWith(surface, match.index) || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
      const candidate: Candidate = {
        text: surface,
        start: match.index,
        end,
        entity,
        parentHint,
        priority: source === 'lexicon' ? PRIORITY.lexicon : PRIORITY.gazetteer,
        evidence: source === 'lexicon' ? 'lexicon' : entity.type === 'place' ? 'gazetteer' : WELL_KNOWN,
        title: null,
      };
      // "North Koreans", "Kyiv Independent": a gazetteer word that runs on into another name is part of it.
      if (source === 'gazetteer' && runsOn(text, end)) {
        if (!blocked && entity.type === 'place' && !isGivenName(surface)) runOn.push(candidate);
        blocked = true;
        continue;
      }
      found.push(candidate);
      coveredUntil = end;
      break;
    }
  }
  return nameAsWritten(found);
}

/**
 * A well-known organisation is proposed under the spelling the text first uses ("NATO" in one
 * paper, "Nato" in another), not the list's: the list cannot know which acronyms are read as words.
 */
function nameAsWritten(found: Candidate[]): Candidate[] {
  const renamed = new Map<string, Candidate['entity']>();
  for (const candidate of found) {
    // Only a difference of case: "the Chilean government" stays the Government of Chile.
    if (candidate.evidence !== WELL_KNOWN || candidate.text.toLowerCase() !== candidate.entity.name.toLowerCase())
      continue;
    let entity = renamed.get(candidate.entity.key);
    if (entity === undefined) {
      entity = suggestedRef('organisation', candidate.text);
      renamed.set(candidate.entity.key, entity);
    }
    candidate.entity = entity;
  }
  return found;
}

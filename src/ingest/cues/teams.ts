import { suggestedRef } from '../name-patterns.ts';
import type { Candidate, EntityRef } from '../types.ts';

/**
 * In sports copy a country is usually its national team: "Sweden beat South Korea 1–0",
 * "Belgium's coach", "England won three points". Where the text reads as a match report, a
 * country becomes the organisation "<country> national team" (the newsroom's, if it has one), unless a
 * preposition makes it a place ("in Russia", "from Brazil"; not "to": "lost 1–2 to England").
 */

const SPORTS_WORDS =
  /\b(?:match(?:es)?|goals?|scored|scorer|striker|midfielder|defender|goalkeeper|coach|World Cup|league|tournament|penalty|kick-off|half-time|first half|second half|stoppage time|group stage|quarter-?finals?|semi-?finals?|innings|wickets?|touchdowns?|quarterback|referee|squad|national team|friendly|qualifier|fixture|draw|drew|defeated|three points)\b/g;
const PLACE_PREPOSITION =
  /(?:\b(?:in|at|from|into|across|near|around|throughout|visit(?:ed|ing|s)?|host(?:ed|ing|s)?|within|outside)\s(?:the\s)?)$/;

/** A match report names several distinct sports words, more than once. */
function isSportsCopy(text: string): boolean {
  const words = text.match(SPORTS_WORDS) ?? [];
  return words.length >= 8 && new Set(words.map((word) => word.toLowerCase())).size >= 5;
}

export function sportsTeams(
  text: string,
  mentions: Candidate[],
  isCountry: (key: string) => boolean,
  knownTeam: (name: string) => EntityRef | undefined,
): Candidate[] {
  if (!mentions.some((mention) => isCountry(mention.entity.key)) || !isSportsCopy(text)) return mentions;
  for (const mention of mentions) {
    if (!isCountry(mention.entity.key)) continue;
    if (PLACE_PREPOSITION.test(text.slice(Math.max(0, mention.start - 30), mention.start))) continue;
    const name = `${mention.entity.name} national team`;
    mention.entity = knownTeam(name) ?? suggestedRef('organisation', name);
    mention.evidence = 'a country in a match report';
  }
  return mentions;
}

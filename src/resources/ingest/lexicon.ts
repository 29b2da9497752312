import type { Db } from '../../core/db/client.ts';
import { organisations, people, personRoles, places } from '../../core/db/schema.ts';
import { extractArticle, type ExtractionResult, type Lexicon } from '../../ingest/index.ts';

/**
 * What the extraction engine knows before it reads: the newsroom's people, organisations and
 * places. Kept apart from the ingest writes so that an extraction worker can read it over its own
 * connection without loading the write path.
 */
export function lexiconOf(db: Db): Lexicon {
  const titles = new Map<string, string[]>();
  for (const role of db.select({ personId: personRoles.personId, title: personRoles.title }).from(personRoles).all()) {
    titles.set(role.personId, [...(titles.get(role.personId) ?? []), role.title]);
  }
  return {
    people: db
      .select({ id: people.id, name: people.name, aliases: people.aliases })
      .from(people)
      .all()
      .map((person) => ({ ...person, titles: titles.get(person.id) ?? [] })),
    organisations: db
      .select({ id: organisations.id, name: organisations.name, aliases: organisations.aliases })
      .from(organisations)
      .all(),
    places: db
      .select({
        id: places.id,
        name: places.name,
        aliases: places.aliases,
        kind: places.kind,
        parentId: places.parentId,
      })
      .from(places)
      .all(),
  };
}

/** Lower-cased place name → id, for the places the extraction's suggestions say they are in. */
export type KnownParents = Record<string, string>;

/** The known places named as parents of suggested places ("a village in the Donetsk region"). */
export function knownParents(extraction: ExtractionResult, lexicon: Lexicon): KnownParents {
  const hints = new Set(extraction.suggestions.flatMap((s) => (s.parentHint ? [s.parentHint.toLowerCase()] : [])));
  const known: KnownParents = {};
  // The last place of a name wins, as it did when the whole lexicon was at hand.
  for (const place of lexicon.places) {
    const name = place.name.toLowerCase();
    if (hints.has(name)) known[name] = place.id;
  }
  return known;
}

/** What extraction hands to the writing (repositories/ingest.ts): the result, and the known places its suggestions are in. */
export interface Extracted {
  extraction: ExtractionResult;
  knownParents: KnownParents;
}

/** Extracts quotes, speakers and mentions from `text`, linking names to `lexicon`. */
export function extractWith(text: string, lexicon: Lexicon): Extracted {
  const extraction = extractArticle(text, lexicon);
  return { extraction, knownParents: knownParents(extraction, lexicon) };
}

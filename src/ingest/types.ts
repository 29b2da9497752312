import type { PlaceKind, QuoteKind } from '../db/schema.ts';
import type { PositionedBlock } from '../lib/article-text.ts';

/** What the engine knows before it reads: the newsroom's people, organisations and places. */
export interface Lexicon {
  people: LexiconPerson[];
  organisations: LexiconOrganisation[];
  places: LexiconPlace[];
}

export type Gender = 'male' | 'female';

export interface LexiconPerson {
  id: string;
  name: string;
  aliases: string[];
  /** The database has no gender column; when absent it is inferred from honorifics and pronouns. */
  gender?: Gender | null;
  /** Roles such as "Foreign Minister", used to resolve "the minister said". */
  titles?: string[];
}

export interface LexiconOrganisation {
  id: string;
  name: string;
  aliases: string[];
}

export interface LexiconPlace {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  parentId: string | null;
}

export type EntityType = 'person' | 'organisation' | 'place';

/** A span of the plain text, with the same span in the input the caller passed in. */
export interface Span {
  text: string;
  start: number;
  end: number;
  inputStart: number;
  inputEnd: number;
}

/**
 * The entity a mention or speaker refers to: an id from the lexicon, or a proposal (`suggested`)
 * that an editor confirms; `key` groups every mention of the same proposal.
 */
export interface EntityRef {
  type: EntityType;
  name: string;
  id: string | null;
  suggested: boolean;
  key: string;
}

export interface Mention extends Span {
  entity: EntityRef;
  /** For a suggested place: the place the text puts it in ("in the Donetsk region"). */
  parentHint: string | null;
}

export interface Speaker {
  entity: EntityRef & { type: 'person' | 'organisation' };
  /** The words the attribution rests on: a name, a pronoun or "the ministry". */
  mention: Span;
}

export interface Quote extends Span {
  kind: QuoteKind;
  channel: string | null;
  speaker: Speaker | null;
}

export interface SuggestedEntity {
  key: string;
  type: EntityType;
  name: string;
  /** Why the engine believes this is an entity: "title cue: President", "before a speech verb" … */
  evidence: string;
  gender: Gender | null;
  parentHint: string | null;
}

export type LowConfidenceReason =
  | 'pronoun-ambiguous'
  | 'speaker-unresolved'
  | 'speaker-inherited'
  | 'suggested-entity'
  | 'unbalanced-quote-mark'
  | 'speaker-government-assumed';

/** A decision the engine made with little evidence, for an editor to check. */
export interface LowConfidence {
  reason: LowConfidenceReason;
  message: string;
  start: number;
  end: number;
  inputStart: number;
  inputEnd: number;
}

export interface ExtractionResult {
  blocks: PositionedBlock[];
  plainText: string;
  wordCount: number;
  /** A closing credit line such as "(With inputs from agencies)", kept out of the blocks. */
  credit: string | null;
  quotes: Quote[];
  mentions: Mention[];
  suggestions: SuggestedEntity[];
  lowConfidence: LowConfidence[];
}

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
  /** For a place the built-in gazetteer knows: its kind and its point (WGS 84), with where the point comes from. */
  place: {
    kind: PlaceKind;
    coordinates: { latitude: number; longitude: number; source: string } | null;
  } | null;
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

// Shared by the engine's modules; not part of the public result.

/** A speech verb found in the text ("said", "went on"), lower case as written. */
export interface VerbOccurrence {
  form: string;
  start: number;
  end: number;
}

/** A sentence as offsets into the plain text. */
export interface Sentence {
  start: number;
  end: number;
}

/** A mention located in the plain text (input offsets are added when the result is built). */
export interface FoundMention {
  text: string;
  start: number;
  end: number;
  entity: EntityRef;
  parentHint: string | null;
}

/** A possible mention before overlaps are settled. */
export interface Candidate extends FoundMention {
  /** Lexicon matches beat guesses of the same length. */
  priority: number;
  evidence: string;
  title: string | null;
}

/**
 * A stretch of words between quotation marks, within one paragraph. `start`/`end` exclude the
 * marks; `open`/`close` are the marks' offsets. A quote that the news convention carries over
 * several paragraphs gives one piece per paragraph, the later ones marked `continued`.
 */
export interface QuotePiece {
  start: number;
  end: number;
  open: number;
  close: number;
  blockIndex: number;
  continued: boolean;
  /** The piece ends its paragraph without a closing mark, because the quote goes on in the next. */
  runsOn: boolean;
  /** For an interview answer ("Solberg: …") or a labelled quote, which has no marks or no verb: the name that labels it. */
  label?: FoundMention;
}

/** Words that can stand as the subject of a speech verb: a name, a pronoun, "the ministry". */
export interface SpeakerCandidate {
  start: number;
  end: number;
  text: string;
  mention: FoundMention | null;
  pronoun: 'he' | 'she' | 'they' | 'it' | null;
  /** The head noun of "the foreign minister", "the ministry", "officials". */
  role: { noun: string; type: 'person' | 'organisation' | 'group' } | null;
}

/** The speech verb and its subject that a quotation or reported clause rests on. */
export interface Attribution {
  verb: VerbOccurrence | null;
  subject: SpeakerCandidate;
}

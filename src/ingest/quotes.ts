import type { QuoteKind } from '../db/schema.ts';
import { finiteVerbs, subjectOf } from './attribution.ts';
import { DIRECTIVE_VERBS, isFiniteSpeechForm } from './speech-verbs.ts';
import type { Attribution, QuotePiece, Sentence, SpeakerCandidate, VerbOccurrence } from './types.ts';

/**
 * Direct: the quotation stands as the speaker's own sentence(s), with at most an attribution
 * around it (“…,” he said / Zelensky wrote, “…”). Partial: the writer's sentence runs into or out
 * of the quoted words (labelled Beijing a “decisive enabler” of the war; “…” is needed, he added).
 */
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,4}$/u;

export function classifyPiece(
  text: string,
  piece: QuotePiece,
  sentence: Sentence,
  siblings: readonly QuotePiece[],
): QuoteKind {
  if (piece.continued || piece.runsOn) return 'direct';
  // "No Vacancy", "Operation Paper Shield": a few words all capitalised, with no stop, are a sign's or a title's.
  if (TITLE_CASE.test(text.slice(piece.start, piece.end))) return 'partial';
  const previous = [...siblings].reverse().find((other) => other.close < piece.open);
  const prefix = text
    .slice(Math.max(sentence.start, previous ? previous.close + 1 : sentence.start), piece.open)
    .trimEnd();
  const beforeClean = prefix === '' || /[,:—–-]$/.test(prefix) || (previous !== undefined && /,\s*\S.*,$/.test(prefix));
  const quoted = text.slice(piece.start, piece.end).trimEnd();
  const suffix = text.slice(piece.close + 1, sentence.end);
  const afterClean =
    /^[\s.!?…)\]]*$/.test(suffix) ||
    (/[,.!?…—–-]$/.test(quoted) && !/^[\p{L}]/u.test(suffix.trimStart())) ||
    /^,\s/.test(suffix) ||
    (/^[,.!?…]?\s/.test(suffix) && /[,!?]$/.test(quoted));
  return beforeClean && afterClean ? 'direct' : 'partial';
}

/** Verbs whose clause can be reported: "said (that) …", "insisted …", "urged X to …". */
const REPORTING_LEMMAS =
  /^(?:sa(?:y|ys|id)|told|tells?|add(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|confirm(?:s|ed)?|warn(?:s|ed)?|stress(?:es|ed)?|argue[sd]?|announce[sd]?|note[sd]?|admit(?:s|ted)?|acknowledge[sd]?|explain(?:s|ed)?|reiterate[sd]?|maintain(?:s|ed)?|assert(?:s|ed)?|contend(?:s|ed)?|allege[sd]?|predict(?:s|ed)?|suggest(?:s|ed)?|believe[sd]?|report(?:s|ed)?|reveal(?:s|ed)?|state[sd]?|emphasi[sz](?:e|es|ed)|pointed out|points out|concede[sd]?|estimate[sd]?|indicate[sd]?|disclose[sd]?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|den(?:y|ies|ied)|wrote|writes?|posted|tweeted|agree[sd]?|urge[sd]?|called on|calls on|ask(?:s|ed)?|appeal(?:s|ed)?|assure[sd]?|inform(?:s|ed)?|replied|repl(?:y|ies)|responded|according to|underlined|underscored|observed|remarked|recalled|threatened|demanded|hinted)$/;

/** Verbs that take a clause without "that" ("said the talks failed"); the rest need "that" or "to". */
const CLAUSE_WITHOUT_THAT =
  /^(?:sa(?:y|ys|id)|add(?:s|ed)|insist(?:s|ed)|claim(?:s|ed)|argue[sd]|believe[sd]|predict(?:s|ed)|maintain(?:s|ed)|contend(?:s|ed)|allege[sd]|estimate[sd]|assert(?:s|ed)|suggest(?:s|ed)|wrote|writes|posted|tweeted|stress(?:es|ed)|vow(?:s|ed)|promise[sd]|pledge[sd])$/;
/** Words that cannot open a reported clause. */
const NOT_A_CLAUSE =
  /^(?:(?:on|in|at|to|for|with|by|from|of|during|after|before|and|but|or|so|as|yesterday|today|tonight|earlier|later|again|also|goodbye|hello|sorry|thanks|nothing|little|much|more|enough|otherwise)\b|[“"‘:,;.!?—–-])/u;
/** "said on Tuesday", "said in a statement", "said late on Monday" before the clause. */
const ADVERBIAL =
  /^\s(?:(?:late|early)\s)?(?:on|in|at|during|last|this|earlier|later)\s(?:(?:a|an|the)\s)?(?:[\w-]+\s){0,3}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|statement|interview|week|weekend|month|year|morning|afternoon|evening|night|briefing|conference|post|speech|email|letter)(?=\s)/;
const AUXILIARIES =
  /^(?:\s(?:has|have|had|was|were|is|are|will|would|also|later|then|previously|repeatedly|long|again|once|already|has also|had also|never|earlier|separately|further|often|consistently|publicly|privately|recently|\w+ly))*\s$/;
const SUBORDINATOR = /^(?:While|Although|Though|Because|Since|As|If|When|Whereas|Even though|Even as|Despite)\b/;

export interface IndirectClaim {
  start: number;
  end: number;
  attribution: Attribution;
}

function trimClause(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,]/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s.!?…,;:)\]]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** Where the reported clause after `verb` starts, or null when the verb takes no clause here. */
function clauseStart(text: string, verb: VerbOccurrence, limit: number): number | null {
  const rest = text.slice(verb.end, limit);
  const that = /^((?:\s[^\s,.;:“”"]+){0,10}?)\sthat\s/.exec(rest);
  if (that && !/\b(?:said|told|and|but|which|who)\b/.test(that[1] ?? '')) return verb.end + that[0].length;
  if (DIRECTIVE_VERBS.has(verb.form) && /^\s(?:[^\s,.;:“”"]+\s){1,5}?to\s/.test(rest)) return verb.end + 1;
  if (!CLAUSE_WITHOUT_THAT.test(verb.form)) return null;
  const adverbial = ADVERBIAL.exec(rest)?.[0] ?? '';
  const clause = rest.slice(adverbial.length);
  if (/^\s/.test(clause) && !NOT_A_CLAUSE.test(clause.slice(1))) return verb.end + adverbial.length + 1;
  return null;
}

/** Where the clause ends: before ", according to", a coordinated speech verb, or the end of a "While …," clause. */
function clauseEnd(text: string, sentence: Sentence, from: number): number {
  const rest = text.slice(from, sentence.end);
  let end = sentence.end;
  const cut = (pattern: RegExp) => {
    const match = pattern.exec(rest);
    if (match && from + match.index < end) end = from + match.index;
  };
  cut(/,\s(?:according to|he said|she said|they said|it said|he added|she added)\b/);
  for (const match of rest.matchAll(/\s(?:and|but)\s([a-z]+(?:\s(?:on|out))?)\b/g)) {
    const form = match[1] ?? '';
    // Only a finite verb starts a new report: "and claims …", not "to voice condemnation and demand …".
    if (isFiniteSpeechForm(form) && /(?:s|ed|said|told|wrote)$/.test(form)) {
      cut(new RegExp(`\\s(?:and|but)\\s${match[1] ?? ''}\\b`));
      break;
    }
  }
  if (SUBORDINATOR.test(text.slice(sentence.start, sentence.end))) cut(/,\s/);
  return end;
}

/**
 * Reported speech in one sentence: "X said (that) …", "X urged Y to …", "According to X, …",
 * "…, X said." Clauses overlapping a quotation, or inside one already found, are left out.
 */
export function findIndirect(
  text: string,
  sentence: Sentence,
  pieces: readonly QuotePiece[],
  candidates: readonly SpeakerCandidate[],
): IndirectClaim[] {
  const claims: IndirectClaim[] = [];
  // A reported clause may hold a short quoted fragment ("could come “within weeks”"), not be one.
  const quoted = (start: number, end: number) =>
    pieces.some(
      (piece) =>
        piece.open < end &&
        start <= piece.close &&
        (piece.open < start || piece.close >= end || (piece.end - piece.start) * 2 > end - start),
    );
  const withinClaim = (offset: number) => claims.some((claim) => claim.start <= offset && offset < claim.end);
  let previous: Attribution | null = null;
  for (const verb of finiteVerbs(text, sentence.start, sentence.end)) {
    if (quoted(verb.start, verb.end) || withinClaim(verb.start) || !REPORTING_LEMMAS.test(verb.form)) continue;
    if (verb.form === 'according to') {
      const claim = accordingTo(text, sentence, verb, candidates);
      if (claim && !quoted(claim.start, claim.end)) claims.push(claim);
      continue;
    }
    const subject = precedingSubject(text, verb, candidates, sentence, previous);
    if (subject === null) continue;
    const attribution = { verb, subject };
    previous = attribution;
    // "said Samir Haddad, who …": the words after an inverted subject are no report.
    const start = subject.start > verb.start ? null : clauseStart(text, verb, sentence.end);
    if (start !== null) {
      const span = trimClause(text, start, clauseEnd(text, sentence, start));
      if (span.end - span.start > 3 && /\s/.test(text.slice(span.start, span.end)) && !quoted(span.start, span.end)) {
        claims.push({ ...span, attribution });
      }
      continue;
    }
    const postposed = postposedClause(text, sentence, verb, subject);
    if (postposed && !quoted(postposed.start, postposed.end)) claims.push({ ...postposed, attribution });
  }
  return claims;
}

/** The subject right before the verb ("Sybiha confirmed", "China has repeatedly insisted"), or the one of a verb it is coordinated with. */
function precedingSubject(
  text: string,
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
  sentence: Sentence,
  previous: Attribution | null,
): SpeakerCandidate | null {
  const before = candidates
    .filter((candidate) => candidate.end <= verb.start && candidate.start >= sentence.start)
    .at(-1);
  if (before) {
    const gap = text.slice(before.end, verb.start);
    const appositive = /,\s$/.test(text.slice(before.start - 2, before.start)) && /^,\s$/.test(gap);
    if (AUXILIARIES.test(gap) || /^,[^,.;“”"]{2,80},\s$/.test(gap) || appositive) return before;
  }
  if (previous && /\s(?:and|but)\s$/.test(text.slice(Math.max(0, verb.start - 6), verb.start))) return previous.subject;
  const after = subjectOf(verb, candidates, verb.end, sentence.end, text);
  if (after && after.start === verb.end + 1) return after;
  return null;
}

/** "According to Zelensky, there is evidence …" and "… , according to the ministry." */
function accordingTo(
  text: string,
  sentence: Sentence,
  verb: VerbOccurrence,
  candidates: readonly SpeakerCandidate[],
): IndirectClaim | null {
  const subject = candidates.find(
    (candidate) =>
      candidate.start === verb.end + 1 || (candidate.start === verb.end + 5 && text.startsWith(' the ', verb.end)),
  );
  if (!subject) return null;
  const attribution = { verb, subject };
  if (verb.start === sentence.start) {
    // Past an apposition: "According to Adaeze Okafor, a regional coordinator for the ICRC, many …".
    const apposition = /^,\s(?:a|an|the)\s[^,.;]{2,80},/.exec(text.slice(subject.end, sentence.end));
    const comma = text.indexOf(', ', subject.end + (apposition ? apposition[0].length - 1 : 0));
    if (comma < 0 || comma > sentence.end) return null;
    return { ...trimClause(text, comma + 1, sentence.end), attribution };
  }
  if (/,\s$/.test(text.slice(verb.start - 2, verb.start))) {
    return { ...trimClause(text, sentence.start, verb.start), attribution };
  }
  return null;
}

/** "The talks will resume next week, the minister said." — the clause before the attribution. */
function postposedClause(text: string, sentence: Sentence, verb: VerbOccurrence, subject: SpeakerCandidate) {
  const first = Math.min(subject.start, verb.start);
  if (!/,\s$/.test(text.slice(first - 2, first))) return null;
  const tail = text.slice(Math.max(subject.end, verb.end), sentence.end);
  if (!/^[^,;“”"]*$/.test(tail) || /\bthat\b/.test(tail)) return null;
  const span = trimClause(text, sentence.start, first);
  const clause = text.slice(span.start, span.end);
  if (
    clause.split(/\s+/).length < 4 ||
    /^(?:In|At|On|During|Speaking|Writing|After|Before|Asked|Addressing|Responding|Later|Earlier)\b/.test(clause)
  ) {
    return null;
  }
  return span;
}

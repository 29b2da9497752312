import { isGazetteerWord } from '../gazetteer.ts';
import { NAME_WORD, PRIORITY, guessedCandidate, suggestedRef } from '../name-patterns.ts';
import type { Candidate } from '../types.ts';
import {
  NOT_NAMES,
  NOT_ORGANISATION_ACRONYMS,
  ORGANISATION_HEADS,
  ORGANISATION_HEAD_SET,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  TITLES_LOWER,
  isGivenName,
} from '../words.ts';

/**
 * Organisations the lexicon does not know: capitalised runs ending in a head word ("Kenya
 * Meteorological Department", "Ministry of Foreign Affairs", "Northwind Energy"), a single name
 * used as "the Bundesbank", and the short forms the text then uses: an acronym given in
 * parentheses ("(KNBS)") and a company's first word ("Northwind").
 */

const TIME_WORDS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';
const ORGANISATION_RUN = new RegExp(
  `(?<![\\p{L}])(?:${NAME_WORD}\\s(?:(?:of|for|and)\\s(?:the\\s)?|&\\s)?){0,5}(?:${ORGANISATION_HEADS.join('|')})(?:(?<=Inc|Corp|Ltd)\\.)?(?:\\s(?:of|for|on)\\s(?:the\\s)?(?!(?:${TIME_WORDS})(?![\\p{L}]))${NAME_WORD}(?:\\s(?:and\\s)?${NAME_WORD}){0,3})?(?![\\p{L}])`,
  'gu',
);
/** Heads after which the first word alone still names the company: "Northwind Energy" → "Northwind". */
const COMPANY_HEADS = new Set([
  'Energy',
  'Group',
  'Holdings',
  'Inc',
  'Ltd',
  'Corp',
  'Corporation',
  'Company',
  'Airlines',
  'Airways',
  'Motors',
  'Technologies',
  'Systems',
  'Industries',
]);
const COMMON_NOUNS = new Set([...ORGANISATION_ROLE_NOUNS, ...PERSON_ROLE_NOUNS]);
const THE_NAME =
  /(?<![\p{L}])[Tt]he\s(\p{Lu}\p{Ll}{3,}(?=\s(?!of\s|for\s)\p{Ll})|\p{Lu}\p{Ll}{2,}\s\p{Lu}\p{Ll}{2,}(?=\s(?!of\s|for\s)\p{Ll}|[.,;]))/gu;
const ACRONYM = /(?<![\p{L}\p{N}.&-])\p{Lu}{3,6}(?![\p{L}\p{N}&]|\.\p{L})/gu;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*(?![\p{L}\p{N}])/gu;

const hasHead = (words: string) =>
  words.includes(' ') && words.split(' ').some((word) => ORGANISATION_HEAD_SET.has(word));

const organisation = (name: string, start: number, evidence: string, priority: number): Candidate =>
  guessedCandidate('organisation', name, start, evidence, priority);

export function organisationCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ORGANISATION_RUN)) {
    let name = match[0];
    let start = match.index;
    // "Chief Executive of Northwind Energy" is a person's title, not the organisation's name, and
    // "Matthew Ingram of The Globe and Mail" a person of the organisation.
    const titled = /^(.+?)\s(?:of|for)\s(?:the\s)?/.exec(name);
    const person = titled?.[1] !== undefined && titled[1].includes(' ') && isGivenName(titled[1].split(' ')[0] ?? '');
    if (titled?.[1] !== undefined && (TITLES_LOWER.has(titled[1].toLowerCase()) || person)) {
      name = name.slice(titled[0].length);
      start += titled[0].length;
    }
    // "About Northwind Energy", "The Red Cross": not part of the name; "Police Security Service" is.
    for (let word = /^(\S+)\s/.exec(name); word?.[1] !== undefined; word = /^(\S+)\s/.exec(name)) {
      if (!NOT_NAMES.has(word[1]) || ORGANISATION_HEAD_SET.has(word[1])) break;
      // "The Guardian", "The Times": a one-word title keeps its article.
      if (/^The\s\S+$/.test(name)) break;
      name = name.slice(word[0].length);
      start += word[0].length;
    }
    // "the Massachusetts Institute of Technology and Colorado State University": two organisations.
    const and = name.indexOf(' and ');
    if (and > 0 && hasHead(name.slice(0, and)) && hasHead(name.slice(and + 5))) {
      found.push(organisation(name.slice(0, and), start, 'organisation name', PRIORITY.organisationName));
      found.push(organisation(name.slice(and + 5), start + and + 5, 'organisation name', PRIORITY.organisationName));
      continue;
    }
    if (!name.includes(' ') && !['Inc', 'Ltd', 'Corp'].some((head) => name.endsWith(head))) continue;
    const candidate = organisation(name, start, 'organisation name', PRIORITY.organisationName);
    // "Hanbit Semiconductor Inc." is Hanbit Semiconductor: the legal form is not part of the name.
    const bare = /^(.+?),?\s(?:Inc|Ltd|Corp)\.?$/.exec(name)?.[1];
    if (bare?.includes(' ')) candidate.entity = suggestedRef('organisation', bare);
    found.push(candidate);
  }
  return [
    ...found,
    ...singleNames(text),
    ...acronyms(text),
    ...spelledOut(text),
    ...websites(text),
    ...institutions(text),
    ...headWordsAlone(text),
  ];
}

const HEAD_ALONE = new RegExp(
  // "the" first, so the scan looks for a literal and tries the heads only after it.
  `(?<![\\p{L}])[Tt]he\\s(${ORGANISATION_HEADS.join('|')})(?!\\s(?:of|for)\\s|\\s\\p{Lu}|[\\p{L}-])`,
  'gu',
);
const HEAD_ALONE_EVIDENCE = 'head word alone';

/** "the Church said": a capitalised head word alone after "the", linked by `linkHeadWords` or dropped. */
function headWordsAlone(text: string): Candidate[] {
  return [...text.matchAll(HEAD_ALONE)].map((match) => {
    const head = match[1] ?? '';
    return organisation(head, match.index + match[0].length - head.length, HEAD_ALONE_EVIDENCE, PRIORITY.weakPlace);
  });
}

/**
 * "the Senate", "the Legislature", "Congress": a legislature, a cabinet or an armed service named
 * by its head word alone, capitalised, is the institution (of the country the text is about);
 * a longer name that ends in the word ("the House of Representatives") wins over it.
 */
const INSTITUTION =
  /(?<![\p{L}])(?:[Tt]he\s(Senate|House|Legislature|Assembly|Cabinet|Army|Navy|Pentagon|Kremlin|Knesset|Bundestag|Duma)|Congress|Parliament)(?![\p{L}'’-])/gu;

function institutions(text: string): Candidate[] {
  return [...text.matchAll(INSTITUTION)].map((match) => {
    const name = match[1] ?? match[0];
    return organisation(
      name,
      match.index + match[0].length - name.length,
      'an institution by its head word',
      PRIORITY.weakPerson,
    );
  });
}

/**
 * "FIFA said", "the WHO": a word of three to six capitals is an organisation's short name, unless
 * it is a place ("USA"), a common abbreviation ("CEO", "GMT") or the text is shouting.
 */
function acronyms(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    const word = match[0];
    if (NOT_ORGANISATION_ACRONYMS.has(word) || isGazetteerWord(word) || /^[IVXLC]+$/.test(word)) continue;
    const around = text.slice(Math.max(0, match.index - 30), match.index + word.length + 30);
    if ((around.match(/\p{Lu}{3,}/gu) ?? []).length > 2) continue;
    found.push(organisation(word, match.index, 'acronym', PRIORITY.weakPerson));
  }
  return found;
}

const SPELLED_OUT = new RegExp(
  `(${NAME_WORD}(?:\\s(?:of|for|and|the|de|du|des|di|del)?\\s?${NAME_WORD}){1,6})\\s\\((\\p{Lu}{2,8})\\)`,
  'gu',
);

/**
 * "Italian Episcopal Conference (CEI)": a name followed by its initials in parentheses is an
 * organisation, whatever its last word; the initials are linked as its short form.
 */
function spelledOut(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SPELLED_OUT)) {
    const name = match[1] ?? '';
    const initials = (match[2] ?? '').toUpperCase();
    const capitals = name
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (capitals.length < 2 || !(capitals.startsWith(initials[0] ?? '') || initials.startsWith(capitals[0] ?? '')))
      continue;
    const words = name.split(' ');
    const start = match.index + (name.length - name.trimStart().length);
    if (isGivenName(words[0] ?? '')) continue;
    found.push(organisation(name, start, 'name before its initials', PRIORITY.organisationName));
  }
  return found;
}

const WEBSITE = /(?<![\p{L}\p{N}.@/-])\p{Lu}[\p{L}\p{N}-]+\.(?:com|org|net)(?![\p{L}\p{N}])/gu;

/** "Secunia.com", "Gawker.com": a site named by its address is the organisation behind it. */
function websites(text: string): Candidate[] {
  return [...text.matchAll(WEBSITE)].map((match) =>
    organisation(match[0], match.index, 'web address', PRIORITY.organisationName),
  );
}

/** Last words of a name that make it an event or a document, not an organisation: "the Cold War", "the World Cup". */
const EVENT_HEADS =
  /^(?:War|Wars|Cup|Games|Olympics|Prize|Award|Awards|Day|Year|Age|Revolution|Act|Bill|Agreement|Treaty|Accord|Deal|Summit|Festival|Fair|Expo|Show|Series|Championships?|Open|Final|Finals|Era|Crisis|Trial|Case|Report|Plan|Strategy|Declaration|Convention|Constitution|Charter|Code)$/;

/**
 * "The Bundesbank now expects", "the Sea Org": one or two capitalised words after "the", used at
 * least twice that way, that are no place, title, person or event.
 */
function singleNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(THE_NAME)) {
    const name = match[1] ?? '';
    // "Man of the Match award", "Bank of the West": part of a longer name.
    if (/\p{Lu}[\p{L}'’-]*\s(?:of|for)\s$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const words = name.split(' ');
    if (words.some((word) => NOT_NAMES.has(word) || isGazetteerWord(word) || isGivenName(word))) continue;
    if (words.length === 1 && ORGANISATION_HEAD_SET.has(name)) continue;
    if (EVENT_HEADS.test(words.at(-1) ?? '')) continue;
    if (words.some((word) => TITLES_LOWER.has(word.toLowerCase()) || COMMON_NOUNS.has(word.toLowerCase()))) continue;
    found.push(
      organisation(name, match.index + match[0].length - name.length, 'named as "the …"', PRIORITY.weakPerson),
    );
  }
  if (found.length === 0) return found;
  // A single word counts however it is used; two words only as "the …" (counting them elsewhere would mean rescanning the text).
  const counts = new Map(found.map((candidate) => [candidate.text, 0]));
  for (const candidate of found)
    if (candidate.text.includes(' ')) counts.set(candidate.text, (counts.get(candidate.text) ?? 0) + 1);
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const count = counts.get(match[0]);
    if (count !== undefined) counts.set(match[0], count + 1);
  }
  return found.filter((candidate) => (counts.get(candidate.text) ?? 0) >= 2);
}

/** The short forms an organisation goes by in this text, keyed by their first word. */
function shortForms(text: string, kept: readonly Candidate[]): Map<string, { form: string; owner: Candidate }[]> {
  const forms = new Map<string, { form: string; owner: Candidate }[]>();
  const add = (form: string, owner: Candidate) => {
    const first = form.split(' ')[0] ?? form;
    const list = forms.get(first) ?? [];
    if (!list.some((known) => known.form === form)) list.push({ form, owner });
    forms.set(
      first,
      list.sort((a, b) => b.form.length - a.form.length),
    );
  };
  for (const mention of kept) {
    if (mention.entity.type !== 'organisation') continue;
    const acronym = /^\s\((\p{Lu}[\p{Lu}&]{1,7})\)/u.exec(text.slice(mention.end, mention.end + 12))?.[1];
    if (acronym !== undefined) add(acronym, mention);
    if (!mention.entity.suggested) continue;
    const name = mention.entity.name;
    const words = name.split(' ');
    const first = words[0] ?? '';
    if (words.length === 1 || name !== mention.text) add(name, mention);
    if (COMPANY_HEADS.has(words.at(-1) ?? '') && words.length === 2 && !NOT_NAMES.has(first) && !isGazetteerWord(first))
      add(first, mention);
  }
  return forms;
}

/** Adds a mention for every free occurrence of an organisation's short form ("Northwind", "ICRC"). */
export function linkOrganisationAliases(text: string, kept: Candidate[]): Candidate[] {
  const forms = shortForms(text, kept);
  if (forms.size === 0) return kept;
  const added: Candidate[] = [];
  let next = 0;
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const found = forms
      .get(match[0])
      ?.find(
        ({ form }) =>
          text.startsWith(form, match.index) && !/[\p{L}\p{N}]/u.test(text[match.index + form.length] ?? ' '),
      );
    if (found === undefined) continue;
    const end = match.index + found.form.length;
    while (next < kept.length && (kept[next]?.end ?? 0) <= match.index) next += 1;
    const covering = kept[next];
    // A short form the acronym cue took for a new organisation is the one it stands for.
    if (covering?.evidence === 'acronym' && covering.start === match.index && covering.end === end) {
      covering.entity = found.owner.entity;
      continue;
    }
    if (covering !== undefined && covering.start < end) continue;
    added.push({ ...found.owner, text: found.form, start: match.index, end, evidence: 'short form', priority: 2 });
  }
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "The Church" after "the Church of Scientology", "the Ministry" after "the Ministry of Health": an
 * organisation's head word alone, capitalised after "the", is the last organisation named with it.
 * `kept` is sorted by start.
 */
export function linkHeadWords(kept: Candidate[]): Candidate[] {
  const lastWithHead = new Map<string, Candidate['entity']>();
  const result: Candidate[] = [];
  for (const candidate of kept) {
    if (candidate.entity.type !== 'organisation') {
      result.push(candidate);
      continue;
    }
    const head = /^(?:[Tt]he\s)?(\p{Lu}\p{Ll}+)$/u.exec(candidate.text)?.[1];
    const earlier = head !== undefined && ORGANISATION_HEAD_SET.has(head) ? lastWithHead.get(head) : undefined;
    if (candidate.entity.suggested && earlier !== undefined) {
      candidate.entity = earlier;
      result.push(candidate);
      continue;
    }
    // A head word alone that no organisation named before explains is no name ("the Board" of what?).
    if (candidate.evidence === HEAD_ALONE_EVIDENCE) continue;
    result.push(candidate);
    for (const word of candidate.entity.name.split(' '))
      if (ORGANISATION_HEAD_SET.has(word) && candidate.entity.name !== word) lastWithHead.set(word, candidate.entity);
  }
  return result;
}

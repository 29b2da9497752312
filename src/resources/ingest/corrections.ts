import type { Db } from '../../core/db/client.ts';
import { organisations, people } from '../../core/db/schema.ts';
import { namesNothing, UnprocessableError, type InvalidParameter } from '../../core/http/errors.ts';
import { plainOffsetMapper } from '../../ingest/input-offsets.ts';
import type { Lexicon } from '../../ingest/index.ts';
import type { IngestQuoteInput } from './schema.ts';
import { createEntity } from '../entity/repository.ts';
import { STORES } from '../entity/stores.ts';
import { idOf } from '../../core/db/lookup.ts';
import { createQuote, type KnownArticle } from '../quotes/write-repository.ts';

/**
 * An editor's corrections of a dry run, saved with the draft: the quotes as the editor left them
 * (speakers changed, kinds changed, quotes dropped, added or moved), in place of the ones the
 * engine found. Their offsets are into the copy as sent, like the dry run's, and are carried over
 * to the article's plain text here.
 */

type SpeakerType = 'person' | 'organisation';

export interface CreatedSuggestion {
  type: 'person' | 'organisation' | 'place';
  id: string;
  name: string;
}

const at = (index: number, name: string, detail: string): InvalidParameter => ({
  location: 'body',
  name: `quotes.${index}.${name}`,
  detail,
});

/**
 * The speaker a corrected quote names: an existing entity by id or slug; or by name, one this
 * ingest proposes, one the newsroom knows by that name or alias, or else a new suggestion.
 */
function speakerResolver(db: Db, lexicon: Lexicon, created: CreatedSuggestion[]) {
  const known = (type: SpeakerType, name: string) => {
    const wanted = name.trim().toLocaleLowerCase();
    const proposed = created.find((entity) => entity.type === type && entity.name.toLocaleLowerCase() === wanted);
    if (proposed) return proposed.id;
    const entries = type === 'person' ? lexicon.people : lexicon.organisations;
    return entries.find((entry) =>
      [entry.name, ...entry.aliases].some((candidate) => candidate.toLocaleLowerCase() === wanted),
    )?.id;
  };
  return async (
    speaker: NonNullable<IngestQuoteInput['speaker']>,
    index: number,
    problems: InvalidParameter[],
  ): Promise<string | null> => {
    if ((speaker.id === undefined) === (speaker.name === undefined)) {
      problems.push(at(index, 'speaker', 'needs exactly one of `id` (someone known) or `name` (found or created)'));
      return null;
    }
    if (speaker.id !== undefined) {
      const table = speaker.type === 'person' ? people : organisations;
      const id = await idOf(db, table, speaker.id);
      if (id === undefined) problems.push(at(index, 'speaker.id', namesNothing(speaker.type, [speaker.id])));
      return id ?? null;
    }
    const name = (speaker.name ?? '').trim();
    if (name === '') {
      problems.push(at(index, 'speaker.name', 'is empty'));
      return null;
    }
    const existing = known(speaker.type, name);
    if (existing !== undefined) return existing;
    // Someone the engine missed: proposed like its own suggestions, for the review queue.
    const id =
      speaker.type === 'person'
        ? await createEntity(db, STORES.person, { name, suggested: true, aliases: [] })
        : await createEntity(db, STORES.organisation, { name, suggested: true, aliases: [], kind: 'organisation' });
    created.push({ type: speaker.type, id, name });
    return id;
  };
}

/** Creates the corrected quotes in the new draft; 422 naming `quotes.N.…` for any that does not fit. */
export async function createCorrectedQuotes(
  db: Db,
  input: string,
  article: KnownArticle,
  corrections: IngestQuoteInput[],
  lexicon: Lexicon,
  created: CreatedSuggestion[],
): Promise<number> {
  const { toPlain } = plainOffsetMapper(input);
  const resolveSpeaker = speakerResolver(db, lexicon, created);
  const problems: InvalidParameter[] = [];
  const span = (index: number, name: string, value: { start: number; end: number }) => {
    if (value.end <= value.start || value.end > input.length) {
      problems.push(at(index, name, `must be a non-empty span of the text (0–${input.length})`));
      return null;
    }
    const start = toPlain(value.start);
    const end = toPlain(value.end);
    if (start === null || end === null || end <= start) {
      problems.push(at(index, name, 'must start and end on words of the article, not on blank lines or the credit'));
      return null;
    }
    return { start, end };
  };
  // In order: a speaker created for one quote is the one a later quote by the same name finds.
  const quotes = [];
  for (const [index, quote] of corrections.entries()) {
    const words = span(index, 'start', quote);
    const mention = quote.speakerMention ? span(index, 'speakerMention', quote.speakerMention) : null;
    const speakerId = quote.speaker ? await resolveSpeaker(quote.speaker, index, problems) : null;
    quotes.push({ quote, words, mention, speakerId });
  }
  if (problems.length > 0) throw new UnprocessableError(problems);
  for (const { quote, words, mention, speakerId } of quotes) {
    if (!words) continue;
    await createQuote(
      db,
      {
        articleId: article.id,
        text: article.plainText.slice(words.start, words.end),
        kind: quote.kind,
        start: words.start,
        end: words.end,
        channel: quote.channel ?? null,
        speakerType: quote.speaker?.type ?? null,
        speakerId,
        speakerMention: mention,
      },
      article,
    );
  }
  return quotes.length;
}

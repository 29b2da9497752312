import type { Db } from '../../core/db/client.ts';
import type { ArticleInclude } from './schema.ts';
import type { Organisation, OrganisationInclude } from '../organisations/schema.ts';
import type { Person, PersonInclude } from '../people/schema.ts';
import type { Place, PlaceInclude } from '../places/schema.ts';
import type { QuoteInclude } from '../quotes/schema.ts';
import type { Quote } from '../quotes/schema.ts';
import { articleSummariesByIds, plainTextsByIds } from './repository.ts';
import { mentionsOfArticles, type MentionRecord } from './mentions.ts';
import { organisationsByIds } from '../organisations/repository.ts';
import { peopleByIds } from '../people/repository.ts';
import { placesByIds } from '../places/repository.ts';
import { quotesOfArticles } from '../quotes/repository.ts';
import type { Audience } from '../../core/db/visibility.ts';

/**
 * Adds the related resources a request asked for with `include=`, loading each kind once for the
 * whole page (never one query per item), as `audience` may see them (visibility.ts).
 */

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const unique = (values: string[]) => [...new Set(values)];

/** Something in an article that points at an entity: a mention of its name, or a quote it spoke. */
type Reference = Pick<MentionRecord, 'articleId' | 'type' | 'entityId' | 'start'>;

function speakerReferences(quotes: Quote[]): Reference[] {
  return quotes.flatMap((quote) =>
    quote.speakerType && quote.speakerId
      ? [
          {
            articleId: quote.articleId,
            type: quote.speakerType,
            entityId: quote.speakerId,
            start: quote.speakerMention?.start ?? quote.start,
          },
        ]
      : [],
  );
}

/** Per article, the entities of one type it names or quotes, in the order it first does so. */
async function referencedEntities<T extends { id: string }>(
  references: Reference[],
  type: Reference['type'],
  load: (ids: string[]) => Promise<T[]>,
): Promise<Map<string, T[]>> {
  const ofType = references.filter((reference) => reference.type === type).sort((a, b) => a.start - b.start);
  const byId = new Map(
    (await load(unique(ofType.map((reference) => reference.entityId)))).map((entity) => [entity.id, entity]),
  );
  const result = new Map<string, T[]>();
  for (const [articleId, articleReferences] of groupBy(ofType, (reference) => reference.articleId)) {
    const entities = unique(articleReferences.map((reference) => reference.entityId)).map((id) => byId.get(id));
    result.set(
      articleId,
      entities.filter((entity): entity is T => entity !== undefined),
    );
  }
  return result;
}

export async function embedInArticles<A extends { id: string }>(
  db: Db,
  articles: A[],
  include: Set<ArticleInclude>,
  audience: Audience,
) {
  if (include.size === 0 || articles.length === 0) return articles;
  const ids = articles.map((article) => article.id);
  const wants = (...names: ArticleInclude[]) => names.some((name) => include.has(name));
  const allQuotes = wants('quotes', 'quotes.speaker', 'people', 'organisations')
    ? await quotesOfArticles(db, ids, audience)
    : [];
  const shownQuotes = include.has('quotes.speaker')
    ? await embedInQuotes(db, allQuotes, new Set(['speaker']), audience)
    : allQuotes;
  const quotes = wants('quotes', 'quotes.speaker') ? groupBy(shownQuotes, (quote) => quote.articleId) : undefined;
  const mentions = wants('people', 'places', 'organisations', 'mentions')
    ? await mentionsOfArticles(db, ids, audience)
    : [];
  const references: Reference[] = [...mentions, ...speakerReferences(allQuotes)];
  const people = include.has('people')
    ? await referencedEntities(references, 'person', (i) => peopleByIds(db, i, audience))
    : undefined;
  const places = include.has('places')
    ? await referencedEntities(references, 'place', (i) => placesByIds(db, i, audience))
    : undefined;
  const organisations = include.has('organisations')
    ? await referencedEntities(references, 'organisation', (i) => organisationsByIds(db, i, audience))
    : undefined;
  const mentionsByArticle = include.has('mentions') ? groupBy(mentions, (mention) => mention.articleId) : undefined;
  const texts = include.has('mentions') ? await plainTextsByIds(db, ids) : new Map<string, string>();

  return articles.map((article) => ({
    ...article,
    ...(quotes && { quotes: quotes.get(article.id) ?? [] }),
    ...(people && { people: people.get(article.id) ?? [] }),
    ...(places && { places: places.get(article.id) ?? [] }),
    ...(organisations && { organisations: organisations.get(article.id) ?? [] }),
    ...(mentionsByArticle && {
      mentions: (mentionsByArticle.get(article.id) ?? []).map(({ type, entityId, start, end }) => ({
        type,
        entityId,
        start,
        end,
        text: texts.get(article.id)?.slice(start, end) ?? '',
      })),
    }),
  }));
}

export async function embedInQuotes(
  db: Db,
  quotes: Quote[],
  include: Set<QuoteInclude>,
  audience: Audience,
): Promise<Quote[]> {
  if (include.size === 0 || quotes.length === 0) return quotes;
  const speakers = new Map<string, Quote['speaker']>();
  if (include.has('speaker')) {
    const ids = (type: Quote['speakerType']) =>
      unique(quotes.filter((quote) => quote.speakerType === type).map((quote) => quote.speakerId ?? ''));
    for (const person of await peopleByIds(db, ids('person'), audience)) speakers.set(person.id, person);
    for (const organisation of await organisationsByIds(db, ids('organisation'), audience)) {
      speakers.set(organisation.id, organisation);
    }
  }
  const articles = include.has('article')
    ? new Map(
        (await articleSummariesByIds(db, unique(quotes.map((quote) => quote.articleId)), audience)).map((a) => [
          a.id,
          a,
        ]),
      )
    : undefined;
  return quotes.map((quote) => ({
    ...quote,
    ...(include.has('speaker') && { speaker: (quote.speakerId && speakers.get(quote.speakerId)) || null }),
    ...(articles && { article: articles.get(quote.articleId) }),
  }));
}

/** `include=organisations` and `include=places` on people: the organisations and countries of their roles. */
export async function embedInPeople(
  db: Db,
  people: Person[],
  include: Set<PersonInclude>,
  audience: Audience,
): Promise<Person[]> {
  if (include.size === 0 || people.length === 0) return people;
  const roles = people.flatMap((person) => person.roles);
  const organisations = include.has('organisations')
    ? new Map(
        (await organisationsByIds(db, unique(roles.flatMap((r) => r.organisationId ?? [])), audience)).map((o) => [
          o.id,
          o,
        ]),
      )
    : undefined;
  const places = include.has('places')
    ? new Map((await placesByIds(db, unique(roles.flatMap((r) => r.countryId ?? [])), audience)).map((p) => [p.id, p]))
    : undefined;
  const pick = <T>(map: Map<string, T>, ids: (string | null)[]) =>
    unique(ids.filter((id): id is string => id !== null)).flatMap((id) => map.get(id) ?? []);
  return people.map((person) => ({
    ...person,
    ...(organisations && {
      organisations: pick(
        organisations,
        person.roles.map((r) => r.organisationId),
      ),
    }),
    ...(places && {
      places: pick(
        places,
        person.roles.map((r) => r.countryId),
      ),
    }),
  }));
}

/** `include=parent` on places. */
export async function embedInPlaces(
  db: Db,
  places: Place[],
  include: Set<PlaceInclude>,
  audience: Audience,
): Promise<Place[]> {
  if (!include.has('parent') || places.length === 0) return places;
  const parents = new Map(
    (await placesByIds(db, unique(places.flatMap((p) => p.parentId ?? [])), audience)).map((p) => [p.id, p]),
  );
  return places.map((place) => ({ ...place, parent: (place.parentId && parents.get(place.parentId)) || null }));
}

/** `include=country` on organisations. */
export async function embedInOrganisations(
  db: Db,
  organisations: Organisation[],
  include: Set<OrganisationInclude>,
  audience: Audience,
): Promise<Organisation[]> {
  if (!include.has('country') || organisations.length === 0) return organisations;
  const countries = new Map(
    (await placesByIds(db, unique(organisations.flatMap((o) => o.countryId ?? [])), audience)).map((p) => [p.id, p]),
  );
  return organisations.map((o) => ({ ...o, country: (o.countryId && countries.get(o.countryId)) || null }));
}

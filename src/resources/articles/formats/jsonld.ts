import type { Article } from '../schema.ts';
import type { NewsArticleJsonLd } from './schema.ts';
import type { Organisation } from '../../organisations/schema.ts';
import type { Person } from '../../people/schema.ts';
import type { Place } from '../../places/schema.ts';
import type { ResourceUrls } from './links.ts';

/** An article with everything the export formats describe: its quotes and the entities it mentions. */
export type FullArticle = Article & Required<Pick<Article, 'quotes' | 'people' | 'places' | 'organisations'>>;

const compact = <T extends Record<string, unknown>>(record: T) =>
  Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );

/** What every named entity's node says first: its type, its API URL as its id, its names and links elsewhere. */
function namedNode(type: string, id: string, entity: Person | Place | Organisation) {
  return { '@type': type, '@id': id, name: entity.name, alternateName: entity.aliases, sameAs: entity.sameAs };
}

function personNode(person: Person, urls: ResourceUrls) {
  return compact({
    ...namedNode('Person', urls.api(`/people/${person.id}`), person),
    jobTitle: person.roles.find((role) => role.endedOn === null)?.title,
  });
}

function placeNode(place: Place, urls: ResourceUrls) {
  const type =
    place.kind === 'country'
      ? 'Country'
      : place.kind === 'continent'
        ? 'Continent'
        : place.kind === 'city'
          ? 'City'
          : 'Place';
  return compact({
    ...namedNode(type, urls.api(`/places/${place.id}`), place),
    identifier: place.isoCode,
    geo:
      place.latitude !== null && place.longitude !== null
        ? { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude }
        : undefined,
    containedInPlace: place.parentId ? { '@id': urls.api(`/places/${place.parentId}`) } : undefined,
  });
}

function organisationNode(organisation: Organisation, urls: ResourceUrls) {
  return compact(namedNode('Organization', urls.api(`/organisations/${organisation.id}`), organisation));
}

/**
 * schema.org `NewsArticle` with its mentions and its quotes as `Quotation`s. Nodes are identified by
 * their API URL on the stable id (never the slug, which may change), so the graph links up.
 */
export function articleJsonLd(article: FullArticle, urls: ResourceUrls): NewsArticleJsonLd {
  const document = compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': urls.api(`/articles/${article.id}`),
    url: urls.articlePage(article),
    identifier: article.id,
    headline: article.headline,
    description: article.standfirst,
    articleBody: article.plainText,
    wordCount: article.wordCount,
    inLanguage: article.language,
    datePublished: article.publishedAt,
    dateCreated: article.createdAt,
    dateModified: article.updatedAt,
    creditText: article.credit,
    mentions: [
      ...article.people.map((p) => personNode(p, urls)),
      ...article.places.map((p) => placeNode(p, urls)),
      ...article.organisations.map((o) => organisationNode(o, urls)),
    ],
    hasPart: article.quotes.map((quote) =>
      compact({
        '@type': 'Quotation',
        '@id': urls.api(`/quotes/${quote.id}`),
        text: quote.text,
        additionalType: quote.kind,
        creator: quote.speakerId
          ? { '@id': urls.api(`/${quote.speakerType === 'person' ? 'people' : 'organisations'}/${quote.speakerId}`) }
          : undefined,
        dateCreated: quote.saidAt,
      }),
    ),
  });
  return document as NewsArticleJsonLd;
}

import type { NinjsItem } from './schema.ts';
import type { FullArticle } from './jsonld.ts';
import type { ResourceUrls } from './links.ts';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json' as const;

/**
 * IPTC ninjs 2.1, the news industry's JSON for a news item: headlines, bodies, descriptions and
 * the people, places and organisations it is about, each with its URI.
 */
export function articleNinjs(article: FullArticle, urls: ResourceUrls): NinjsItem {
  const sameAsOrApi = (sameAs: string[], path: string) => sameAs[0] ?? urls.api(path);
  return {
    $schema: NINJS_SCHEMA,
    uri: urls.api(`/articles/${article.id}`),
    type: 'text' as const,
    representationtype: 'complete',
    ...(article.publishedAt && { firstcreated: article.publishedAt }),
    versioncreated: article.updatedAt,
    contentcreated: article.createdAt,
    pubstatus: article.status === 'published' ? 'usable' : article.status === 'archived' ? 'canceled' : 'withheld',
    language: article.language,
    headlines: [{ role: 'main', contenttype: 'text/plain', value: article.headline }],
    ...(article.standfirst && {
      descriptions: [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst }],
    }),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/plain',
        charcount: article.plainText.length,
        wordcount: article.wordCount,
        value: article.plainText,
      },
    ],
    ...(article.credit && { byline: article.credit }),
    people: article.people.map((person) => ({
      name: person.name,
      rel: 'mentioned',
      uri: sameAsOrApi(person.sameAs, `/people/${person.id}`),
    })),
    organisations: article.organisations.map((organisation) => ({
      name: organisation.name,
      rel: 'mentioned',
      uri: sameAsOrApi(organisation.sameAs, `/organisations/${organisation.id}`),
    })),
    places: article.places.map((place) => ({
      name: place.name,
      rel: 'mentioned',
      uri: sameAsOrApi(place.sameAs, `/places/${place.id}`),
      ...(place.latitude !== null &&
        place.longitude !== null && {
          geometry_geojson: { type: 'Point', coordinates: [place.longitude, place.latitude] },
        }),
    })),
    altids: [{ role: 'dateline-id', value: article.id }],
  };
}

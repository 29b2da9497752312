import { describe, expect, it } from 'vitest';
import { useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();
const ARTICLE = '/articles/zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';

async function get(url: string, accept?: string) {
  return ctx.app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });
}

describe('schema.org JSON-LD', () => {
  it('is served for Accept: application/ld+json and for format=jsonld, varying on Accept', async () => {
    const byAccept = await get(ARTICLE, 'application/ld+json');
    expect(byAccept.statusCode).toBe(200);
    expect(byAccept.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(byAccept.headers.vary).toMatch(/accept/i);
    const byQuery = await get(`${ARTICLE}?format=jsonld`);
    expect(byQuery.json()).toEqual(byAccept.json());
  });

  it('describes a NewsArticle with its mentions and its quotes as Quotations linked to their speakers', async () => {
    const doc = (await get(`${ARTICLE}?format=jsonld`)).json();
    expect(doc).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Zelensky says Ukraine captured two Chinese nationals fighting for Russia',
      datePublished: '2025-04-08T00:00:00.000Z',
      inLanguage: 'en',
      wordCount: 484,
      creditText: '(With inputs from agencies)',
    });
    const nodes = new Map(doc.mentions.map((node: { '@id': string }) => [node['@id'], node]));
    const zelensky = doc.mentions.find((node: { name: string }) => node.name === 'Volodymyr Zelensky');
    expect(zelensky).toMatchObject({ '@type': 'Person', sameAs: ['https://www.wikidata.org/wiki/Q3874799'] });
    const kyiv = doc.mentions.find((node: { name: string }) => node.name === 'Kyiv');
    expect(kyiv).toMatchObject({
      '@type': 'City',
      geo: { '@type': 'GeoCoordinates', latitude: 50.45466, longitude: 30.5238 },
    });
    expect(nodes.get(kyiv.containedInPlace['@id'])).toMatchObject({ '@type': 'Country', name: 'Ukraine' });
    expect(doc.mentions.filter((node: { '@type': string }) => node['@type'] === 'Organization').length).toBe(8); // 7 named, and the government that "Kyiv" stands for

    expect(doc.hasPart).toHaveLength(18);
    for (const quotation of doc.hasPart) {
      expect(quotation['@type']).toBe('Quotation');
      expect(doc.articleBody).toContain(quotation.text);
      expect(nodes.has(quotation.creator['@id'])).toBe(true);
    }
  });
});

describe('IPTC ninjs', () => {
  it('is served for format=ninjs and its media type, with headlines, bodies and entities', async () => {
    const response = await get(ARTICLE, 'application/vnd.iptc.ninjs+json');
    expect(response.headers['content-type']).toBe('application/vnd.iptc.ninjs+json; charset=utf-8');
    const item = response.json();
    expect((await get(`${ARTICLE}?format=ninjs`)).json()).toEqual(item);
    expect(item).toMatchObject({
      $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
      uri: expect.stringMatching(/^http:\/\/localhost\/articles\/art_/),
      type: 'text',
      pubstatus: 'usable',
      language: 'en',
      firstcreated: '2025-04-08T00:00:00.000Z',
      headlines: [{ role: 'main', value: 'Zelensky says Ukraine captured two Chinese nationals fighting for Russia' }],
      byline: '(With inputs from agencies)',
    });
    expect(item.bodies[0]).toMatchObject({ role: 'main', contenttype: 'text/plain', wordcount: 484 });
    expect(item.people).toContainEqual({
      name: 'Vladimir Putin',
      rel: 'mentioned',
      uri: 'https://www.wikidata.org/wiki/Q7747',
    });
    expect(item.people.find((p: { name: string }) => p.name === 'Andrii Sybiha').uri).toMatch(/\/people\/per_/);
    expect(item.places.find((p: { name: string }) => p.name === 'Moscow')).toMatchObject({
      uri: 'https://www.wikidata.org/wiki/Q649',
      geometry_geojson: { type: 'Point', coordinates: [37.61781, 55.75204] },
    });
    expect(item.organisations).toHaveLength(8);
  });
});

describe('content negotiation', () => {
  it('defaults to the JSON envelope', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/html, */*;q=0.1']) {
      const response = await get(ARTICLE, accept);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.json().data.slug).toContain('zelensky');
    }
  });

  it('answers 406 problem when nothing in Accept is available, and 400 for an unknown format', async () => {
    const refused = await get(ARTICLE, 'text/html');
    expect(refused.statusCode).toBe(406);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const bad = await get(`${ARTICLE}?format=xml`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ location: 'query', name: 'format' });
  });

  it('checks the article exists whatever the format', async () => {
    expect((await get('/articles/nope?format=jsonld')).statusCode).toBe(404);
  });
});

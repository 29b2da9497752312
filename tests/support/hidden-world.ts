import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { bearer } from './app.ts';

/**
 * A newsroom with things the public must not see, built through the API as editors would:
 *
 * - an article published from ingested copy that names people, a place and an organisation the
 *   newsroom did not know (created `suggested`, then renamed by an editor and never confirmed),
 *   and public entities that point at those suggestions (a role's organisation and country, a
 *   place's parent, an organisation's country);
 * - a draft with a quote, renamed (its old slug redirects, for editors);
 * - an article scheduled for 2099, with a quote;
 * - an archived article, which is public.
 *
 * Every secret made up here contains `zqvhidden` (long enough not to turn up by chance in an id or an
 * ETag), except ids and the slugs ingest chose, which are listed.
 */

export type Kind = 'article' | 'quote' | 'person' | 'place' | 'organisation';

export interface HiddenWorld {
  editor: { authorization: string };
  /** Ids and slugs the public may not see, by kind: keys to try in paths and filters. */
  hidden: Record<Kind, string[]>;
  /** Ids and slugs the public may see, by kind. */
  shown: Record<Kind, string[]>;
  /** Every string no anonymous response may contain (unless the request itself said it). */
  secrets: string[];
  /** Words worth searching for: names in the published text, and the secret names. */
  searchWords: string[];
  /** The published article naming the suggestions. */
  published: { id: string; slug: string };
  archived: { id: string; slug: string; quoteId: string };
  suggestions: { type: 'person' | 'place' | 'organisation'; id: string; name: string; slug: string; oldSlug: string }[];
  draft: { id: string; oldSlug: string; slug: string };
}

/** Copy ingest turns into suggestions: none of these names is known to the seeded newsroom. */
const COPY =
  'President Amara Okafor of Freedonia said on Tuesday that the border would reopen near the village of Zarovka.\n\n' +
  '"We have waited long enough," Okafor told reporters. The Kessler Mining Corporation said it would resume work.\n\n' +
  '"Nothing has been decided," said Tomas Brightwater, a spokesman for the Kessler Mining Corporation.\n\n' +
  'Ilse Vandermeer of the Harrowgate Trust, visiting Brenmoor, welcomed the news.';

const PATHS = { person: 'people', place: 'places', organisation: 'organisations' } as const;

export async function buildHiddenWorld(app: FastifyInstance): Promise<HiddenWorld> {
  const editor = await bearer(app, 'write');
  async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
    let ifMatch: string | undefined;
    if (method === 'PUT' || method === 'PATCH') {
      const target = url.replace(/\/status$/, '');
      ifMatch = (await app.inject({ url: target, headers: editor })).headers.etag;
    }
    const response = await app.inject({
      method,
      url,
      headers: { ...editor, ...(ifMatch && { 'if-match': ifMatch }) },
      ...(payload && { payload }),
    });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json().data;
  }

  // Public entities the copy names, known before it is ingested.
  const ilse = await call('POST', '/people', { name: 'Ilse Vandermeer' });
  const brenmoor = await call('POST', '/places', { name: 'Brenmoor', kind: 'city' });
  const harrowgate = await call('POST', '/organisations', { name: 'Harrowgate Trust', kind: 'charity' });

  const ingested = await call('POST', '/ingest', { text: COPY, headline: 'Border to reopen, officials say' });
  const published = { id: ingested.article.id as string, slug: ingested.article.slug as string };
  const suggestions: HiddenWorld['suggestions'] = [];
  for (const [index, suggestion] of (
    ingested.suggested as { type: 'person' | 'place' | 'organisation'; id: string; name: string }[]
  ).entries()) {
    const before = await call('GET', `/${PATHS[suggestion.type]}/${suggestion.id}`);
    expect(before.suggested).toBe(true);
    // An editor corrects the name and slug, and leaves it unconfirmed.
    const name = `Zqvhidden ${suggestion.type} ${index}`;
    const slug = `zqvhidden-${suggestion.type}-${index}`;
    await call('PATCH', `/${PATHS[suggestion.type]}/${suggestion.id}`, {
      name,
      slug,
      aliases: [`Zqvhiddenalias ${index}`],
    });
    suggestions.push({ type: suggestion.type, id: suggestion.id, name, slug, oldSlug: before.slug });
  }
  const byType = (type: string) => suggestions.filter((s) => s.type === type);
  expect(byType('person').length).toBeGreaterThanOrEqual(1);
  expect(byType('place').length).toBeGreaterThanOrEqual(1);
  expect(byType('organisation').length).toBeGreaterThanOrEqual(1);
  const hiddenPlace = byType('place')[0]!.id;
  const hiddenOrganisation = byType('organisation')[0]!.id;

  // Public entities that point at suggestions.
  await call('PATCH', `/people/${ilse.id}`, {
    roles: [{ title: 'Adviser', organisationId: hiddenOrganisation, countryId: hiddenPlace }],
  });
  await call('PATCH', `/places/${brenmoor.id}`, { parentId: hiddenPlace });
  await call('PATCH', `/organisations/${harrowgate.id}`, { countryId: hiddenPlace });

  const article = await call('GET', `/articles/${published.id}?include=mentions,quotes`);
  const mentioned = new Set((article.mentions as { entityId: string }[]).map((m) => m.entityId));
  for (const id of [ilse.id, brenmoor.id, harrowgate.id, ...suggestions.map((s) => s.id)]) {
    expect(mentioned, `the copy names ${id}`).toContain(id);
  }
  const speakers = (article.quotes as { speakerId: string }[]).map((quote) => quote.speakerId);
  expect(speakers, 'an unconfirmed person is quoted').toEqual(
    expect.arrayContaining(byType('person').map((s) => s.id)),
  );
  await call('PUT', `/articles/${published.id}/status`, { status: 'published' });

  // A draft with a quote, renamed.
  const words = '"Zqvhidden words from the draft," said Ilse Vandermeer.';
  const draft = await call('POST', '/articles', {
    headline: 'Zqvhidden draft headline',
    slug: 'zqvhidden-draft-first',
    language: 'en',
    body: [{ type: 'paragraph', text: words }],
  });
  const draftQuote = await call('POST', '/quotes', {
    articleId: draft.id,
    text: 'Zqvhidden words from the draft,',
    kind: 'direct',
    speakerType: 'person',
    speakerId: ilse.id,
  });
  await call('PATCH', `/articles/${draft.id}`, { slug: 'zqvhidden-draft-renamed' });

  // An article scheduled for later, with a quote.
  const scheduled = await call('POST', '/articles', {
    headline: 'Zqvhidden scheduled headline',
    slug: 'zqvhidden-scheduled',
    language: 'en',
    body: [{ type: 'paragraph', text: '"Zqvhidden words for later," said Ilse Vandermeer.' }],
  });
  const scheduledQuote = await call('POST', '/quotes', {
    articleId: scheduled.id,
    text: 'Zqvhidden words for later,',
    kind: 'direct',
  });
  await call('PUT', `/articles/${scheduled.id}/status`, { status: 'scheduled', publishAt: '2099-01-01T00:00:00Z' });

  // An archived article: public, though no longer current.
  const old = await call('POST', '/articles', {
    headline: 'Brenmoor archive report',
    slug: 'brenmoor-archive-report',
    language: 'en',
    body: [{ type: 'paragraph', text: '"The Brenmoor archive stays open," said Ilse Vandermeer.' }],
  });
  const oldQuote = await call('POST', '/quotes', {
    articleId: old.id,
    text: 'The Brenmoor archive stays open,',
    kind: 'direct',
    speakerType: 'person',
    speakerId: ilse.id,
  });
  await call('PUT', `/articles/${old.id}/status`, { status: 'published' });
  await call('PUT', `/articles/${old.id}/status`, { status: 'archived' });

  const publishedQuotes = (
    (await call('GET', `/articles/${published.id}?include=quotes`)).quotes as { id: string }[]
  ).map((q) => q.id);
  const hidden: Record<Kind, string[]> = {
    article: [draft.id, 'zqvhidden-draft-first', 'zqvhidden-draft-renamed', scheduled.id, 'zqvhidden-scheduled'],
    quote: [draftQuote.id, scheduledQuote.id],
    person: [],
    place: [],
    organisation: [],
  };
  for (const s of suggestions) hidden[s.type].push(s.id, s.oldSlug, s.slug);
  return {
    editor,
    hidden,
    shown: {
      article: [published.id, published.slug, old.id, old.slug],
      quote: [...publishedQuotes, oldQuote.id],
      person: [ilse.id, ilse.slug, 'volodymyr-zelensky'],
      place: [brenmoor.id, brenmoor.slug, 'ukraine'],
      organisation: [harrowgate.id, harrowgate.slug],
    },
    secrets: [...new Set([...Object.values(hidden).flat(), 'zqvhidden', 'Zqvhidden'])],
    searchWords: [
      'Okafor',
      'Zarovka',
      'Kessler',
      'Brightwater',
      'Ilse',
      'Brenmoor',
      ...suggestions.map((s) => s.name),
      'Zqvhiddenalias',
      'Zqvhidden',
    ],
    published,
    archived: { id: old.id, slug: old.slug, quoteId: oldQuote.id },
    suggestions,
    draft: { id: draft.id, oldSlug: 'zqvhidden-draft-first', slug: 'zqvhidden-draft-renamed' },
  };
}

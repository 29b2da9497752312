import { describe, expect, it } from 'vitest';
import { extractArticle, toDryRun, type Lexicon } from '../../src/ingest/index.ts';

// The kinds of attribution that failed on real copy (issue 12), as general behaviour on texts written
// for these tests: names, places and outlets here are made up, and no lexicon knows them.

const empty: Lexicon = { people: [], organisations: [], places: [] };
const speakers = (text: string, lexicon: Lexicon = empty) =>
  toDryRun(extractArticle(text, lexicon), text)
    .quotes.filter((quote) => quote.kind !== 'indirect')
    .map((quote) => quote.speaker?.name ?? null);

describe('inverted attribution with a role', () => {
  it.each([
    ['said spokesman <First Last>', '“We will appeal,” said spokesman Ben Carteret.', 'Ben Carteret'],
    [
      'said a spokeswoman for <Company>, <First Last>',
      '“Production resumes on Monday,” said a spokeswoman for Valdris Energy, Rita Oyelaran.',
      'Rita Oyelaran',
    ],
    [
      'responded <role> <First Last>',
      '“That is simply false,” responded national finance director Ana Ruizabal.',
      'Ana Ruizabal',
    ],
  ])('%s', (_form, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('says <Surname> after the full name was introduced', () => {
    const text = 'Chidi Okonkwo runs the port.\n\n“Cargo is up a third,” says Okonkwo.';
    expect(speakers(text)).toEqual(['Chidi Okonkwo']);
  });
});

describe('a name with a long apposition before the verb', () => {
  it.each([
    [
      '<First Last>, the editor in chief of <Outlet>, wrote on Twitter',
      'Marta Lindqvist, the editor in chief of The Baltic Courier, wrote on Twitter: “We stand by the story.”',
      'Marta Lindqvist',
    ],
    [
      '<Role> <First Last>, part of the team conducting the survey, told <Outlet>',
      'Senior researcher Tomas Brekke, part of the team conducting the survey, told the Harbour Times: “The ice is thinner every year.”',
      'Tomas Brekke',
    ],
  ])('%s', (_form, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('speech verbs', () => {
  it.each(['interjected', 'chimed in', 'replied', 'responded', 'joked', 'blurted out', 'quipped', 'shot back'])(
    '“…,” <Name> %s',
    (verb) => {
      expect(speakers(`“Not today,” Lena Halvorsen ${verb}.`)).toEqual(['Lena Halvorsen']);
    },
  );
});

describe('a quote with a speaker of its own that nobody known stands for', () => {
  it('gives "said the post by an unknown author" no speaker, not the one quoted before', () => {
    const text =
      'Ilse Varga of the Tallin Courier wrote that "the leak is small."\n\n"It is a crude tool, built to crash the database," said the post by an unknown author on a forum.';
    expect(speakers(text)).toEqual(['Ilse Varga', null]);
  });
});

describe('an organisation by its head word', () => {
  it('gives "the Church said" to the church named before, not to a new organisation', () => {
    const text =
      'Protesters gathered outside the Church of Veloria on Friday. "We will not be silenced," the Church said in a statement.';
    expect(speakers(text)).toEqual(['Church of Veloria']);
  });
});

describe('quotation marks around a sign or a title', () => {
  it('reads a few capitalised words in marks as a title, not as a direct quote', () => {
    const text =
      'By July, motel keepers will switch on that bleak sign, "No Vacancy". "We are full," Mara Ostrova said.';
    const quotes = toDryRun(extractArticle(text, empty), text).quotes;
    expect(quotes.map((quote) => [quote.text, quote.kind])).toEqual([
      ['No Vacancy', 'partial'],
      ['We are full,', 'direct'],
    ]);
  });
});

describe('speakers taking turns', () => {
  it('gives a new surname after a quote to a new person, not to the previous speaker', () => {
    const text =
      'Mayor Ines Carvalho opened the debate.\n\n“The budget is balanced,” Carvalho said.\n\n“It is not,” Haddad added.';
    expect(speakers(text)).toEqual(['Ines Carvalho', 'Haddad']);
  });

  it('follows alternating speakers in a debate', () => {
    const text =
      'Councillors Ines Carvalho and Samir Haddad clashed on Tuesday.\n\n“Taxes must fall,” Carvalho said. “Then services close,” Haddad replied.\n\n“Not if we cut waste,” Carvalho shot back.';
    expect(speakers(text)).toEqual(['Ines Carvalho', 'Samir Haddad', 'Ines Carvalho']);
  });
});

describe('labels and outlets', () => {
  it('reads the label form of round-ups and transcripts: <First Last>, <Outlet>: “…”', () => {
    const text = 'Reactions to the vote:\n\nAna Ruizabal, Radio Norte: “A historic night for the region.”';
    expect(speakers(text)).toEqual(['Ana Ruizabal']);
  });

  it('gives a quote reported through an outlet to the person quoted, not the outlet', () => {
    const text =
      'Olena Kovalenko chairs the tenants’ union. The Harbour Times news website quoted Ms. Kovalenko as saying: “We were never told.”';
    expect(speakers(text)).toEqual(['Olena Kovalenko']);
  });
});

describe('descriptions as speakers', () => {
  it.each([
    [
      'the newspaper wrote',
      'Ben Carteret was named in the report.\n\n“The deal was never signed,” the newspaper wrote.',
    ],
    [
      'said a joint statement from the two agencies',
      'Ben Carteret leads one of the agencies.\n\n“Both sites are safe,” said a joint statement from the two agencies.',
    ],
    ['the campaign said', 'Ben Carteret is standing again.\n\n“We expect to win,” the campaign said.'],
  ])('%s: an organisation or nobody, never a person', (_form, text) => {
    const result = extractArticle(text, empty);
    const quote = result.quotes.find((found) => found.kind === 'direct');
    expect(quote).toBeDefined();
    expect(quote?.speaker?.entity.type ?? 'none').not.toBe('person');
  });
});

describe('entity boundaries, types and places on the map', () => {
  it('reads an outlet named after a city as one organisation, with the city named inside it', () => {
    const text = 'The Washington Post reported the leak on Friday.';
    const mentions = toDryRun(extractArticle(text, empty), text).mentions;
    expect(mentions).toEqual([
      expect.objectContaining({ type: 'organisation', name: 'Washington Post', start: 4, end: 19 }),
      expect.objectContaining({ type: 'place', start: 4, end: 14 }),
    ]);
  });

  it('names a place inside a longer name as a mention of its own, never as a speaker', () => {
    const text =
      'The study was run by the University of Sheffield. “Yields fell,” the U.S. Department of Agriculture said. The UK Government declined to comment.';
    const result = extractArticle(text, empty);
    const mentions = toDryRun(result, text).mentions.map((mention) => [
      mention.type,
      text.slice(mention.start, mention.end),
    ]);
    expect(mentions).toEqual([
      ['organisation', 'University of Sheffield'],
      ['place', 'Sheffield'],
      ['organisation', 'U.S. Department of Agriculture'],
      ['place', 'U.S.'],
      ['organisation', 'UK Government'],
      ['place', 'UK'],
    ]);
    expect(result.quotes[0]?.speaker?.entity.name).toBe('U.S. Department of Agriculture');
  });

  it('gives countries, first-level regions and cities a point', () => {
    const text = 'Shelling hit Donetsk Oblast overnight. Talks in Vienna and Brazil went on.';
    const places = extractArticle(text, empty).suggestions.filter((suggestion) => suggestion.type === 'place');
    expect(places.map((place) => [place.name, place.place?.kind])).toEqual([
      ['Donetsk region', 'region'],
      ['Vienna', 'city'],
      ['Brazil', 'country'],
    ]);
    for (const place of places) {
      expect(place.place?.coordinates).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) });
    }
    const donetsk = places[0]?.place?.coordinates;
    expect(donetsk?.latitude).toBeGreaterThan(46);
    expect(donetsk?.latitude).toBeLessThan(50);
    expect(donetsk?.longitude).toBeGreaterThan(36);
    expect(donetsk?.longitude).toBeLessThan(40);
  });

  it('still links to the newsroom’s own entities and their aliases first', () => {
    const lexicon: Lexicon = {
      people: [{ id: 'p1', name: 'Ines Carvalho', aliases: ['Mayor Carvalho'] }],
      organisations: [{ id: 'o1', name: 'The Washington Post', aliases: ['Washington Post', 'the Post'] }],
      places: [{ id: 'v1', name: 'Vienna', aliases: ['Wien'], kind: 'city', parentId: null }],
    };
    const text = '“We will rebuild,” Mayor Carvalho told the Washington Post in Wien.';
    const result = extractArticle(text, lexicon);
    expect(result.mentions.map((mention) => [mention.text, mention.entity.id])).toEqual([
      ['Mayor Carvalho', 'p1'],
      ['Washington Post', 'o1'],
      ['Washington', null],
      ['Wien', 'v1'],
    ]);
    expect(result.quotes[0]?.speaker?.entity.id).toBe('p1');
  });
});

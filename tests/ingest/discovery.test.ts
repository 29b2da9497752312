import { describe, expect, it } from 'vitest';
import { extractArticle, toDryRun, type Lexicon } from '../../src/ingest/index.ts';

const empty: Lexicon = { people: [], organisations: [], places: [] };
const run = (text: string) => extractArticle(text, empty);

describe('extractArticle with an empty lexicon', () => {
  it('introduces a person by appositive and resolves the bare surname and pronoun to the full name', () => {
    const text =
      'Hanna Kowalczyk, the mayor of Warsaw, opened the bridge on Monday.\n\n"It took ten years," Kowalczyk said. "It was worth it," she said.';
    const result = run(text);
    expect(toDryRun(result, text).quotes.map((quote) => quote.speaker?.name)).toEqual([
      'Hanna Kowalczyk',
      'Hanna Kowalczyk',
    ]);
    expect(result.suggestions).toContainEqual(
      expect.objectContaining({
        type: 'person',
        name: 'Hanna Kowalczyk',
        evidence: expect.stringMatching(/appositive/),
      }),
    );
    expect(result.suggestions).toContainEqual(expect.objectContaining({ type: 'place', name: 'Warsaw' }));
  });

  it('finds people after "according to", particles in names, and a multi-word surname used alone', () => {
    const text =
      'Prices rose, according to Jan van der Berg. Officials met Rosa de la Cruz, a lawyer for the families. De la Cruz said the deal was fair.';
    const names = run(text).mentions.map((mention) => [mention.text, mention.entity.name]);
    expect(names).toContainEqual(['Jan van der Berg', 'Jan van der Berg']);
    expect(names).toContainEqual(['Rosa de la Cruz', 'Rosa de la Cruz']);
  });

  it('names organisations by cue words, acronyms and short forms, and governments by demonym', () => {
    const text =
      'The National Bureau of Statistics (NBS) said inflation fell. NBS data showed food was cheaper. Brightwave Energy Ltd. said Brightwave would hire. The Chilean government agreed.';
    const mentions = run(text).mentions.map((mention) => [mention.text, mention.entity.type, mention.entity.name]);
    expect(mentions).toContainEqual(['NBS', 'organisation', 'National Bureau of Statistics']);
    expect(mentions).toContainEqual(['Brightwave', 'organisation', 'Brightwave Energy']);
    expect(mentions).toContainEqual(['Chilean government', 'organisation', 'Government of Chile']);
  });

  it('links a surname in a caption above the text to the person the text introduces later', () => {
    const text =
      'Kowalczyk (left) at the opening. Image: City Hall.\n\nMayor Hanna Kowalczyk opened the bridge on Monday.';
    const mentions = run(text).mentions.map((mention) => [mention.text, mention.entity.name]);
    expect(mentions).toContainEqual(['Kowalczyk', 'Hanna Kowalczyk']);
  });

  it('finds a town before its state or country, the state abbreviated as US copy does', () => {
    const text = 'The family moved from Holbrook, Ariz., to Tyler, Texas, in May. Maria, Brazil’s envoy, agreed.';
    const places = run(text).suggestions.filter((suggestion) => suggestion.type === 'place');
    expect(places.map((place) => [place.name, place.parentHint])).toEqual([
      ['Holbrook', 'Arizona'],
      ['Arizona', 'United States'],
      ['Tyler', 'Texas'],
      ['Texas', 'United States'],
      ['Brazil', null],
    ]);
  });

  it('names a legislature by its head word, and a government by its country’s short name', () => {
    const text = 'The bill passed the Senate on Tuesday. The UK Government said Congress should act.';
    const mentions = run(text).mentions.map((mention) => [mention.text, mention.entity.type, mention.entity.name]);
    expect(mentions).toContainEqual(['Senate', 'organisation', 'Senate']);
    expect(mentions).toContainEqual(['UK Government', 'organisation', 'Government of the United Kingdom']);
    expect(mentions).toContainEqual(['Congress', 'organisation', 'Congress']);
  });

  it('finds a well-known organisation named once with no cue, and leaves a word that is also a name alone', () => {
    const text = 'Shares in Microsoft fell after the report. Ford said the plan was sound.';
    const mentions = run(text).mentions.map((mention) => [mention.text, mention.entity.type]);
    expect(mentions).toContainEqual(['Microsoft', 'organisation']);
    expect(mentions).not.toContainEqual(['Ford', 'organisation']);
    // Proposed as the text spells it, whatever case the list has.
    const nato = run('NATO met on Monday.').suggestions.find((suggestion) => suggestion.type === 'organisation');
    expect(nato?.name).toBe('NATO');
  });

  it('names organisations by their initials in parentheses, their web address, or "the …" used twice', () => {
    const text =
      'The Nordic Episcopal Synod (NES) met in June. Tallisoft.com said the leak was small. Two members of the Kelp Order left; the Kelp Order denied it.';
    const mentions = run(text).mentions.map((mention) => [mention.text, mention.entity.type]);
    expect(mentions).toContainEqual(['Nordic Episcopal Synod', 'organisation']);
    expect(mentions).toContainEqual(['Tallisoft.com', 'organisation']);
    expect(mentions.filter(([name]) => name === 'Kelp Order')).toEqual([
      ['Kelp Order', 'organisation'],
      ['Kelp Order', 'organisation'],
    ]);
  });

  it('reads a country in a match report as its national team, and a place after "in"', () => {
    const text =
      'Norway beat Chile 2–1 in the group stage match in Brazil. Norway scored twice in the first half; the goalkeeper kept the lead and the coach praised the squad. Chile drew their next fixture, a friendly, after a penalty in stoppage time.';
    const mentions = run(text).mentions.map((mention) => [mention.text, mention.entity.name]);
    expect(mentions).toContainEqual(['Norway', 'Norway national team']);
    expect(mentions).toContainEqual(['Chile', 'Chile national team']);
    expect(mentions).toContainEqual(['Brazil', 'Brazil']);
  });

  it('links a bare surname to the person whose whole surname it is, before one it only ends', () => {
    const text =
      'Student Karim Haddad, 14, was arrested. His father Omar El-Sayed Haddad said he was proud. Teachers later praised Haddad.';
    const last = run(text)
      .mentions.filter((mention) => mention.text === 'Haddad')
      .at(-1);
    expect(last?.entity.name).toBe('Karim Haddad');
  });

  it('does not take sentence-initial words, days or months for names', () => {
    const text = 'On Monday, March began badly. Yesterday Officials said nothing. The Weather was cold in June.';
    expect(run(text).mentions.filter((mention) => mention.entity.type === 'person')).toEqual([]);
  });
});

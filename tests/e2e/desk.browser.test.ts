import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey } from '../../src/resources/keys/repository.ts';
import { launchChromium } from '../support/chromium.ts';
import { checkScreen, openDesk, signIn } from '../support/desk-browser.ts';
import { useSeededApp } from '../support/app.ts';

/**
 * The desk in Chromium, against two newsrooms (one browser for both, to keep CI time down).
 *
 * `fresh` is a newsroom's first day: the database knows one person, spelled "Volodymyr Zelenskyy".
 * The seed document goes in through the desk and comes out published, with a corrected speaker, a
 * confirmed organisation and the duplicate Zelensky merged away, and the public API and feeds read
 * it right.
 *
 * `seeded` holds the seed: a change someone else made meanwhile (412) is said and never
 * overwritten; a change that would take a quote's words away (409) is shown on the paragraph;
 * revisions read as a diff and restore; a read-only key sees no writing controls; the places
 * screen draws its map.
 */
// Two servers and a browser start here, while every other test file starts too: give them time.
vi.setConfig({ hookTimeout: 60_000 });
const fresh = useSeededApp({ listen: true, seed: false });
const seeded = useSeededApp({ listen: true });
const seedText = readFileSync('seed/000_b6e65d337dfa450f.txt', 'utf8');
const HEADLINE = 'Ukraine says it captured two Chinese nationals fighting for Russia';
const SEED_SLUG = 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';
let browser: Browser;
let editorKey = '';
const keys = { desk: '', other: '', reader: '' };

beforeAll(async () => {
  browser = await launchChromium();
  keys.desk = (await createApiKey(seeded.app.db, 'Day desk', ['write'])).secret;
  keys.other = (await createApiKey(seeded.app.db, 'Wire editor', ['write'])).secret;
  keys.reader = (await createApiKey(seeded.app.db, 'Legal review', ['read:drafts'])).secret;
  editorKey = (await createApiKey(fresh.app.db, 'Night desk', ['write'])).secret;
  const response = await fetch(`${fresh.baseUrl}/people`, {
    method: 'POST',
    headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Volodymyr Zelenskyy',
      nationality: 'UA',
      roles: [{ title: 'President', startedOn: '2019-05-20' }],
    }),
  });
  expect(response.status).toBe(201);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const api = async (path: string, init: RequestInit = {}) => fetch(`${fresh.baseUrl}${path}`, init);
const json = async (path: string) => await (await api(path)).json();

/** Selects `words` in the marked-up copy, as an editor dragging over them would (across names and marks). */
async function selectInCopy(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const runs = [...document.querySelectorAll<HTMLElement>('.copy [data-start]')];
    const nodes = runs.map((run) => run.firstChild).filter((node): node is Text => node instanceof Text);
    const text = nodes.map((node) => node.data).join('');
    const at = text.indexOf(wanted);
    if (at === -1) throw new Error(`"${wanted}" is not in the copy`);
    const point = (offset: number, isEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const inside = isEnd ? offset <= seen + node.length : offset < seen + node.length;
        if (inside) return [node, offset - seen];
        seen += node.length;
      }
      throw new Error('offset past the copy');
    };
    const range = document.createRange();
    range.setStart(...point(at, false));
    range.setEnd(...point(at + wanted.length, true));
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, words);
}

/** Opens a quote's editor from the list of quotes, by words in its excerpt. */
async function openQuote(page: Page, words: string) {
  const row = page.locator('.quote-rows > li').filter({ hasText: words });
  await row.getByRole('button', { expanded: false }).first().click();
  return row;
}

async function chooseSpeaker(page: Page, row: ReturnType<Page['locator']>, typed: string, option: RegExp) {
  const field = row.getByRole('combobox', { name: 'Speaker' });
  await field.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

describe('the desk, from raw copy to a published article', () => {
  it('ingests, corrects, reviews, merges, schedules and publishes; the API and feeds read it right', async () => {
    const { page, problems, close } = await openDesk(browser, fresh.baseUrl);
    await checkScreen(page, 'sign-in');
    await signIn(page, editorKey);
    // The key never appears in the address bar.
    expect(page.url()).not.toContain(editorKey);

    // Ingest: paste, analyse.
    await page.getByLabel('Copy', { exact: true }).fill(seedText);
    await checkScreen(page, 'ingest-paste');
    await page.getByRole('button', { name: 'Analyse copy' }).click();
    await page.getByRole('heading', { name: 'Check and correct' }).waitFor();
    expect(await page.locator('.copy mark.q').count()).toBe(18);
    expect(await page.locator('.copy .m-person').count()).toBeGreaterThan(5);
    // A doubt in the list leads to its words in the text.
    const doubt = page.locator('.doubts li').filter({ hasText: 'Government assumed' }).first();
    await doubt.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('doubt'))).toBe(true);

    // Correct one speaker: a fresh newsroom cannot tell who "called on allies to respond" (Kyiv, standing
    // for the Ukrainian government, as the seed's annotation has it).
    const allies = await openQuote(page, 'allies to respond');
    expect(await allies.locator('.quote-row-speaker').innerText()).not.toContain('Government of Ukraine');
    await chooseSpeaker(page, allies, 'Government of Ukraine', /^Government of Ukraine · new organisation$/);
    expect(await allies.locator('.quote-row-speaker').innerText()).toBe('Government of Ukraine (new) · edited');

    // Add a quote by selecting its words, given to the person the newsroom already knows.
    await selectInCopy(page, 'So far, however, Beijing has taken no such steps');
    await page.getByRole('button', { name: 'Add quote from selection' }).click();
    const added = page.locator('.quote-rows > li.open');
    await added.getByLabel('Kind').selectOption('indirect');
    await chooseSpeaker(page, added, 'Zelenskyy', /^Volodymyr Zelenskyy · person$/);
    expect(await page.locator('.copy mark.q').count()).toBe(19);
    await checkScreen(page, 'ingest-review');

    await page.getByLabel('Headline').fill(HEADLINE);
    await page.getByRole('button', { name: /^Save draft with 2 corrections$/ }).click();
    await page.getByRole('heading', { name: HEADLINE }).waitFor();
    const articleId = /#\/articles\/(art_\w+)/.exec(page.url())?.[1];
    expect(articleId).toBeTruthy();

    // Review what ingest proposed: confirm NATO and the government, merge the duplicate Zelensky into Zelenskyy.
    await page.getByRole('link', { name: 'Review entities' }).click();
    await page.getByRole('heading', { name: 'Review entities' }).waitFor();
    const nato = page.locator('article.entity-card').filter({ has: page.getByRole('heading', { name: 'NATO' }) });
    await nato.getByText('decisive enabler').waitFor();
    await checkScreen(page, 'review');
    await nato.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('status').filter({ hasText: 'Confirmed “NATO”' }).waitFor();
    const ukraine = page
      .locator('article.entity-card')
      .filter({ has: page.getByRole('heading', { name: 'Government of Ukraine' }) });
    await ukraine.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('status').filter({ hasText: 'Confirmed “Government of Ukraine”' }).waitFor();

    const duplicate = page
      .locator('article.entity-card')
      .filter({ has: page.getByRole('heading', { name: 'Volodymyr Zelensky', exact: true }) });
    await duplicate.getByRole('button', { name: 'Merge into…' }).click();
    await duplicate.getByRole('combobox').fill('Zelensk');
    await page.getByRole('option', { name: /^Volodymyr Zelenskyy · person$/ }).click();
    await checkScreen(page, 'review-merge');
    await duplicate.getByRole('button', { name: 'Merge “Volodymyr Zelensky” into “Volodymyr Zelenskyy”' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Merged “Volodymyr Zelensky” into “Volodymyr Zelenskyy”' })
      .waitFor();

    // Schedule (in the editor's zone, Kyiv: UTC+2 in January), then publish.
    await page.getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('heading', { name: 'Drafts' }).waitFor();
    await checkScreen(page, 'articles');
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.getByRole('heading', { name: HEADLINE }).waitFor();
    const year = new Date().getUTCFullYear() + 1;
    const when = page.getByLabel(/^Schedule for/);
    await when.fill(`${year}-01-15T09:30`);
    // The label names the zone the time is read in (ICU may call Kyiv by its older name).
    expect(await page.locator('.schedule-form label').innerText()).toMatch(/Europe\/(Kyiv|Kiev), UTC\+02:00/);
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled for' }).waitFor();
    const scheduled = await (
      await api(`/articles/${articleId}`, { headers: { authorization: `Bearer ${editorKey}` } })
    ).json();
    expect(scheduled.data).toMatchObject({ status: 'scheduled', publishAt: `${year}-01-15T07:30:00.000Z` });
    await checkScreen(page, 'editor');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('status').filter({ hasText: 'Published.' }).waitFor();

    // The public API: the article, its quotes with the right speakers, the merged person.
    const article = (await json(`/articles/${articleId}?include=quotes.speaker`)).data;
    expect(article).toMatchObject({ status: 'published', headline: HEADLINE });
    expect(article.quotes).toHaveLength(19);
    const saidBy = (words: string) => article.quotes.find((q: any) => q.text.includes(words))?.speaker?.name;
    expect(saidBy('decisive enabler')).toBe('NATO');
    expect(saidBy('allies to respond')).toBe('Government of Ukraine');
    expect(saidBy('Our military captured two Chinese citizens')).toBe('Volodymyr Zelenskyy');
    expect(saidBy('So far, however, Beijing')).toBe('Volodymyr Zelenskyy');

    const person = (await json('/people/volodymyr-zelenskyy')).data;
    expect(person.aliases).toContain('Volodymyr Zelensky');
    const theirQuotes = await json('/people/volodymyr-zelenskyy/quotes?limit=100');
    expect(theirQuotes.data.length).toBe(article.quotes.filter((q: any) => q.speakerId === person.id).length);
    expect(theirQuotes.data.length).toBeGreaterThanOrEqual(12);
    const old = await api('/people/volodymyr-zelensky', { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/people/volodymyr-zelenskyy');

    // And the feeds.
    const feed = await json('/articles/feed.json');
    expect(feed.items.map((item: any) => item.title)).toContain(HEADLINE);
    const personFeed = await json('/people/volodymyr-zelenskyy/feed.json');
    expect(personFeed.items.map((item: any) => item.title)).toContain(HEADLINE);

    // Browse: the person's page shows their quotes in context; the quote list finds them.
    await page.getByRole('link', { name: 'Browse' }).click();
    await page.getByRole('heading', { name: 'Browse quotes' }).waitFor();
    await page.locator('.quote-item').first().waitFor();
    await checkScreen(page, 'browse-quotes');
    await page
      .locator('.quote-item')
      .filter({ hasText: 'Our military captured' })
      .getByRole('link', { name: 'Volodymyr Zelenskyy' })
      .click();
    await page.getByRole('heading', { name: 'Volodymyr Zelenskyy' }).waitFor();
    expect(await page.locator('.in-context mark').count()).toBe(theirQuotes.data.length);
    expect(await page.locator('.in-context').count()).toBeLessThan(theirQuotes.data.length);
    await checkScreen(page, 'person');

    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});

async function call(key: string, method: string, path: string, body?: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${seeded.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body && { 'content-type': 'application/json' }), ...headers },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, etag: response.headers.get('etag'), body: await response.json() };
}

describe('editing in the desk', () => {
  it('says so when another key changed the article meanwhile (412), overwrites nothing, and reloads on request', async () => {
    const created = await call(keys.other, 'POST', '/articles', {
      headline: 'Talks resume in Geneva',
      language: 'en',
      body: [
        { type: 'paragraph', text: 'Talks resumed on Monday after a pause of three weeks.' },
        { type: 'paragraph', text: 'Delegates met for three hours.' },
      ],
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;

    const { page, problems, close } = await openDesk(browser, seeded.baseUrl);
    await signIn(page, keys.desk);
    await page.goto(`${seeded.baseUrl}/desk/#/articles/${id}`);
    await page.getByRole('heading', { name: 'Talks resume in Geneva' }).waitFor();

    // Someone else, with another key, changes the headline while the desk has the article open.
    const theirs = await call(
      keys.other,
      'PATCH',
      `/articles/${id}`,
      { headline: 'Geneva talks resume after a pause' },
      {
        'if-match': created.etag as string,
      },
    );
    expect(theirs.status).toBe(200);

    await page.getByLabel('Standfirst').fill('Both sides sent their foreign ministers.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this article' });
    await conflict.waitFor();
    await checkScreen(page, 'editor-conflict');
    // Nothing was overwritten: their headline stands, the desk's standfirst was not stored.
    const stored = await call(keys.other, 'GET', `/articles/${id}`);
    expect(stored.body.data).toMatchObject({ headline: 'Geneva talks resume after a pause', standfirst: null });

    await conflict.getByRole('button', { name: /Reload the latest version/ }).click();
    await page.getByRole('heading', { name: 'Geneva talks resume after a pause' }).waitFor();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Geneva talks resume after a pause');
    await page.getByLabel('Standfirst').fill('Both sides sent their foreign ministers.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = await call(keys.other, 'GET', `/articles/${id}`);
    expect(saved.body.data).toMatchObject({
      headline: 'Geneva talks resume after a pause',
      standfirst: 'Both sides sent their foreign ministers.',
    });

    // Revisions: the last one reads as a diff, and the first can be restored.
    const revisions = page.locator('.revisions');
    await revisions.getByRole('button', { name: /^#3 edited/ }).click();
    await revisions.locator('ins').filter({ hasText: 'Both sides sent their foreign ministers.' }).waitFor();
    await revisions.getByRole('button', { name: /^#2 edited/ }).click();
    await revisions.locator('del').filter({ hasText: 'Talks' }).first().waitFor();
    await checkScreen(page, 'revisions');
    await revisions.getByRole('button', { name: /^#1 created/ }).click();
    await revisions.getByRole('button', { name: 'Restore revision 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored revision 1.' }).waitFor();
    const restored = await call(keys.other, 'GET', `/articles/${id}`);
    expect(restored.body.data).toMatchObject({ headline: 'Talks resume in Geneva', standfirst: null });

    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('shows a change that would remove a quote’s words (409) on its paragraph, and takes it back', async () => {
    const { page, problems, close } = await openDesk(browser, seeded.baseUrl);
    await signIn(page, keys.desk);
    await page.goto(`${seeded.baseUrl}/desk/#/articles/${SEED_SLUG}`);
    await page.getByLabel('Block 1 text').waitFor();
    const original = await page.getByLabel('Block 1 text').inputValue();
    await page.getByLabel('Block 1 text').fill('Ukrainian President Volodymyr Zelensky has spoken.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'removes the words of the quote' });
    await problem.waitFor();
    expect(await problem.innerText()).toContain('two Chinese nationals have been captured');
    expect(await page.getByLabel('Block 1 text').getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, 'editor-409');
    await problem.getByRole('button', { name: 'Undo my changes to this paragraph' }).click();
    expect(await page.getByLabel('Block 1 text').inputValue()).toBe(original);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('shows a read-only key no writing controls', async () => {
    const { page, problems, close } = await openDesk(browser, seeded.baseUrl);
    await signIn(page, keys.reader);
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Desk' }).innerText();
    expect(nav).not.toContain('Ingest');
    await page.getByRole('link', { name: /^Zelensky says Ukraine captured/ }).click();
    await page.getByRole('heading', { name: 'Publishing' }).waitFor();
    expect(await page.getByLabel('Headline').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: /Save changes|Publish|Archive|Unpublish/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('draws places as a hierarchy and a map, and finds the quotes naming one', async () => {
    const { page, problems, close } = await openDesk(browser, seeded.baseUrl);
    await signIn(page, keys.desk);
    await page.goto(`${seeded.baseUrl}/desk/#/browse/places`);
    await page.locator('svg.place-map').waitFor();
    const geo = (await (
      await fetch(`${seeded.baseUrl}/places?limit=100`, { headers: { accept: 'application/geo+json' } })
    ).json()) as { features: { geometry: unknown }[] };
    const located = geo.features.filter((feature) => feature.geometry !== null).length;
    expect(await page.locator('svg.place-map circle').count()).toBe(located);
    await checkScreen(page, 'places');

    // Unfold Ukraine in the hierarchy, then follow Donetsk Oblast to the quotes naming it.
    await page.getByRole('button', { name: 'Places in Ukraine' }).click();
    await page.locator('.tree').getByRole('link', { name: 'Donetsk Oblast', exact: true }).click();
    await page.getByRole('heading', { name: 'Browse quotes' }).waitFor();
    await page.locator('.quote-item').first().waitFor();
    expect(await page.locator('.quote-item').first().innerText()).toContain('Donetsk region');

    // Filter by speaker, chosen from the autocomplete.
    await page.getByRole('link', { name: 'Clear' }).click();
    await page.getByRole('combobox', { name: 'Speaker' }).fill('Sybi');
    await page.getByRole('option', { name: /^Andrii Sybiha/ }).click();
    await page.getByRole('button', { name: 'Show quotes' }).click();
    await page.waitForFunction(() => location.hash.includes('speaker=andrii-sybiha'));
    await expect
      .poll(async () => new Set(await page.locator('.quote-meta a').allInnerTexts()), { timeout: 15_000 })
      .toEqual(new Set(['Andrii Sybiha']));
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});

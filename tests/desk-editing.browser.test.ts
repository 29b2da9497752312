import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/repositories/api-keys.ts';
import { checkScreen, launchChromium, openDesk, signIn } from './support/desk-browser.ts';
import { useSeededApp } from './helpers.ts';

/**
 * Editing in the desk against the seeded newsroom: a change someone else made meanwhile (412) is
 * said and never overwritten; a change that would take a quote's words away (409) is shown on the
 * paragraph; revisions read as a diff and restore; a read-only key sees no writing controls; the
 * places screen draws its map.
 */
const ctx = useSeededApp({ listen: true });
const SEED_SLUG = 'zelensky-says-ukraine-captured-two-chinese-nationals-fighting-for-russia';
let browser: Browser;
const keys = { desk: '', other: '', reader: '' };

beforeAll(async () => {
  browser = await launchChromium();
  keys.desk = createApiKey(ctx.app.db, 'Day desk', ['write']).secret;
  keys.other = createApiKey(ctx.app.db, 'Wire editor', ['write']).secret;
  keys.reader = createApiKey(ctx.app.db, 'Legal review', ['read:drafts']).secret;
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function call(key: string, method: string, path: string, body?: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${ctx.baseUrl}${path}`, {
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

    const { page, problems, close } = await openDesk(browser, ctx.baseUrl);
    await signIn(page, keys.desk);
    await page.goto(`${ctx.baseUrl}/desk/#/articles/${id}`);
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
    const { page, problems, close } = await openDesk(browser, ctx.baseUrl);
    await signIn(page, keys.desk);
    await page.goto(`${ctx.baseUrl}/desk/#/articles/${SEED_SLUG}`);
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
    const { page, problems, close } = await openDesk(browser, ctx.baseUrl);
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
    const { page, problems, close } = await openDesk(browser, ctx.baseUrl);
    await signIn(page, keys.desk);
    await page.goto(`${ctx.baseUrl}/desk/#/browse/places`);
    await page.locator('svg.place-map').waitFor();
    const geo = (await (
      await fetch(`${ctx.baseUrl}/places?limit=100`, { headers: { accept: 'application/geo+json' } })
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
    await page.locator('.quote-item').first().waitFor();
    const speakers = await page.locator('.quote-meta a').allInnerTexts();
    expect(new Set(speakers)).toEqual(new Set(['Andrii Sybiha']));
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});

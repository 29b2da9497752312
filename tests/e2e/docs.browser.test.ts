import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeededApp } from '../support/app.ts';
import { launchChromium } from '../support/chromium.ts';

const ctx = useSeededApp({ listen: true });
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

// Swagger UI renders a ~1 MB document: seconds on a quiet machine, far more on a CI machine running other
// suites beside it. Time out on hangs, not on load.
describe('/docs in a real browser', () => {
  it('renders the API reference from the live OpenAPI document, listing every route', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.goto(`${ctx.baseUrl}/docs/`);
    await page.waitForSelector('.opblock-summary-path', { timeout: 90_000 });

    expect(await page.locator('.info .title').first().innerText()).toContain('Dateline API');
    const paths = await page.locator('.opblock-summary-path').allInnerTexts();
    const shown = new Set(paths.map((path) => path.replace(/\u200b/g, '').trim()));
    const spec = (await (await fetch(`${ctx.baseUrl}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    for (const path of Object.keys(spec.paths)) expect(shown, path).toContain(path);

    // Open one operation: its summary, parameters and example response are on the page.
    await page.locator('#operations-articles-getArticle .opblock-summary').click();
    const operation = page.locator('#operations-articles-getArticle');
    await operation.locator('.parameters').waitFor();
    expect(await operation.locator('.parameters').innerText()).toContain('idOrSlug');
    expect(await operation.locator('.responses-wrapper').innerText()).toContain('zelensky-says-ukraine');
    await page.screenshot({ path: 'tests/.artifacts/docs.png', fullPage: false });
    expect(failures).toEqual([]);
    await page.close();
  }, 120_000);
});

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Driving the desk in Debian's Chromium (launched by chromium.ts): signing in, and the check every
 * screen gets at both widths — an axe-core audit with no serious or critical violation, and a
 * screenshot in tests/.artifacts/ for a person to look at.
 */

export const WIDTHS = [1280, 360] as const;
const ARTIFACTS = 'tests/.artifacts';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A page in its own context (own session storage), in Kyiv's time zone, recording what goes wrong. */
export async function openDesk(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/Kyiv',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The desk's CSP must not block anything it does: a refusal is a bug.
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  await page.goto(`${baseUrl}/desk/`);
  return { page, problems, close: () => context.close() };
}

export async function signIn(page: Page, secret: string) {
  await page.getByLabel('API key').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  // Signed in, the desk opens its first screen; a test's own navigation comes after that.
  await page.waitForFunction(() => location.hash.length > 2);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the desk's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE};0`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/**
 * The screen as it is, at desktop and phone widths: no serious or critical axe violation, nothing
 * wider than the window at 360 px, and a full-page screenshot of each.
 */
export async function checkScreen(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.waitForTimeout(50);
    expect(await seriousViolations(page), `axe on ${name} at ${width}px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}/desk-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

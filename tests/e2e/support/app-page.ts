import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function appUrl(route = '/'): string {
  return `${inject('baseUrl')}#${route}`;
}

/** Opens a route and waits until its page heading is shown. */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.goto(appUrl(route));
  await page.locator('h1').first().waitFor();
}

/** On Read aloud, chooses the clean sample worksheet and waits for its text to be recognised. */
export async function readCleanSample(page: Page): Promise<void> {
  await page
    .getByRole('list', { name: 'Sample worksheets' })
    .getByRole('button', { name: /clean printed page/ })
    .click();
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Recognised text' }).inputValue(), {
      timeout: 90_000,
    })
    .toContain('The water on our planet is used again and again.');
}

/** Waits until Read aloud's "Voice" list has chosen the built-in voice (it loads after the page). */
export async function builtInVoiceChosen(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .getByRole('combobox', { name: 'Voice' })
          .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
      { timeout: 15_000 },
    )
    .toMatch(/built-in/);
}

/** axe-core with the WCAG 2.0–2.2 A and AA rules; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** Presses Tab until the focused element has the given accessible text, or fails. */
export async function tabTo(page: Page, name: string | RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      const byLabel = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (labelled ?? byLabel ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Pressed Tab ${limit} times without reaching "${String(name)}".`);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';

/** Every route of the app, as a person reaches it by address. */
const ROUTES = [
  '/',
  '/exercises',
  '/exercises/getting-started',
  '/progress',
  '/settings',
  '/no-such-page',
];
const THEMES = ['light', 'dark', 'high-contrast'] as const;

describe('every route in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(ROUTES)('%s has no WCAG 2.2 A/AA violations', async (route) => {
      await openRoute(session.page, route);
      await session.page.evaluate((name) => {
        document.documentElement.dataset.theme = name;
      }, theme);
      expect(await axeViolations(session.page)).toEqual([]);
    });
  });

  it('has one "Main" navigation with the links of the built tools, and a skip link', async () => {
    await openRoute(session.page, '/');
    await session.page.reload();
    await session.page.locator('h1').waitFor();
    const nav = session.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.count()).toBe(1);
    for (const name of ['Exercises', 'Progress', 'Settings']) {
      expect(await nav.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await session.page.keyboard.press('Tab');
    const skip = session.page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.press('Enter');
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(session.page.url()).toMatch(/#\/$/);
  });

  it('moves focus to the new page heading on a route change', async () => {
    await openRoute(session.page, '/');
    await session.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await session.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect
      .poll(() => session.page.evaluate(() => document.activeElement?.tagName))
      .toBe('H1');
    expect(await session.page.title()).toBe('Settings – AT Practice Sandbox');
  });

  it.each([
    ['320 px wide', { width: 320, height: 640 }],
    ['1280 px at 400% zoom (320 CSS px)', { width: 320, height: 256 }],
  ])('fits %s with no sideways scrolling', async (_name, viewport) => {
    await session.page.setViewportSize(viewport);
    for (const route of ROUTES) {
      await openRoute(session.page, route);
      const overflow = await session.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
    await session.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);
  });
});

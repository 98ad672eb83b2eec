import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openRoute, readCleanSample } from './support/app-page';
import { launch, type Session } from './support/chromium';

async function sidewaysOverflow(session: Session): Promise<number> {
  return session.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe.each([320, 390])('on a phone %i px wide', (width) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ viewport: { width, height: 740 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the header is one short line, with the navigation behind "Menu"', async () => {
    await openRoute(session.page, '/');
    const header = await session.page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(90);
    const menu = session.page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await session.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('opens by keyboard, closes with Escape back on the button, and after choosing a page', async () => {
    await openRoute(session.page, '/');
    const menu = session.page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await session.page.keyboard.press('Enter');
    const nav = session.page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(session.page)).toEqual([]);
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    await session.page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Settings' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await nav.isVisible()).toBe(false);
  });

  it('no page scrolls sideways (WCAG 1.4.10 Reflow)', async () => {
    await openRoute(session.page, '/');
    await session.page.getByRole('button', { name: 'Menu' }).click();
    const hrefs = await session.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    const overflowing: string[] = [];
    for (const href of ['#/', ...hrefs, '#/privacy']) {
      await openRoute(session.page, href.replace(/^#/, ''));
      await session.page.waitForTimeout(300);
      const overflow = await sidewaysOverflow(session);
      if (overflow > 0) overflowing.push(`${href}: ${overflow} px`);
    }
    expect(overflowing).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('Read aloud with a page read and the voices listed does not scroll sideways', async () => {
    const { page } = session;
    await openRoute(page, '/tools/read-aloud');
    await readCleanSample(page);
    // The Voice list grows as wide as its longest voice name once the voices are in.
    await page.locator('select optgroup').first().waitFor({ state: 'attached' });
    expect(await sidewaysOverflow(session)).toBe(0);
    expect(session.errors).toEqual([]);
  });
});

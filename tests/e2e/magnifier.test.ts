import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openRoute, tabTo } from './support/app-page';
import { launch, type Session } from './support/chromium';

/** translate(x, y) and scale(z) in an element's inline transform. */
function parseTransform(transform: string): { x: number; y: number; zoom: number } {
  const translate = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform);
  const scale = /scale\(([\d.]+)\)/.exec(transform);
  return {
    x: Number(translate?.[1] ?? 0),
    y: Number(translate?.[2] ?? 0),
    zoom: Number(scale?.[1] ?? 1),
  };
}

const styleOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el as HTMLElement).style.transform);

/** Scrolls the stage to the top of the window and returns the scene's box (viewport coordinates). */
async function sceneInView(page: Page) {
  await page.locator('.magnifier-stage').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await page.locator('.magnifier-scene').boundingBox();
  if (!box) throw new Error('no scene');
  return box;
}

async function chooseMode(page: Page, name: 'Lens' | 'Full screen' | 'Docked') {
  await page.getByRole('radio', { name }).check();
}

describe('magnifier in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the lens follows the pointer and the zoom level sets its scale', async () => {
    const { page } = session;
    await openRoute(page, '/tools/magnifier');
    const lens = page.getByRole('region', { name: 'Magnified view' });
    await lens.waitFor();
    const scene = await sceneInView(page);

    await page.mouse.move(scene.x + 500, scene.y + 400);
    await expect
      .poll(async () => {
        const box = await lens.boundingBox();
        return box ? [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] : [];
      })
      .toEqual([Math.round(scene.x + 500), Math.round(scene.y + 400)]);
    // The copy inside shows the point under the pointer in the middle, at 2×.
    expect(
      parseTransform(await styleOf(page, '.magnifier-lens .magnifier-copy__scaled')).zoom,
    ).toBe(2);

    await page.mouse.move(scene.x + 300, scene.y + 700);
    await expect
      .poll(async () => {
        const box = await lens.boundingBox();
        return box ? Math.round(box.y + box.height / 2) : 0;
      })
      .toBe(Math.round(scene.y + 700));

    await page.getByRole('slider', { name: 'Zoom level' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(
        async () =>
          parseTransform(await styleOf(page, '.magnifier-lens .magnifier-copy__scaled')).zoom,
      )
      .toBe(4);
    expect(
      await page.getByRole('slider', { name: 'Zoom level' }).getAttribute('aria-valuetext'),
    ).toBe('4×');
    // The scaled content never keeps will-change (Chrome would scale a bitmap and blur the text).
    expect(
      await page
        .locator('.magnifier-copy__scaled')
        .evaluate((el) => getComputedStyle(el).willChange),
    ).toBe('auto');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Escape closes the lens; moving the pointer over the scene brings it back', async () => {
    const { page } = session;
    await page.getByRole('region', { name: 'Magnified view' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Magnified view' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show lens');
    const scene = await sceneInView(page);
    await page.mouse.move(scene.x + 200, scene.y - 5);
    await page.mouse.move(scene.x + 200, scene.y + 300);
    await page.getByRole('region', { name: 'Magnified view' }).waitFor();
  });

  it('the lens follows keyboard focus but never covers the focused element', async () => {
    const { page } = session;
    const overlaps = async () =>
      page.evaluate(() => {
        const lens = document.querySelector('.magnifier-lens')?.getBoundingClientRect();
        const focused = document.activeElement?.getBoundingClientRect();
        if (!lens || !focused) return 'missing';
        return (
          lens.left < focused.right &&
          focused.left < lens.right &&
          lens.top < focused.bottom &&
          focused.top < lens.bottom
        );
      });
    await page.getByRole('radio', { name: 'Lens' }).focus();
    await tabTo(page, /^English\s*E1/, 80); // the timetable's first lesson (roving focus)
    const before = await page.locator('.magnifier-lens').boundingBox();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => JSON.stringify(await page.locator('.magnifier-lens').boundingBox()))
      .not.toBe(JSON.stringify(before));
    expect(await overlaps()).toBe(false);
    // Pointing at the focused element does not put the lens over it either.
    const focused = await page.evaluate(() => {
      const r = document.activeElement?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
    if (!focused) throw new Error('nothing focused');
    await page.mouse.move(focused.x, focused.y);
    await page.waitForFunction(() => true, undefined, { polling: 'raf' });
    await expect.poll(overlaps).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('full screen follows keyboard focus, and axe passes', async () => {
    const { page } = session;
    await chooseMode(page, 'Full screen');
    const view = page.getByRole('region', { name: 'Magnified view' });
    await expect
      .poll(async () => parseTransform(await styleOf(page, '.magnifier-scene')).zoom)
      .toBe(4);
    await tabTo(page, /^Room for Year 10/, 80);
    const field = page.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' });
    // The view pans down to the field at the bottom of the timetable and keeps it inside.
    await expect
      .poll(async () => parseTransform(await styleOf(page, '.magnifier-mover')).y)
      .toBeLessThan(-1000);
    const frame = await view.boundingBox();
    const box = await field.boundingBox();
    if (!frame || !box) throw new Error('no boxes');
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(frame.y + frame.height);
    expect(box.x + 10).toBeGreaterThanOrEqual(frame.x);
    expect(box.x).toBeLessThanOrEqual(frame.x + frame.width);
    expect(await axeViolations(page)).toEqual([]);

    // Panning by keyboard: the arrow keys move the view while it has focus.
    await view.focus();
    const before = parseTransform(await styleOf(page, '.magnifier-mover'));
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => parseTransform(await styleOf(page, '.magnifier-mover')).y)
      .toBeGreaterThan(before.y);
    expect(
      await page.locator('.magnifier-scene').evaluate((el) => getComputedStyle(el).willChange),
    ).toBe('auto');
  });

  it('docked mode shows the area around the pointer, with inverted colours, and axe passes', async () => {
    const { page } = session;
    await chooseMode(page, 'Docked');
    await page.getByRole('checkbox', { name: 'Invert colours' }).check();
    const copy = '.magnifier-dock .magnifier-copy';
    await page.locator(copy).waitFor();
    const scene = await sceneInView(page);
    await page.mouse.move(scene.x + 100, scene.y + 100);
    await expect.poll(async () => parseTransform(await styleOf(page, copy)).x).toBe(0);
    await page.mouse.move(scene.x + scene.width - 50, 850);
    await expect.poll(async () => parseTransform(await styleOf(page, copy)).x).toBeLessThan(-1000);
    expect(await page.locator(copy).evaluate((el) => getComputedStyle(el).filter)).toBe(
      'invert(1)',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('passes axe in the dark and high-contrast themes with the lens open', async () => {
    const { page } = session;
    await chooseMode(page, 'Lens');
    await page.getByRole('region', { name: 'Magnified view' }).waitFor();
    for (const theme of ['dark', 'high-contrast']) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
    await page.evaluate(() => {
      delete document.documentElement.dataset.theme;
    });
  });

  it('completes a find task at 4× in full screen using only the keyboard', async () => {
    const { page } = session;
    await page.goto(appUrl('/exercises/magnifier-find-at-4x'));
    await page
      .getByRole('heading', { level: 1, name: 'Magnifier: finding information at 4×' })
      .waitFor();
    await page.getByRole('radiogroup', { name: 'Magnifier mode' }).waitFor();
    await page.locator('body').focus();
    await tabTo(page, 'Lens', 80); // the mode restored from the last test
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Full screen' }).isChecked()).toBe(true);
    await tabTo(page, 'Zoom level');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, /^Room for Year 10/, 80);
    await page.keyboard.type('H2');
    const steps = () =>
      page
        .getByRole('heading', { name: 'Steps' })
        .locator('xpath=..')
        .getByRole('listitem')
        .allInnerTexts();
    await expect
      .poll(async () => (await steps()).map((s) => s.includes('Done')))
      .toEqual([true, true, false]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, openRoute, tabTo } from './support/app-page';
import { launch, type Session } from './support/chromium';

const CONDITIONS: [value: string, label: string, filtered: boolean, mask: string | null][] = [
  ['none', 'None', false, null],
  ['blur', 'Blurred vision', true, null],
  ['central-loss', 'Central vision loss', false, 'scotoma'],
  ['tunnel', 'Tunnel vision', false, 'tunnel'],
  ['cataract', 'Cataract', true, null],
  ['protanopia', 'Protanopia', true, null],
  ['deuteranopia', 'Deuteranopia', true, null],
  ['tritanopia', 'Tritanopia', true, null],
  ['achromatopsia', 'Achromatopsia', true, null],
  ['hemianopia', 'Hemianopia', false, 'hemianopia'],
];

/** The computed filter of the simulated scene, and of the controls and every one of their ancestors. */
function filters(page: Page) {
  return page.evaluate(() => {
    const scene = document.querySelector('[data-vision-filtered]') as HTMLElement;
    const controls = document.querySelector('.vision-controls') as HTMLElement;
    const chain: string[] = [];
    for (let el: HTMLElement | null = controls; el; el = el.parentElement) {
      chain.push(getComputedStyle(el).filter);
    }
    const inside = [...controls.querySelectorAll('select, input, button, a')].some((el) =>
      el.closest('[data-vision-filtered]'),
    );
    return {
      scene: getComputedStyle(scene).filter,
      controlChain: [...new Set(chain)],
      controlsInsideScene: inside || scene.contains(controls),
      mask: document.querySelector('[data-vision-mask]')?.getAttribute('data-vision-mask') ?? null,
    };
  });
}

async function stepStatuses(page: Page): Promise<boolean[]> {
  const items = await page
    .getByRole('heading', { name: 'Steps' })
    .locator('xpath=..')
    .getByRole('listitem')
    .allInnerTexts();
  return items.map((text) => text.includes('Done'));
}

describe('vision simulator in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('applies every condition to the scene only, and passes axe under each', async () => {
    const { page } = session;
    await openRoute(page, '/tools/vision');
    const select = page.getByRole('combobox', { name: 'Simulated condition' });
    expect(await select.locator('option').allInnerTexts()).toEqual(CONDITIONS.map((c) => c[1]));
    for (const [value, label, isFiltered, mask] of CONDITIONS) {
      await select.selectOption({ label });
      const result = await filters(page);
      expect(result.controlChain, value).toEqual(['none']);
      expect(result.controlsInsideScene, value).toBe(false);
      expect(result.scene !== 'none', value).toBe(isFiltered);
      expect(result.mask, value).toBe(mask);
      expect(await axeViolations(page), value).toEqual([]);
    }
  }, 240_000);

  it('computes the colour matrix in linear RGB and blurs by the acuity', async () => {
    const { page } = session;
    const select = page.getByRole('combobox', { name: 'Simulated condition' });
    await select.selectOption('protanopia');
    const slider = page.getByRole('slider', { name: 'Severity' });
    await slider.focus();
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuetext')).toBe('100% (full protanopia)');
    const filter = await page.evaluate(() => {
      const el = document.querySelector('[data-vision-stage] filter') as SVGFilterElement;
      return {
        space: getComputedStyle(el).getPropertyValue('color-interpolation-filters'),
        values: el.querySelector('feColorMatrix')?.getAttribute('values')?.split(/\s+/).slice(0, 3),
      };
    });
    expect(filter).toEqual({ space: 'linearrgb', values: ['0.152286', '1.052583', '-0.204868'] });

    await select.selectOption('blur');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight'); // 60% = logMAR 0.6
    expect(await slider.getAttribute('aria-valuetext')).toBe('Acuity 6/24 (logMAR 0.6)');
    expect((await filters(page)).scene).toMatch(/^url\("#vision-colour-[\w-]+-blur"\)$/);
    const sigma = await page.evaluate(() =>
      document.querySelector('[data-vision-blur]')?.getAttribute('data-vision-blur'),
    );
    expect(Number(sigma)).toBeCloseTo(1.45, 2);
  });

  it('completes "What tunnel vision misses on a timetable" with the keyboard alone', async () => {
    const { page } = session;
    await page.goto(appUrl('/exercises/tunnel-vision-timetable'));
    await page
      .getByRole('heading', { level: 1, name: 'What tunnel vision misses on a timetable' })
      .waitFor();
    await page.getByRole('combobox', { name: 'Simulated condition' }).waitFor();
    expect(await stepStatuses(page)).toEqual([false, false, false, false]);

    await tabTo(page, 'Simulated condition', 80);
    await page.keyboard.type('Tu'); // type-ahead picks "Tunnel vision"
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Simulated condition' }).inputValue())
      .toBe('tunnel');
    await tabTo(page, 'Severity');
    await page.keyboard.press('End'); // severity 100%: a 3° field
    expect(
      await page.getByRole('slider', { name: 'Severity' }).getAttribute('aria-valuetext'),
    ).toBe('Field of 3° radius remaining');

    // Tab into the timetable: one lesson is in the Tab order; arrows move between lessons.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-lesson'))) break;
    }
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 17; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lesson'))).toBe(
      'y8-thu-3',
    );

    // The clear area has moved to the focused lesson (the keyboard alternative to the pointer).
    const offset = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const hole = (
        document.querySelector('[data-vision-mask]') as HTMLElement
      ).getBoundingClientRect();
      const focused = (document.activeElement as HTMLElement).getBoundingClientRect();
      return Math.hypot(
        hole.left + hole.width / 2 - (focused.left + focused.width / 2),
        hole.top + hole.height / 2 - (focused.top + focused.height / 2),
      );
    });
    expect(offset).toBeLessThan(2);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('H2');
    await expect.poll(() => stepStatuses(page)).toEqual([true, true, true, false]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('passes axe in the high-contrast theme with a colour-vision simulation and its fix', async () => {
    const { page } = session;
    await openRoute(page, '/tools/vision');
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'high-contrast';
    });
    await page.getByRole('combobox', { name: 'Practice scene' }).selectOption('worksheet');
    await page.getByRole('combobox', { name: 'Simulated condition' }).selectOption('deuteranopia');
    await page.getByRole('button', { name: 'Add words to the colour key' }).click();
    expect(await page.getByText('Leaf:').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows the pointer only on click when reduced motion is asked for', async () => {
    const reduced = await launch({ reducedMotion: 'reduce' });
    try {
      const { page } = reduced;
      await openRoute(page, '/tools/vision');
      await page.getByRole('combobox', { name: 'Simulated condition' }).selectOption('tunnel');
      const centre = () =>
        page.evaluate(async () => {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const hole = (
            document.querySelector('[data-vision-mask]') as HTMLElement
          ).getBoundingClientRect();
          return [Math.round(hole.left + hole.width / 2), Math.round(hole.top + hole.height / 2)];
        });
      const box = await page.locator('[data-vision-stage]').boundingBox();
      if (!box) throw new Error('No stage on the page.');
      const before = await centre();
      await page.mouse.move(box.x + 40, box.y + 60);
      expect(await centre()).toEqual(before);
      await page.mouse.down();
      await page.mouse.up();
      const after = await centre();
      expect(Math.abs((after[0] as number) - Math.round(box.x + 40))).toBeLessThanOrEqual(1);
      expect(Math.abs((after[1] as number) - Math.round(box.y + 60))).toBeLessThanOrEqual(1);
      expect(reduced.errors).toEqual([]);
      expect(reduced.offsiteRequests).toEqual([]);
    } finally {
      await reduced.close();
    }
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});

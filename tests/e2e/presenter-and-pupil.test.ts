import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';

describe('presenter and pupil modes in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('presenter mode: projector palette, big captions of dictation, and a clicker steps through the steps', async () => {
    const { page } = session;
    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Presenter mode' }).check();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter'))).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);

    await openRoute(page, '/exercises/dictation-first-sentences');
    await page
      .getByRole('combobox', { name: 'Speech engine' })
      .selectOption({ label: 'Type instead of speaking' });
    await page
      .getByRole('textbox', { name: 'Say this' })
      .fill('rivers carry water to the sea full stop');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.getByTestId('captions').innerText())
      .toBe('rivers carry water to the sea full stop');
    expect(await page.getByRole('textbox', { name: 'Dictated text' }).inputValue()).toContain(
      'Rivers carry water to the sea.',
    );

    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toMatch(/^End a sentence by saying "full stop"/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByRole('complementary', { name: 'Exercise in progress' }).count()).toBe(0);

    await openRoute(page, '/progress');
    await page.getByText('Progress is hidden in presenter mode').waitFor();
    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Presenter mode' }).uncheck();
  });

  it('presenter mode over the dark and high-contrast themes keeps every status colour readable on its white', async () => {
    const { page } = session;
    for (const theme of ['Dark', 'High contrast']) {
      await openRoute(page, '/settings');
      await page.getByRole('radio', { name: theme }).check();
      await page.getByRole('checkbox', { name: 'Presenter mode' }).check();
      // WCAG relative luminance contrast of each status colour on the background it is used on.
      const ratios = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const rgb = (value: string) => {
          probe.style.color = value;
          return (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        };
        const lum = (value: string) => {
          const [r, g, b] = rgb(value).map((c) => {
            const v = c / 255;
            return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const contrast = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
          return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
        };
        const v = (name: string) => `var(${name})`;
        const out = {
          danger: contrast(v('--danger'), v('--bg')),
          onDanger: contrast(v('--on-danger'), v('--danger')),
          success: contrast(v('--success-text'), v('--success-bg')),
          warning: contrast(v('--warning-text'), v('--warning-bg')),
          mark: contrast(v('--mark-text'), v('--mark-bg')),
          background: getComputedStyle(document.body).backgroundColor,
        };
        probe.remove();
        return out;
      });
      expect(ratios.background).toBe('rgb(255, 255, 255)');
      for (const key of ['danger', 'onDanger', 'success', 'warning', 'mark'] as const) {
        expect(ratios[key], `${theme}: ${key}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('checkbox', { name: 'Presenter mode' }).uncheck();
    }
    await page.getByRole('radio', { name: 'Light' }).check();
  });

  it('pupil mode: pupil exercises only, in pupil words, with no reflection to write', async () => {
    const { page } = session;
    await openRoute(page, '/settings');
    await page.getByRole('checkbox', { name: 'Pupil mode' }).check();
    await openRoute(page, '/exercises');
    const titles = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(titles.length).toBeGreaterThan(3);
    expect(titles).not.toContain("Dictation: a trainer's live demonstration");
    expect(await axeViolations(page)).toEqual([]);
    await openRoute(page, '/exercises/getting-started');
    await page.getByText('Make the words bigger or smaller in Settings.').waitFor();
    expect(await page.getByRole('button', { name: 'Save reflection' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});

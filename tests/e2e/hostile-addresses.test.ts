import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './support/app-page';
import { launch, type Session } from './support/chromium';

describe('addresses a stranger could send', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an unknown exercise id that reads like a message is not echoed on the page', async () => {
    const bait = 'Your school login has expired. Sign in at evil.example';
    await session.page.goto(appUrl(`/exercises/${encodeURIComponent(bait)}`));
    await session.page.getByRole('heading', { level: 1, name: 'Exercise not found' }).waitFor();
    const text = await session.page.locator('main').textContent();
    expect(text).not.toContain('school login');
    expect(text).toContain('There is no exercise at this address.');
  });

  it('an ordinary unknown id is named, so a mistyped link can be fixed', async () => {
    await session.page.goto(appUrl('/exercises/dictaton-first-sentences'));
    await session.page.getByRole('heading', { level: 1, name: 'Exercise not found' }).waitFor();
    expect(await session.page.locator('main').textContent()).toContain(
      '“dictaton-first-sentences”',
    );
  });

  it('a 1 MB address is refused as "Page not found", not rendered', async () => {
    await session.page.goto(appUrl(`/exercises/${'x'.repeat(1_000_000)}`));
    await session.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(((await session.page.locator('main').textContent()) ?? '').length).toBeLessThan(2000);
    expect(session.errors).toEqual([]);
  });
});

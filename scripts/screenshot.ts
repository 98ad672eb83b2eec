// Takes screenshots of routes of a running app for a person to look at:
// tsx scripts/screenshot.ts http://127.0.0.1:4173/ /exercises [/settings ...]
import { launch } from '../tests/e2e/support/chromium';

const [base = 'http://127.0.0.1:4173/', ...routes] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1280);
const session = await launch({
  viewport: { width, height: Number(process.env.HEIGHT ?? 900) },
  colorScheme: (process.env.SCHEME as 'light' | 'dark') ?? 'light',
});
for (const route of routes.length ? routes : ['/']) {
  await session.page.goto(`${base}#${route}`);
  await session.page.locator('h1').first().waitFor();
  if (process.env.THEME) {
    await session.page.evaluate(
      (t) => (document.documentElement.dataset.theme = t),
      process.env.THEME,
    );
  }
  await session.page.waitForTimeout(300);
  const file = `.tmp/shot${route.replace(/\W+/g, '-')}-${width}${process.env.THEME ? `-${process.env.THEME}` : ''}.png`;
  await session.page.screenshot({ path: file, fullPage: true });
  console.log(file, session.errors.length ? session.errors : '');
}
await session.close();

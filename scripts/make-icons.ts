// Renders public/favicon.svg to the PNG icons the web app manifest needs, in
// the system Chromium: npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/e2e/support/chromium';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
const session = await launch();
for (const size of [192, 512]) {
  for (const maskable of [false, true]) {
    await session.page.setViewportSize({ width: size, height: size });
    // Maskable icons keep the artwork inside the central 80% safe zone.
    const inner = maskable ? Math.round(size * 0.7) : size;
    const html = `<body style="margin:0;background:${maskable ? '#0b4f8a' : 'transparent'};display:grid;place-items:center;height:${size}px">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`;
    await session.page.setContent(html);
    const file = join(root, 'public', `icon-${size}${maskable ? '-maskable' : ''}.png`);
    await session.page.screenshot({ path: file, omitBackground: !maskable });
    console.log(file);
  }
}
await session.close();

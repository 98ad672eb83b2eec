// Makes the sample worksheets in public/samples/ reproducibly: each page is
// HTML rendered in the system Chromium and screenshotted; the "phone photo"
// is the clean page drawn tilted, unevenly lit, with seeded noise and JPEG
// compression. Beside each image goes its known text (<id>.txt), in reading
// order, for the accuracy tests and the benchmark.
//   npx tsx scripts/make-samples.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/e2e/support/chromium';
import { type Block, html, knownText, TEXTS } from './corpus/texts';

const OUT = join(import.meta.dirname, '..', 'public', 'samples');

const WATER_CYCLE: Block[] = [
  { kind: 'h1', text: 'The Water Cycle' },
  { kind: 'h2', text: 'Year 5 Science' },
  {
    kind: 'p',
    text: 'The water on our planet is used again and again. It moves in a cycle that never stops.',
  },
  {
    kind: 'p',
    text: '1. Evaporation: the Sun warms water in seas, rivers and puddles. The water turns into an invisible gas called water vapour.',
  },
  {
    kind: 'p',
    text: '2. Condensation: the vapour rises, cools and turns back into tiny drops of water. The drops join together to make clouds.',
  },
  {
    kind: 'p',
    text: '3. Precipitation: when the drops become too heavy, they fall as rain, hail, sleet or snow.',
  },
  {
    kind: 'p',
    text: '4. Collection: the water runs into rivers, lakes and the sea, and the cycle begins again.',
  },
  {
    kind: 'p',
    text: 'Question: Where does the water in a puddle go on a sunny day? Explain your answer in two sentences.',
  },
];

// The same page as the OCR corpus's "romans" text: one truth for both.
const ROMANS: Block[] = TEXTS.find((text) => text.id === 'romans')?.blocks ?? [];

const MATHS_CLUB: Block[] = [
  { kind: 'h1', text: 'Maths Club' },
  { kind: 'h2', text: 'Spring Term Timetable' },
  {
    kind: 'table',
    rows: [
      ['Day', 'Time', 'Room', 'Topic'],
      ['Monday', '3:15 pm', 'Room 6', 'Fractions'],
      ['Wednesday', '3:15 pm', 'Library', 'Times tables'],
      ['Friday', '12:30 pm', 'Hall', 'Maths games'],
    ],
  },
  { kind: 'h2', text: 'What to bring' },
  { kind: 'p', text: 'Please bring a pencil, a ruler and your reading record.' },
];

const PAGE_CSS = `
  html { background: #fff; }
  body { margin: 0; padding: 70px 80px; width: 1000px; box-sizing: border-box; color: #111;
         font: 24px/1.5 "DejaVu Sans", Arial, sans-serif; }
  h1 { font-size: 52px; margin: 0 0 8px; }
  h2 { font-size: 32px; margin: 24px 0 16px; color: #333; }
  p { margin: 0 0 20px; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 110px; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 16px; }
  th, td { border: 2px solid #444; padding: 10px 14px; text-align: left; }
  th { background: #ddd; }
`;

const session = await launch({ viewport: { width: 1000, height: 1400 } });
const { page } = session;

async function renderPage(blocks: Block[]): Promise<Buffer> {
  await page.setContent(
    `<!doctype html><html lang="en-GB"><head><style>${PAGE_CSS}</style></head><body>${html(blocks)}</body></html>`,
  );
  return page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 1000, height: 1400 } });
}

/** The clean page as a phone photo: tilted 3°, lit from one corner, noisy, JPEG. Seeded, so reproducible. */
async function photograph(png: Buffer): Promise<Buffer> {
  // tsx names functions with a `__name` helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  const dataUrl = await page.evaluate(
    async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 1600;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#6d5a48'; // a wooden desk
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.save();
      ctx.translate(600, 800);
      ctx.rotate((3 * Math.PI) / 180);
      ctx.scale(0.85, 0.85); // held a little further away than a scan
      ctx.filter = 'blur(0.9px)';
      ctx.drawImage(image, -500, -700);
      ctx.restore();
      // Uneven light: a shadow falling across from the bottom-right corner.
      const shade = ctx.createLinearGradient(150, 200, 1150, 1550);
      shade.addColorStop(0, 'rgba(255,250,230,0.10)');
      shade.addColorStop(0.55, 'rgba(0,0,0,0.05)');
      shade.addColorStop(1, 'rgba(20,10,0,0.55)');
      ctx.fillStyle = shade;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // The soft shadow of the phone and hand, over the lower left of the text.
      const hand = ctx.createRadialGradient(150, 1000, 60, 150, 1000, 520);
      hand.addColorStop(0, 'rgba(25,15,5,0.62)');
      hand.addColorStop(1, 'rgba(25,15,5,0)');
      ctx.fillStyle = hand;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // Sensor noise from a seeded generator (mulberry32).
      let seed = 20261123;
      const random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < pixels.data.length; i += 4) {
        const n = (random() + random() + random() - 1.5) * 28;
        for (let c = 0; c < 3; c += 1) pixels.data[i + c] = pixels.data[i + c]! + n;
      }
      ctx.putImageData(pixels, 0, 0);
      return canvas.toDataURL('image/jpeg', 0.6);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

mkdirSync(OUT, { recursive: true });
const clean = await renderPage(WATER_CYCLE);
writeFileSync(join(OUT, 'clean-worksheet.png'), clean);
writeFileSync(join(OUT, 'clean-worksheet.txt'), `${knownText(WATER_CYCLE)}\n`);
writeFileSync(join(OUT, 'phone-photo.jpg'), await photograph(clean));
writeFileSync(join(OUT, 'phone-photo.txt'), `${knownText(WATER_CYCLE)}\n`);
writeFileSync(join(OUT, 'two-columns.png'), await renderPage(ROMANS));
writeFileSync(join(OUT, 'two-columns.txt'), `${knownText(ROMANS)}\n`);
writeFileSync(join(OUT, 'table-headings.png'), await renderPage(MATHS_CLUB));
writeFileSync(join(OUT, 'table-headings.txt'), `${knownText(MATHS_CLUB)}\n`);
await session.close();
console.log(`Wrote 4 samples and their known text to ${OUT}`);

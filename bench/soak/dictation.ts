// (a) Dictation: minutes of scripted speech through the app's real Web Speech adapter, the
// "Dictated text" box checked every minute (and after a reload) against the app's own grammar.
import { applyPhrase, createDoc } from '../../src/features/dictation/grammar';
import { launch } from '../../tests/e2e/support/chromium';
import {
  type ScriptedResult,
  scriptedRecognitionScript,
} from '../../tests/e2e/support/scripted-recognition';
import { type Curve, dictationCurves } from './curves';
import { ENDINGS, type Expected, FRAGMENTS, startsWithWords, wordsOf } from './dictation-script';
import { openCdp, type Sample, sample } from './memory';
import { FULL_DISK_SCRIPT, openSecondTab, type SecondTabReport } from './second-tab';
import { random, round, sleep } from './support';

export interface DictationReport {
  minutes: number;
  phrases: number;
  wordsSpoken: number;
  commandsSpoken: number;
  unexpectedEnds: number;
  midSentenceEnds: number;
  noSpeechErrors: number;
  recognitionStarts: number;
  finalTextChars: number;
  finalTextWords: number;
  checkpoints: { minute: number; ok: boolean; chars: number; firstDifferenceAt?: number }[];
  lostOrChanged: string[];
  restoredAfterReload: boolean;
  samples: Sample[];
  curves: Curve[];
  /** A second tab writing all through the run, and a full-disk spell (issue 11). */
  secondTab?: SecondTabReport;
}

export async function soakDictation(
  baseUrl: string,
  minutes: number,
  { seed, sampleSeconds }: { seed: number; sampleSeconds: number },
): Promise<DictationReport> {
  const session = await launch({
    initScripts: [scriptedRecognitionScript({ availability: 'unavailable' }), FULL_DISK_SCRIPT],
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  });
  const { page } = session;
  const textbox = page.getByRole('textbox', { name: 'Dictated text' });
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const report: DictationReport = {
    minutes,
    phrases: 0,
    wordsSpoken: 0,
    commandsSpoken: 0,
    unexpectedEnds: 0,
    midSentenceEnds: 0,
    noSpeechErrors: 0,
    recognitionStarts: 0,
    finalTextChars: 0,
    finalTextWords: 0,
    checkpoints: [],
    lostOrChanged: [],
    restoredAfterReload: false,
    samples: [],
    curves: [],
  };
  try {
    await page.goto(`${baseUrl}#/tools/dictation`);
    await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
    const cdp = await openCdp(page);
    await page.getByRole('button', { name: 'Start dictation' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await Promise.race([
      consent.waitFor({ timeout: 5000 }).catch(() => {}),
      page.getByRole('button', { name: 'Stop dictation' }).waitFor({ timeout: 5000 }),
    ]);
    if (await consent.isVisible()) await consent.click();
    await page.getByRole('button', { name: 'Stop dictation' }).waitFor();
    const running = () => page.evaluate(() => window.__speech.running);
    for (let i = 0; i < 100 && !(await running()); i += 1) await sleep(50);
    const second = await openSecondTab(session.context, baseUrl, page);
    report.secondTab = second.report;

    const expected: Expected = { doc: createDoc(), phrases: 0, words: 0, commands: 0 };
    const feed = (phrase: string) => {
      expected.doc = applyPhrase(expected.doc, phrase, 'en-GB').doc;
      expected.phrases += 1;
    };
    /** Finals delivered in this recognition session, as Chrome lists them in each event. */
    let sessionFinals: ScriptedResult[] = [];
    let sessionSaid: string[] = [];
    const send = (list: ScriptedResult[], index: number) =>
      page.evaluate(([l, i]) => window.__speech.results(l, i), [list, index] as const);
    const endSession = async () => {
      const before = await page.evaluate(() => window.__speech.starts.length);
      await page.evaluate(() => window.__speech.end());
      for (let i = 0; i < 200; i += 1) {
        if ((await page.evaluate(() => window.__speech.starts.length)) > before) break;
        await sleep(25);
      }
      sessionFinals = [];
      sessionSaid = [];
    };

    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const durationS = minutes * 60;
    let nextSample = 0;
    let nextCheckpoint = 60;
    let nextEnd = 45 + rand() * 30;
    let nextNoSpeech = 50 + rand() * 60;
    let lastPhrase = '';
    let nextTabWrite = 10;
    // The full-disk spell: a quarter of the run (at most a minute) from its middle.
    const spellStart = durationS / 2;
    const spellEnd = spellStart + Math.min(60, durationS / 4);
    let spell: 'before' | 'during' | 'after' = 'before';

    const checkpoint = async (minute: number) => {
      const actual = await textbox.inputValue();
      const want = expected.doc.text;
      const ok = actual === want;
      let firstDifferenceAt: number | undefined;
      if (!ok) {
        let i = 0;
        while (i < actual.length && actual[i] === want[i]) i += 1;
        firstDifferenceAt = i;
        report.lostOrChanged.push(
          `minute ${minute}: at character ${i}, expected "${want.slice(i, i + 60)}" but the box has "${actual.slice(i, i + 60)}"`,
        );
      }
      report.checkpoints.push({
        minute,
        ok,
        chars: actual.length,
        ...(firstDifferenceAt === undefined ? {} : { firstDifferenceAt }),
      });
      const tabsAgree = await second.check(minute);
      console.log(
        `  dictation ${minute.toFixed(1)} min: ${expected.phrases} phrases, ${actual.length} characters, ${ok ? 'text exact' : 'TEXT DIFFERS'}; second tab ${second.report.writes} writes, ${tabsAgree ? 'tabs agree' : 'TABS DISAGREE'}${spell === 'during' ? ' (disk full)' : ''}`,
      );
    };

    while (elapsed() < durationS) {
      if (elapsed() >= nextSample) {
        const at = round(elapsed(), 1);
        // A full collection every sixth sample: what the page holds, not garbage awaiting GC.
        const collect = report.samples.length % 6 === 0;
        report.samples.push(await sample(cdp, at, collect));
        nextSample += sampleSeconds;
      }
      if (elapsed() >= nextCheckpoint) {
        await checkpoint(nextCheckpoint / 60);
        nextCheckpoint += 60;
      }
      if (elapsed() >= nextTabWrite) {
        await second.write();
        nextTabWrite += 10;
      }
      if (spell === 'before' && elapsed() >= spellStart) {
        spell = 'during';
        await second.startFullDisk(round(elapsed() / 60, 2), round(spellEnd - spellStart, 0));
        console.log(`  full disk from ${round(elapsed() / 60, 2)} min`);
      } else if (spell === 'during' && elapsed() >= spellEnd) {
        await second.countAlerts();
        await checkpoint(round(elapsed() / 60, 2));
        await second.endFullDisk();
        spell = 'after';
        console.log(`  disk free again at ${round(elapsed() / 60, 2)} min`);
      }

      // Chrome ends a session after about a minute, or after a few seconds of silence.
      if (elapsed() >= nextEnd) {
        report.unexpectedEnds += 1;
        nextEnd = elapsed() + 40 + rand() * 35;
        await endSession();
      }
      if (elapsed() >= nextNoSpeech) {
        // "no-speech" then `end`: the adapter carries on. Something is heard first, so the
        // session does not count as a failed start.
        report.noSpeechErrors += 1;
        nextNoSpeech = elapsed() + 240 + rand() * 120;
        const before = await page.evaluate(() => window.__speech.starts.length);
        await page.evaluate(() => window.__speech.error('no-speech'));
        for (let i = 0; i < 200; i += 1) {
          if ((await page.evaluate(() => window.__speech.starts.length)) > before) break;
          await sleep(25);
        }
        sessionFinals = [];
        sessionSaid = [];
      }

      // Choose what to say next: a fragment with a spoken ending, or now and then a correction.
      let phrase: string;
      const roll = rand();
      if (roll < 0.05 && lastPhrase) phrase = 'delete that';
      else if (roll < 0.07 && lastPhrase) phrase = 'undo that';
      else {
        const ending = pick(ENDINGS);
        phrase = `${pick(FRAGMENTS)}${ending ? ` ${ending}` : ''}`;
      }
      // The replay filter reads a final that starts with the whole session so far as a repeat
      // (Chrome on Android does that): a real person would not say it, so neither does the script.
      if (sessionSaid.length && startsWithWords(phrase, sessionSaid.join(' '))) continue;
      lastPhrase = phrase;
      const words = wordsOf(phrase);
      report.phrases += 1;
      report.wordsSpoken += words.length;
      report.commandsSpoken += applyPhrase(createDoc(), phrase, 'en-GB').commands.length;

      // Interim guesses grow word by word (every few words), then the final arrives.
      const index = sessionFinals.length;
      const cut = words.length > 3 ? 1 + Math.floor(rand() * (words.length - 1)) : 0;
      const midSentenceEnd = cut > 0 && rand() < 0.02;
      for (let n = 2; n < words.length; n += 3) {
        if (midSentenceEnd && n > cut) break;
        await send([...sessionFinals, { t: words.slice(0, n).join(' ') }], index);
        await sleep(200);
      }
      if (midSentenceEnd) {
        // Chrome ends mid-sentence: the app keeps the interim words, and the next session
        // repeats them at the start of its first final; the app must not double them.
        const shown = words.slice(0, Math.min(cut, words.length)).join(' ');
        await send([...sessionFinals, { t: shown }], index);
        report.midSentenceEnds += 1;
        report.unexpectedEnds += 1;
        await endSession();
        feed(shown);
        const rest = words.slice(Math.min(cut, words.length)).join(' ');
        await send([{ t: phrase, final: true }], 0);
        sessionFinals = [{ t: phrase, final: true }];
        sessionSaid = [rest];
        if (rest) feed(rest);
      } else {
        const final: ScriptedResult = { t: phrase, final: true };
        await send([...sessionFinals, final], index);
        sessionFinals.push(final);
        sessionSaid.push(phrase);
        feed(phrase);
      }
      await sleep(800 + rand() * 1200);
    }

    if (spell === 'during') {
      await second.countAlerts();
      await second.endFullDisk();
    }
    await checkpoint(round(elapsed() / 60, 2));
    await second.close();
    report.lostOrChanged.push(...second.report.lost);
    report.samples.push(await sample(cdp, round(elapsed(), 1), true));
    report.recognitionStarts = await page.evaluate(() => window.__speech.starts.length);
    await page.getByRole('button', { name: 'Stop dictation' }).click();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();

    // Reload: the text comes back from storage, exactly.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
    let restored = '';
    for (let i = 0; i < 100; i += 1) {
      restored = await textbox.inputValue();
      if (restored === expected.doc.text) break;
      await sleep(100);
    }
    report.restoredAfterReload = restored === expected.doc.text;
    if (!report.restoredAfterReload) {
      report.lostOrChanged.push(
        `after reload the box has ${restored.length} characters; expected ${expected.doc.text.length}`,
      );
    }
    report.finalTextChars = expected.doc.text.length;
    report.finalTextWords = wordsOf(expected.doc.text).length;
    if (session.errors.length) report.lostOrChanged.push(...session.errors.map((e) => `page ${e}`));
    if (session.offsiteRequests.length)
      report.lostOrChanged.push(`requests beyond localhost: ${session.offsiteRequests.join(', ')}`);

    report.curves = dictationCurves(report);
  } finally {
    await session.close();
  }
  return report;
}

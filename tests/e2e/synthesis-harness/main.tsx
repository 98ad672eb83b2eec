// A page for the browser tier and the benchmark: the real built-in voice (and
// the real ReadingPanel on the real engines), with a driver on `window` that
// tests call through page.evaluate. Not part of the app.
import '../../../src/styles/app.css';
import { createRoot } from 'react-dom/client';
import { allChecks } from '../../../src/domain/checks/all-checks';
import { createMemoryBroadcast } from '../../../src/engines/broadcast/broadcast-engine';
import type { Engines } from '../../../src/engines/create-engines';
import { createRecordingFiles } from '../../../src/engines/files/files-engine';
import { createMemoryStorage } from '../../../src/engines/storage/memory-storage';
import { createLazyBuiltInSynthesis } from '../../../src/engines/synthesis/builtin-synthesis';
import { createEspeakClient } from '../../../src/engines/synthesis/espeak-client';
import {
  combineVoiceSources,
  type SynthesisEngine,
} from '../../../src/engines/synthesis/synthesis-engine';
import { ReadingPanel } from '../../../src/features/read-aloud/reading/reading-panel';
import { AnnouncerProvider } from '../../../src/shared/announcer';
import { EnginesProvider } from '../../../src/shared/engines-context';
import { createAppStore } from '../../../src/store/create-app-store';
import { StoreProvider } from '../../../src/store/store-context';
import { createSynthesisDriver } from '../../components/synthesis-driver';

const builtInOnly = combineVoiceSources(null, createLazyBuiltInSynthesis(window));

/** When each word event reached the page (performance.now()), for the highlight-lag measure. */
const wordEvents: { offset: number; at: number }[] = [];
const timed: SynthesisEngine = {
  ...builtInOnly,
  speak(chunks, options) {
    return builtInOnly.speak(chunks, {
      ...options,
      onWord(offset) {
        wordEvents.push({ offset, at: performance.now() });
        options.onWord(offset);
      },
    });
  },
};

const harness = {
  driver: createSynthesisDriver(builtInOnly),
  wordEvents,
  /** Loads espeak-ng from nothing (module, data, worker) and synthesises `text` twice. */
  async measureBuiltIn(text: string) {
    const t0 = performance.now();
    const client = await createEspeakClient(() => {});
    const loadMs = performance.now() - t0;
    const runs: { computeMs: number; audioS: number }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t1 = performance.now();
      const result = await client.synthesize(text, 'gmw/en', 175);
      runs.push({
        computeMs: performance.now() - t1,
        audioS: result.samples.length / result.sampleRate,
      });
    }
    client.dispose();
    return { loadMs, runs };
  },
  /** Paint times of each new <mark>: the frame after it appears. */
  marks: [] as { word: string; paintedAt: number }[],
};
(window as unknown as { harness: typeof harness }).harness = harness;

const params = new URLSearchParams(location.search);
const text = params.get('text');
if (text) {
  // Only what the panel and the store use: importing the app's engine factory
  // would pull in every other tool's engines (and their build plugins).
  const engines = {
    storage: createMemoryStorage(),
    broadcast: createMemoryBroadcast(),
    files: createRecordingFiles(),
    synthesis: timed,
    now: () => Date.now(),
  } as unknown as Engines;
  const store = createAppStore({ engines, exercises: [], checks: allChecks });
  const root = document.getElementById('root') as HTMLElement;
  createRoot(root).render(
    <EnginesProvider engines={engines}>
      <StoreProvider store={store}>
        <AnnouncerProvider>
          <h1>Reading panel</h1>
          <ReadingPanel text={text} />
        </AnnouncerProvider>
      </StoreProvider>
    </EnginesProvider>,
  );
  new MutationObserver(() => {
    const mark = document.querySelector('mark');
    if (!mark) return;
    const word = mark.textContent ?? '';
    requestAnimationFrame(() => harness.marks.push({ word, paintedAt: performance.now() }));
  }).observe(root, { subtree: true, childList: true });
}

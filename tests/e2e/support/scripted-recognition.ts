/**
 * A W3C-shaped scripted SpeechRecognition, installed with addInitScript
 * before the app loads, so that the app's real Web Speech adapter runs in
 * Chromium (no browser here can recognise speech). Tests drive it through
 * `window.__speech`:
 *
 *   __speech.results([{ t: 'hello', final: false }])    // a result event
 *   __speech.error('network')                            // an error event (then end, like Chrome)
 *   __speech.end()                                       // an unexpected end
 */

export interface ScriptedRecognitionOptions {
  /** What SpeechRecognition.available() resolves to. */
  availability?: 'available' | 'downloadable' | 'downloading' | 'unavailable';
  installResult?: boolean;
  /** Send `end` after an error (Chrome does; with processLocally it sometimes does not). */
  endAfterError?: boolean;
}

/** One result in a result event: transcript, final or not, confidence, other hearings. */
export interface ScriptedResult {
  t: string;
  final?: boolean;
  confidence?: number;
  alternatives?: { t: string; confidence: number }[];
}

export interface SpeechControl {
  /** Every start() call, with the settings the app chose. */
  starts: { lang: string; continuous: boolean; interimResults: boolean; processLocally: boolean }[];
  stops: number;
  aborts: number;
  running: boolean;
  /** Fires a `result` event whose results list is exactly `list`, from `resultIndex`. */
  results(list: ScriptedResult[], resultIndex?: number): void;
  error(code: string): void;
  end(): void;
}

declare global {
  interface Window {
    __speech: SpeechControl;
  }
}

function install(options: ScriptedRecognitionOptions) {
  const control = {
    starts: [] as SpeechControl['starts'],
    stops: 0,
    aborts: 0,
    running: false,
    current: null as EventTarget | null,
  };

  class ScriptedSpeechRecognition extends EventTarget {
    lang = '';
    continuous = false;
    interimResults = false;
    maxAlternatives = 1;
    processLocally = false;

    static available(): Promise<string> {
      return Promise.resolve(options.availability ?? 'unavailable');
    }

    static install(): Promise<boolean> {
      return Promise.resolve(options.installResult ?? false);
    }

    start() {
      if (control.running) throw new DOMException('already started', 'InvalidStateError');
      control.running = true;
      control.current = this;
      control.starts.push({
        lang: this.lang,
        continuous: this.continuous,
        interimResults: this.interimResults,
        processLocally: this.processLocally,
      });
      setTimeout(() => this.dispatchEvent(new Event('start')), 0);
    }

    stop() {
      control.stops += 1;
      setTimeout(() => finish(this), 10);
    }

    abort() {
      control.aborts += 1;
      finish(this);
    }
  }

  function finish(target: EventTarget) {
    if (!control.running || control.current !== target) return;
    control.running = false;
    target.dispatchEvent(new Event('end'));
  }

  function resultList(list: ScriptedResult[]) {
    const results = list.map((item) => {
      const alternatives = [
        { transcript: item.t, confidence: item.confidence ?? (item.final ? 0.9 : 0) },
        ...(item.alternatives ?? []).map((alt) => ({
          transcript: alt.t,
          confidence: alt.confidence,
        })),
      ];
      return Object.assign(alternatives, {
        isFinal: item.final === true,
        item: (i: number) => alternatives[i],
      });
    });
    return Object.assign(results, { item: (i: number) => results[i] });
  }

  const api: SpeechControl = {
    get starts() {
      return control.starts;
    },
    get stops() {
      return control.stops;
    },
    get aborts() {
      return control.aborts;
    },
    get running() {
      return control.running;
    },
    results(list, resultIndex = 0) {
      const target = control.current;
      if (!target || !control.running) throw new Error('Nothing is listening.');
      const event = Object.assign(new Event('result'), {
        resultIndex,
        results: resultList(list),
      });
      target.dispatchEvent(event);
    },
    error(code) {
      const target = control.current;
      if (!target) throw new Error('Nothing is listening.');
      target.dispatchEvent(Object.assign(new Event('error'), { error: code, message: '' }));
      if (options.endAfterError !== false) setTimeout(() => finish(target), 0);
    },
    end() {
      const target = control.current;
      if (target) finish(target);
    },
  };

  Object.defineProperty(window, 'SpeechRecognition', {
    value: ScriptedSpeechRecognition,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'webkitSpeechRecognition', {
    value: ScriptedSpeechRecognition,
    configurable: true,
    writable: true,
  });
  window.__speech = api;
}

/** The init script's source: pass it to `launch({ initScripts: [...] })`. */
export function scriptedRecognitionScript(options: ScriptedRecognitionOptions = {}): string {
  // tsx (used by the benchmark) compiles with keepNames, which calls a `__name` helper that
  // does not exist in the page: give the function its own.
  return `(() => { const __name = (target) => target; (${install.toString()})(${JSON.stringify(options)}); })();`;
}

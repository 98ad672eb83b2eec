/**
 * Practice events: what a person did in a tool, in a form the exercise runner
 * can check. Features emit them; nothing flows back. Each tool adds its own
 * members to this union as it is built.
 */
import type { ConditionId, SupportId } from '../vision/conditions';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

export type InputModality = 'keyboard' | 'pointer' | 'other';

export type MagnifierMode = 'lens' | 'full-screen' | 'docked';

export type PracticeEventBody =
  | { type: 'settings/changed'; setting: 'theme' | 'textSize'; value: string | number }
  | { type: 'shell/navigated'; path: string; via: InputModality }
  | { type: 'exercise/reflection-saved'; exerciseId: string; words: number }
  /** Dictation: a phrase was dictated (by voice, or typed into "Say this"); `words` inserted. */
  | { type: 'dictation/utterance'; words: number; via: 'voice' | 'typed' }
  /** Dictation: a spoken command (an id from dictation-checks' COMMAND_IDS) took effect. */
  | { type: 'dictation/command'; command: string; via: 'voice' | 'typed' }
  /** Dictation: the person corrected text (a CORRECTION_KINDS value). */
  | { type: 'dictation/corrected'; how: string }
  /** Dictation: "Check my dictation" scored an attempt (percentages; `passage` is passageKey()). */
  | {
      type: 'dictation/scored';
      passage: string;
      accuracy: number;
      punctuationAccuracy: number;
      wpm: number;
      commands: number;
    }
  | { type: 'dictation/stream-shown' }
  | { type: 'dictation/language-chosen'; language: string }
  | {
      type: 'read-aloud/started';
      voiceLang: string;
      voiceName: string;
      builtIn: boolean;
      rate: number;
      fromWord: number;
    }
  | { type: 'read-aloud/finished'; wordsSpoken: number; toEnd: boolean }
  /** OCR read a page: where it came from, how many words, how many it was unsure of (confidence 0–100). */
  | {
      type: 'ocr/recognised';
      source: 'sample' | 'file' | 'paste' | 'drop' | 'camera';
      sampleId?: string;
      /** What was read, when not only pictures: a PDF (its text layer, or its pages by OCR) or an HEIC photo. */
      format?: 'image' | 'heic' | 'pdf';
      /** Pages in the document, when more than one. */
      pages?: number;
      words: number;
      lowConfidenceWords: number;
      meanConfidence: number;
    }
  /** OCR: the person selected a "check this word" word to look at it. */
  | { type: 'ocr/word-checked'; confidence: number }
  /** OCR: the person edited the text so that a word OCR was unsure of was changed. */
  | { type: 'ocr/word-corrected' }
  /** OCR: the page was turned, by the person (quarter turns) or automatically (skew correction, half a turn). */
  | { type: 'ocr/rotated'; degrees: number; automatic: boolean }
  | {
      type: 'read-aloud/preference-changed';
      preference: ReadingPreferenceName;
      value: string | number;
    }
  /** The vision simulator's condition or severity (0–1) changed; `condition` is an id such as "protanopia". */
  | {
      type: 'vision/changed';
      condition: ConditionId;
      severity: number;
      /** What the person changed: the condition, the severity slider, or hemianopia's side. */
      by?: 'condition' | 'severity' | 'side';
      /** The side that is lost (hemianopia only). */
      side?: 'left' | 'right';
    }
  /** "Try what helps" was used for a simulated condition ("magnifier", "contrast", "larger-text", "read-aloud"). */
  | { type: 'vision/support-tried'; condition: ConditionId; support: SupportId }
  /**
   * The magnifier's mode, zoom or colours changed. `initial` marks the settings it
   * opened with (restored from the last visit), which no check counts as "used".
   */
  | {
      type: 'magnifier/changed';
      mode: MagnifierMode;
      zoom: number;
      invert?: boolean;
      initial?: boolean;
    }
  /** Live captions: a caption line was committed (spoken, or typed into "Say this"); `expected` lists the "Words to expect" in it. */
  | { type: 'captions/line'; words: number; via: 'voice' | 'typed'; expected: string[] }
  /** Live captions: the person changed how captions look (restored settings are never sent). */
  | {
      type: 'captions/presentation-changed';
      setting: 'size' | 'lines' | 'position' | 'colours';
      value: string | number;
    }
  /** Live captions: a pupil view window asked for the captions and was answered. */
  | { type: 'captions/pupil-view-connected' }
  /** Live captions: the "Words to expect" list changed; `count` entries now. */
  | { type: 'captions/expected-words-set'; count: number }
  /** Live captions: the transcript was scored against a script (`script` is passageKey(); percentages). */
  | { type: 'captions/accuracy-checked'; script: string; accuracy: number; missed: string[] }
  /** Live captions: "Save transcript" downloaded `lines` lines. */
  | { type: 'captions/transcript-saved'; lines: number }
  /** Symbols: a word was added to the message (`page` is "core" or a topic id; `spoken`: "Speak each word" was on). */
  | {
      type: 'symbols/word-chosen';
      word: string;
      page: string;
      via: 'pointer' | 'keyboard' | 'scanning';
      spoken: boolean;
    }
  /** Symbols: "Speak message" said a message of `words` words. */
  | { type: 'symbols/message-spoken'; words: number; text: string }
  /** Symbols: a topic page (or "core") was opened. */
  | { type: 'symbols/page-opened'; page: string }
  /** Symbols: "Switch scanning" was turned on or off at a scan speed (ms a step). */
  | { type: 'symbols/scanning-changed'; on: boolean; speedMs: number }
  /** Symbols: a timetable with `steps` steps was shown as "now-next" or "timetable", moved on, or printed. */
  | {
      type: 'symbols/timetable';
      action: 'moved' | 'printed';
      view: 'now-next' | 'timetable';
      steps: number;
      ownWords: number;
    }
  /** Symbols: the teacher added a word of their own with a symbol found by search. */
  | { type: 'symbols/own-word-added'; word: string; hex: string }
  /** A find task in a shared practice scene (src/shared/practice-scenes) was completed. */
  | {
      type: 'scene/task-done';
      sceneId: string;
      taskId: string;
      tool: 'vision' | 'magnifier';
      /** The magnifier's zoom level when the task was done. */
      zoom?: number;
      /** The vision simulator's condition when the task was done. */
      condition?: ConditionId;
      /** The vision simulator's severity (0–1) when the task was done. */
      severity?: number;
      /** The side that is lost, when the condition is hemianopia. */
      side?: 'left' | 'right';
    };

/** The reading preferences a person can change in the read-aloud reading view. */
export type ReadingPreferenceName =
  | 'textSize'
  | 'lineSpacing'
  | 'letterSpacing'
  | 'tint'
  | 'lineFocus'
  | 'font'
  | 'voice'
  | 'rate';

/** An event as the runner sees it: stamped with the time it happened (ms since epoch). */
export type PracticeEvent = PracticeEventBody & { at: number };

export type PracticeEventType = PracticeEvent['type'];

export type EventOf<T extends PracticeEventType> = Extract<PracticeEvent, { type: T }>;

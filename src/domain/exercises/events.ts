/**
 * Practice events: what a person did in a tool, in a form the exercise runner
 * can check. Features emit them; nothing flows back. Each tool adds its own
 * members to this union as it is built.
 */
export type ThemeName = 'light' | 'dark' | 'high-contrast';

export type InputModality = 'keyboard' | 'pointer' | 'other';

export type PracticeEventBody =
  | { type: 'settings/changed'; setting: 'theme' | 'textSize'; value: string | number }
  | { type: 'shell/navigated'; path: string; via: InputModality }
  | { type: 'exercise/reflection-saved'; exerciseId: string; words: number };

/** An event as the runner sees it: stamped with the time it happened (ms since epoch). */
export type PracticeEvent = PracticeEventBody & { at: number };

export type PracticeEventType = PracticeEvent['type'];

export type EventOf<T extends PracticeEventType> = Extract<PracticeEvent, { type: T }>;

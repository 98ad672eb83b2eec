/**
 * The spoken commands, as data: what to say, what it does, and the nearest
 * equivalent in the dictation tools staff will meet in school, so practice
 * here carries over. Equivalents are from each product's own help pages
 * (Microsoft "Voice typing commands", Google Docs "Type and edit with your
 * voice", Apple "Dictation commands" and Voice Control); "none" means the
 * product has no spoken command for it.
 */

export type { CommandId } from '../../domain/checks/dictation-checks';
export { COMMAND_IDS } from '../../domain/checks/dictation-checks';

import type { CommandId } from '../../domain/checks/dictation-checks';

export type CommandAction =
  | { kind: 'mark'; text: string; join: 'left' | 'right' | 'both' | 'spaced' }
  | { kind: 'break'; text: '\n' | '\n\n' }
  | { kind: 'format'; op: 'caps-on' | 'caps-off' | 'all-caps' | 'no-space' }
  | {
      kind: 'edit';
      op: 'delete-that' | 'undo-that' | 'delete-last-word' | 'select' | 'capitalise-that';
    }
  | { kind: 'stop' };

export interface SpokenCommand {
  id: CommandId;
  /** Every way to say it; the first is the one we teach. Lower case, words separated by spaces. */
  say: readonly string[];
  does: string;
  action: CommandAction;
  windows: string;
  googleDocs: string;
  apple: string;
}

const NONE = 'none';

export const COMMANDS: readonly SpokenCommand[] = [
  {
    id: 'full-stop',
    say: ['full stop', 'period'],
    does: 'types . and starts the next word with a capital',
    action: { kind: 'mark', text: '.', join: 'left' },
    windows: '"full stop" or "period"',
    googleDocs: '"period" or "full stop"',
    apple: '"full stop" or "period"',
  },
  {
    id: 'comma',
    say: ['comma'],
    does: 'types ,',
    action: { kind: 'mark', text: ',', join: 'left' },
    windows: '"comma"',
    googleDocs: '"comma"',
    apple: '"comma"',
  },
  {
    id: 'question-mark',
    say: ['question mark'],
    does: 'types ?',
    action: { kind: 'mark', text: '?', join: 'left' },
    windows: '"question mark"',
    googleDocs: '"question mark"',
    apple: '"question mark"',
  },
  {
    id: 'exclamation-mark',
    say: ['exclamation mark', 'exclamation point'],
    does: 'types !',
    action: { kind: 'mark', text: '!', join: 'left' },
    windows: '"exclamation mark"',
    googleDocs: '"exclamation point"',
    apple: '"exclamation mark"',
  },
  {
    id: 'colon',
    say: ['colon'],
    does: 'types :',
    action: { kind: 'mark', text: ':', join: 'left' },
    windows: '"colon"',
    googleDocs: NONE,
    apple: '"colon"',
  },
  {
    id: 'semicolon',
    say: ['semicolon', 'semi colon'],
    does: 'types ;',
    action: { kind: 'mark', text: ';', join: 'left' },
    windows: '"semicolon"',
    googleDocs: NONE,
    apple: '"semicolon"',
  },
  {
    id: 'dash',
    say: ['dash'],
    does: 'types a spaced dash –',
    action: { kind: 'mark', text: ' –', join: 'spaced' },
    windows: '"dash"',
    googleDocs: NONE,
    apple: '"dash"',
  },
  {
    id: 'hyphen',
    say: ['hyphen'],
    does: 'joins two words with -',
    action: { kind: 'mark', text: '-', join: 'both' },
    windows: '"hyphen"',
    googleDocs: NONE,
    apple: '"hyphen"',
  },
  {
    id: 'open-quote',
    say: ['open quote', 'open quotes', 'open speech marks', 'open inverted commas'],
    does: 'types “ before the next word',
    action: { kind: 'mark', text: '“', join: 'right' },
    windows: '"open quote"',
    googleDocs: NONE,
    apple: '"open quote"',
  },
  {
    id: 'close-quote',
    say: [
      'close quote',
      'close quotes',
      'close speech marks',
      'close inverted commas',
      'end quote',
    ],
    does: 'types ” after the last word',
    action: { kind: 'mark', text: '”', join: 'left' },
    windows: '"close quote"',
    googleDocs: NONE,
    apple: '"close quote" or "end quote"',
  },
  {
    id: 'open-bracket',
    say: ['open bracket', 'open brackets', 'open parenthesis'],
    does: 'types ( before the next word',
    action: { kind: 'mark', text: '(', join: 'right' },
    windows: '"open parenthesis"',
    googleDocs: NONE,
    apple: '"open bracket" or "open parenthesis"',
  },
  {
    id: 'close-bracket',
    say: ['close bracket', 'close brackets', 'close parenthesis'],
    does: 'types ) after the last word',
    action: { kind: 'mark', text: ')', join: 'left' },
    windows: '"close parenthesis"',
    googleDocs: NONE,
    apple: '"close bracket" or "close parenthesis"',
  },
  {
    id: 'apostrophe',
    say: ['apostrophe'],
    does: "types ' joined to the words either side",
    action: { kind: 'mark', text: "'", join: 'both' },
    windows: '"apostrophe"',
    googleDocs: NONE,
    apple: '"apostrophe"',
  },
  {
    id: 'new-line',
    say: ['new line', 'next line'],
    does: 'starts a new line',
    action: { kind: 'break', text: '\n' },
    windows: '"new line"',
    googleDocs: '"new line"',
    apple: '"new line"',
  },
  {
    id: 'new-paragraph',
    say: ['new paragraph', 'next paragraph'],
    does: 'leaves a blank line and starts a new paragraph',
    action: { kind: 'break', text: '\n\n' },
    windows: '"new paragraph"',
    googleDocs: '"new paragraph"',
    apple: '"new paragraph"',
  },
  {
    id: 'caps-on',
    say: ['caps on', 'capitals on'],
    does: 'starts every word with a capital until "caps off"',
    action: { kind: 'format', op: 'caps-on' },
    windows: NONE,
    googleDocs: NONE,
    apple: '"caps on"',
  },
  {
    id: 'caps-off',
    say: ['caps off', 'capitals off'],
    does: 'stops "caps on"',
    action: { kind: 'format', op: 'caps-off' },
    windows: NONE,
    googleDocs: NONE,
    apple: '"caps off"',
  },
  {
    id: 'all-caps',
    say: ['all caps'],
    does: 'types the next word in CAPITALS',
    action: { kind: 'format', op: 'all-caps' },
    windows: NONE,
    googleDocs: '"all caps" then the words',
    apple: '"all caps"',
  },
  {
    id: 'no-space',
    say: ['no space'],
    does: 'joins the next word to the last one',
    action: { kind: 'format', op: 'no-space' },
    windows: NONE,
    googleDocs: NONE,
    apple: '"no space"',
  },
  {
    id: 'delete-that',
    say: ['delete that', 'scratch that', 'strike that'],
    does: 'removes what you selected, or else the last thing you dictated',
    action: { kind: 'edit', op: 'delete-that' },
    windows: '"delete that" or "strike that"',
    googleDocs: '"delete" (after selecting)',
    apple: '"delete that" (Voice Control)',
  },
  {
    id: 'undo-that',
    say: ['undo that'],
    does: 'undoes the last change made by voice',
    action: { kind: 'edit', op: 'undo-that' },
    windows: '"undo that"',
    googleDocs: '"undo"',
    apple: '"undo that"',
  },
  {
    id: 'delete-last-word',
    say: ['delete last word', 'delete the last word'],
    does: 'removes the word before the cursor',
    action: { kind: 'edit', op: 'delete-last-word' },
    windows: '"delete last word"',
    googleDocs: '"delete last word"',
    apple: '"delete last word" (Voice Control: "delete previous word")',
  },
  {
    id: 'select',
    say: ['select'],
    does: 'at the start of a phrase: "select" and some words selects them; then dictate a replacement or say "delete that"',
    action: { kind: 'edit', op: 'select' },
    windows: '"select" and the words',
    googleDocs: '"select" and the words',
    apple: '"select" and the words (Voice Control)',
  },
  {
    id: 'capitalise-that',
    say: ['capitalise that', 'capitalize that'],
    does: 'gives each word of the selection (or the last phrase) a capital',
    action: { kind: 'edit', op: 'capitalise-that' },
    windows: NONE,
    googleDocs: '"capitalize" and the words',
    apple: '"capitalise that" (Voice Control)',
  },
  {
    id: 'stop-listening',
    say: ['stop listening', 'stop dictation'],
    does: 'stops dictation, like pressing Stop dictation',
    action: { kind: 'stop' },
    windows: '"stop listening" or "stop voice typing"',
    googleDocs: '"stop listening"',
    apple: '"stop listening" (Voice Control: "go to sleep")',
  },
];

export const COMMAND_LABELS: Record<CommandId, string> = Object.fromEntries(
  COMMANDS.map((command) => [command.id, command.say[0] ?? command.id]),
) as Record<CommandId, string>;

/**
 * The magnifier's keyboard shortcuts: pure mapping from a key press to an
 * action, and the list the help panel shows (from the same data, so they
 * cannot drift apart).
 *
 * Why these keys: Windows Magnifier's own keys (Windows + plus, Ctrl + Alt + …)
 * belong to the operating system, and Ctrl + plus is the browser's zoom.
 * Screen readers use Insert or Caps Lock (NVDA, JAWS) and Ctrl + Option
 * (VoiceOver) as their modifier, and single letters in browse mode, so the
 * tool's shortcuts use Alt + Shift and act only while focus is inside the
 * tool. Chrome's own Alt + Shift keys (I feedback, T toolbar, B bookmarks,
 * A notifications) are avoided. Plain +, − and arrow keys act only while the
 * "Magnified view" itself has focus, where they have no other meaning.
 */

export type MagnifierAction =
  | { type: 'zoom'; direction: 1 | -1 }
  | { type: 'next-mode' }
  | { type: 'toggle-invert' }
  | { type: 'move'; dx: number; dy: number }
  | { type: 'close-lens' };

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** How far one arrow press moves the view, in scene pixels (before zoom); Shift makes it bigger. */
export const MOVE_STEP = 40;
export const MOVE_STEP_LARGE = 160;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Alt + Shift shortcuts, anywhere inside the tool. Keyed by physical key so layouts and Shift do not change them. */
export function toolShortcut(event: KeyLike): MagnifierAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  switch (event.code) {
    case 'Equal':
    case 'NumpadAdd':
      return { type: 'zoom', direction: 1 };
    case 'Minus':
    case 'NumpadSubtract':
      return { type: 'zoom', direction: -1 };
    case 'KeyM':
      return { type: 'next-mode' };
    case 'KeyC':
      return { type: 'toggle-invert' };
  }
  const arrow = ARROWS[event.key];
  return arrow ? { type: 'move', dx: arrow[0] * MOVE_STEP, dy: arrow[1] * MOVE_STEP } : null;
}

/** Plain keys while the "Magnified view" has focus. */
export function viewKey(event: KeyLike): MagnifierAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd') {
    return { type: 'zoom', direction: 1 };
  }
  if (event.key === '-' || event.code === 'NumpadSubtract') return { type: 'zoom', direction: -1 };
  if (event.key === 'Escape') return { type: 'close-lens' };
  const arrow = ARROWS[event.key];
  if (!arrow) return null;
  const step = event.shiftKey ? MOVE_STEP_LARGE : MOVE_STEP;
  return { type: 'move', dx: arrow[0] * step, dy: arrow[1] * step };
}

/** What the help panel lists, in the order a person needs them. */
export const SHORTCUT_HELP: readonly { keys: string[]; action: string; where: string }[] = [
  { keys: ['Alt', 'Shift', '='], action: 'Zoom in', where: 'anywhere in the magnifier' },
  { keys: ['Alt', 'Shift', '-'], action: 'Zoom out', where: 'anywhere in the magnifier' },
  {
    keys: ['Alt', 'Shift', 'M'],
    action: 'Next mode (Lens, Full screen, Docked)',
    where: 'anywhere in the magnifier',
  },
  {
    keys: ['Alt', 'Shift', 'C'],
    action: 'Invert colours on or off',
    where: 'anywhere in the magnifier',
  },
  {
    keys: ['Alt', 'Shift', 'Arrow keys'],
    action: 'Move the lens or pan the view',
    where: 'anywhere in the magnifier',
  },
  { keys: ['+'], action: 'Zoom in', where: 'when the magnified view has focus' },
  { keys: ['-'], action: 'Zoom out', where: 'when the magnified view has focus' },
  {
    keys: ['Arrow keys'],
    action: 'Move the lens or pan the view (with Shift: further)',
    where: 'when the magnified view has focus',
  },
  { keys: ['Escape'], action: 'Close the lens', where: 'anywhere in the magnifier' },
];

/**
 * The "Main" navigation, in the order the UI contract gives. A tool appears
 * here only once it is built: no dead links, no "coming soon".
 */
export const NAV_ITEMS: readonly { href: string; label: string }[] = [
  { href: '/exercises', label: 'Exercises' },
  { href: '/tools/dictation', label: 'Dictation' },
  { href: '/tools/read-aloud', label: 'Read aloud' },
  { href: '/tools/magnifier', label: 'Magnifier' },
  { href: '/tools/vision', label: 'Vision simulator' },
  { href: '/tools/captions', label: 'Live captions' },
  { href: '/tools/symbols', label: 'Symbols' },
  { href: '/progress', label: 'Progress' },
  { href: '/settings', label: 'Settings' },
  { href: '/trainer', label: 'For trainers' },
];

/**
 * The "Main" navigation, in the order the UI contract gives. A tool appears
 * here only once it is built: no dead links, no "coming soon".
 */
export const NAV_ITEMS: readonly { href: string; label: string }[] = [
  { href: '/exercises', label: 'Exercises' },
  { href: '/progress', label: 'Progress' },
  { href: '/settings', label: 'Settings' },
];

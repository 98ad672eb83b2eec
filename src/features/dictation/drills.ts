/** Practice passages for free practice on the tool page (exercises bring their own). */
export interface Drill {
  id: string;
  title: string;
  passage: string;
}

export const DRILLS: readonly Drill[] = [
  {
    id: 'weather',
    title: 'A short sentence about the weather',
    passage: 'It rained all morning, so we stayed inside.',
  },
  {
    id: 'science',
    title: 'Year 5 science: the water cycle',
    passage:
      'Water evaporates from the sea. The vapour rises, cools and condenses into clouds. When the droplets are heavy enough, they fall as rain.',
  },
  {
    id: 'letter',
    title: 'A note home about a school trip',
    passage:
      'Dear parents and carers,\n\nOn Friday, Year 3 will visit the Natural History Museum. Please send a packed lunch and a waterproof coat.',
  },
];

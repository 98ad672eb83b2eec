/**
 * The simulated conditions: names (UI contract), first-person descriptions
 * and what helps. Descriptions are written with respect, in the first
 * person, as one person might describe their own sight; every simulation is
 * labelled an approximation in the UI.
 */
import {
  CONDITION_IDS,
  type ConditionId,
  isConditionId,
  type SupportId,
} from '../../domain/vision/conditions';

// The ids live in domain, where the practice events and exercise checks use them too.
export { CONDITION_IDS, type ConditionId, isConditionId, type SupportId };

export const SUPPORT_LABELS: Record<SupportId, string> = {
  'larger-text': 'Larger text',
  contrast: 'Higher contrast',
  'key-words': 'Add words to the colour key',
  magnifier: 'Open the magnifier',
  'read-aloud': 'Open read aloud',
};

export interface Condition {
  id: ConditionId;
  /** The option's name in the "Simulated condition" select (UI contract). */
  label: string;
  /** A short first-person description. */
  description: string;
  /** What the simulation shows and what it leaves out. */
  approximation: string;
  /** What tends to help, best first. */
  supports: readonly SupportId[];
}

export const CONDITIONS: readonly Condition[] = [
  {
    id: 'none',
    label: 'None',
    description: 'No simulation: the scene as it is.',
    approximation: '',
    supports: [],
  },
  {
    id: 'blur',
    label: 'Blurred vision',
    description:
      'Small print runs together for me, and I cannot read the board from my seat. Bigger, bolder text and sitting closer make the difference.',
    approximation:
      'Blur calculated from visual acuity (Snellen 6/6 to 6/60) at 50 cm from the screen. Real low vision also changes contrast, glare and how tired the eyes get.',
    supports: ['larger-text', 'magnifier', 'contrast'],
  },
  {
    id: 'central-loss',
    label: 'Central vision loss',
    description:
      'Where I look straight at something there is a smudge, so I look slightly to one side to read. Faces and small words are hardest.',
    approximation:
      'A grey patch where you look, sized in degrees at 50 cm. It follows your pointer or keyboard focus. Real scotomas are often patchy, and the brain fills in the gap, so people may not notice it themselves.',
    supports: ['magnifier', 'larger-text', 'read-aloud'],
  },
  {
    id: 'tunnel',
    label: 'Tunnel vision',
    description:
      'I see clearly in the middle but not around the edges, so I move my eyes and head a lot to find things. Busy pages and crowded corridors take me longer.',
    approximation:
      'Only a circle around where you look stays visible, sized in degrees at 50 cm. It follows your pointer or keyboard focus. Real field loss is rarely a perfect circle.',
    supports: ['read-aloud', 'contrast'],
  },
  {
    id: 'cataract',
    label: 'Cataract',
    description:
      'Everything looks misty and a bit yellow, and bright light makes a glare that washes things out. Strong contrast and light from behind me help.',
    approximation:
      'Blur, lower contrast, yellowing and a glare. Real cataracts vary a lot, and glare depends on the lighting in the room.',
    supports: ['contrast', 'larger-text', 'magnifier'],
  },
  {
    id: 'protanopia',
    label: 'Protanopia',
    description:
      'Reds look dark and brownish to me, and red and green can look the same. I go by labels, words and position rather than colour.',
    approximation:
      'Colour calculated with the Machado, Oliveira and Fernandes (2009) model; lower severity is protanomaly. Screens, lighting and each person differ.',
    supports: ['key-words'],
  },
  {
    id: 'deuteranopia',
    label: 'Deuteranopia',
    description:
      'Greens, reds and browns look alike to me, especially in small areas like a key on a worksheet. Tell me the words, not just the colour.',
    approximation:
      'Colour calculated with the Machado, Oliveira and Fernandes (2009) model; lower severity is deuteranomaly, the most common form.',
    supports: ['key-words'],
  },
  {
    id: 'tritanopia',
    label: 'Tritanopia',
    description:
      'Blues and greens, and yellows and pinks, are hard for me to tell apart. It is rare, so people often do not think of it.',
    approximation:
      'Colour calculated with the Machado, Oliveira and Fernandes (2009) model; lower severity is tritanomaly.',
    supports: ['key-words'],
  },
  {
    id: 'achromatopsia',
    label: 'Achromatopsia',
    description:
      'I see no colour at all, only light and dark, and bright light is uncomfortable, so I often wear tinted glasses. Fine detail is hard too.',
    approximation:
      'Colours become shades of grey by their brightness, with blur from reduced acuity. Light sensitivity cannot be shown on a screen.',
    supports: ['key-words', 'larger-text', 'magnifier'],
  },
  {
    id: 'hemianopia',
    label: 'Hemianopia',
    description:
      'After my stroke I cannot see one side of what I look at. I lose my place at the start or end of lines, and I turn my head to check that side.',
    approximation:
      'Half of the view beside where you look is hidden. It follows your pointer or keyboard focus. The brain does not show a dark half: things on that side are simply not noticed.',
    supports: ['read-aloud', 'larger-text'],
  },
];

export function conditionById(id: string): Condition {
  return CONDITIONS.find((condition) => condition.id === id) ?? (CONDITIONS[0] as Condition);
}

/**
 * The app's glossary: one plain definition for each technical term an
 * exercise uses, so that a term is explained where it first appears (the
 * exercise page lists the ones it uses, in a disclosure next to the scenario).
 */
export interface GlossaryEntry {
  /** Kebab-case anchor, stable for links. */
  id: string;
  term: string;
  /** Ways the term is written in exercises, matched as whole words. */
  forms: readonly string[];
  /** Case matters for abbreviations ("AAC"), not for words ("Protanopia"). */
  caseSensitive?: boolean;
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'aac',
    term: 'AAC',
    forms: ['AAC'],
    caseSensitive: true,
    definition:
      'Augmentative and alternative communication: ways to communicate other than speech, such as symbol boards, signing or a speech-generating device.',
  },
  {
    id: 'access-arrangements',
    term: 'access arrangements',
    forms: ['access arrangements', 'access arrangement'],
    definition:
      'Agreed changes to an exam for a candidate with a need, such as a reader, a scribe, a word processor or extra time, approved under the JCQ rules before the exam.',
  },
  {
    id: 'achromatopsia',
    term: 'achromatopsia',
    forms: ['achromatopsia'],
    definition:
      'A rare condition in which the eye has little or no working colour vision, usually with low acuity and strong sensitivity to light.',
  },
  {
    id: 'bsl',
    term: 'BSL',
    forms: ['BSL', 'British Sign Language'],
    caseSensitive: true,
    definition:
      'British Sign Language: the language of the Deaf community in the UK, with its own grammar; not English on the hands.',
  },
  {
    id: 'cataract',
    term: 'cataract',
    forms: ['cataract', 'cataracts'],
    definition:
      'A clouding of the lens inside the eye, which makes sight blurred, dimmer and more troubled by glare.',
  },
  {
    id: 'cer',
    term: 'CER',
    forms: ['CER', 'character error rate'],
    caseSensitive: true,
    definition:
      'Character error rate: the share of letters OCR or recognition got wrong, counted against the real text (lower is better).',
  },
  {
    id: 'cpd',
    term: 'CPD',
    forms: ['CPD'],
    caseSensitive: true,
    definition:
      'Continuing professional development: the training and practice staff record to keep their skills up to date.',
  },
  {
    id: 'deuteranopia',
    term: 'deuteranopia',
    forms: ['deuteranopia', 'deuteranomaly'],
    definition:
      'A colour vision deficiency in which the green-sensitive cones are missing (deuteranopia) or work differently (deuteranomaly, the most common form), so reds and greens are confused.',
  },
  {
    id: 'dysgraphia',
    term: 'dysgraphia',
    forms: ['dysgraphia'],
    definition:
      'A specific difficulty with the physical act of writing and with putting thoughts into written words.',
  },
  {
    id: 'dyslexia',
    term: 'dyslexia',
    forms: ['dyslexia'],
    definition:
      'A specific learning difficulty that mainly affects reading and spelling words accurately and fluently.',
  },
  {
    id: 'eal',
    term: 'EAL',
    forms: ['EAL', 'English as an additional language'],
    caseSensitive: true,
    definition:
      'English as an additional language: a pupil whose first language is not English. Learning English is not in itself a special educational need (SEND Code of Practice 6.24).',
  },
  {
    id: 'ehcp',
    term: 'EHCP',
    forms: ['EHCP', 'EHC plan', 'education, health and care plan'],
    caseSensitive: true,
    definition:
      'Education, health and care plan: a legal document for a child or young person up to 25 that sets out their needs and the support they must receive.',
  },
  {
    id: 'educational-psychologist',
    term: 'educational psychologist',
    forms: ['educational psychologist'],
    definition:
      'A psychologist who assesses how a child learns and advises the school and family on why learning is hard and what will help.',
  },
  {
    id: 'eyfs',
    term: 'EYFS',
    forms: ['EYFS', 'early years foundation stage'],
    caseSensitive: true,
    definition:
      'The early years foundation stage: the framework for learning and care from birth to the end of Reception.',
  },
  {
    id: 'hemianopia',
    term: 'hemianopia',
    forms: ['hemianopia'],
    definition:
      'Loss of the same half of the field of view in both eyes (left or right), often after a stroke or brain injury.',
  },
  {
    id: 'inset',
    term: 'INSET',
    forms: ['INSET'],
    caseSensitive: true,
    definition: 'In-service training: a training session or day for school staff.',
  },
  {
    id: 'interim-result',
    term: 'interim result',
    forms: ['interim result', 'interim results', 'interim'],
    definition:
      'A quick guess the speech recogniser shows while someone is still speaking; it may change before the final result is typed.',
  },
  {
    id: 'logmar',
    term: 'logMAR',
    forms: ['logMAR'],
    caseSensitive: true,
    definition:
      'A scale for visual acuity: 0.0 is typical sight (6/6) and each 0.1 is one line worse on the chart; 1.0 is 6/60.',
  },
  {
    id: 'ocr',
    term: 'OCR',
    forms: ['OCR', 'optical character recognition'],
    caseSensitive: true,
    definition:
      'Optical character recognition: software that finds printed words in a photo or scan and turns them into text that can be read aloud or edited.',
  },
  {
    id: 'protanopia',
    term: 'protanopia',
    forms: ['protanopia', 'protanomaly'],
    definition:
      'A colour vision deficiency in which the red-sensitive cones are missing (protanopia) or work differently (protanomaly), so reds look darker and are confused with greens.',
  },
  {
    id: 'qtvi',
    term: 'QTVI',
    forms: [
      'QTVI',
      'qualified teacher of the visually impaired',
      'qualified teacher of visual impairment',
    ],
    caseSensitive: true,
    definition:
      'Qualified teacher of the visually impaired: a specialist teacher who assesses how a pupil uses their sight and advises on print size, equipment and support.',
  },
  {
    id: 'retinitis-pigmentosa',
    term: 'retinitis pigmentosa',
    forms: ['retinitis pigmentosa'],
    definition:
      'An inherited eye condition that slowly narrows the field of view, often starting with poor sight in dim light.',
  },
  {
    id: 'salt',
    term: 'speech and language therapist',
    forms: ['speech and language therapist', 'SaLT', 'SALT'],
    definition:
      'A specialist who assesses and supports speech, language, communication and swallowing, and advises staff on what helps a pupil.',
  },
  {
    id: 'senco',
    term: 'SENCO',
    forms: ['SENCO', 'SENCo', 'special educational needs co-ordinator'],
    caseSensitive: true,
    definition:
      'Special educational needs co-ordinator: the teacher who organises support for pupils with SEND in a school or setting.',
  },
  {
    id: 'send',
    term: 'SEND',
    forms: ['SEND'],
    caseSensitive: true,
    definition:
      'Special educational needs and disabilities: a learning difficulty or disability that calls for special educational provision (SEND Code of Practice, 2015).',
  },
  {
    id: 'snellen',
    term: 'Snellen',
    forms: ['Snellen', '6/6'],
    definition:
      'The eye chart fraction such as 6/24: the person reads at 6 metres what typical sight reads at 24 metres. 6/6 is typical sight.',
  },
  {
    id: 'teacher-of-the-deaf',
    term: 'Teacher of the Deaf',
    forms: ['Teacher of the Deaf', 'ToD'],
    definition:
      'A qualified specialist teacher for deaf children, who advises on hearing technology, listening conditions and communication.',
  },
  {
    id: 'tritanopia',
    term: 'tritanopia',
    forms: ['tritanopia', 'tritanomaly'],
    definition:
      'A rare colour vision deficiency in which the blue-sensitive cones are missing or work differently, so blues and greens, and yellows and pinks, are confused.',
  },
  {
    id: 'visual-acuity',
    term: 'visual acuity',
    forms: ['acuity'],
    definition:
      'How much detail the eye can see, measured on an eye chart as a Snellen fraction (6/12) or logMAR (0.3).',
  },
  {
    id: 'visual-stress',
    term: 'visual stress',
    forms: ['visual stress'],
    definition:
      'Discomfort when reading, such as words seeming to shimmer or move; tints can help some people, and an eye examination comes first.',
  },
  {
    id: 'wer',
    term: 'WER',
    forms: ['WER', 'word error rate'],
    caseSensitive: true,
    definition:
      'Word error rate: the share of words recognition or OCR got wrong against the real text; "word accuracy" here is 100% minus it.',
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const patterns = GLOSSARY.map((entry) => ({
  entry,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${entry.forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    entry.caseSensitive ? 'u' : 'iu',
  ),
}));

/** The glossary entries whose terms appear in `texts`, in the order they first appear. */
export function glossaryFor(texts: readonly string[]): GlossaryEntry[] {
  const text = texts.join('\n');
  return patterns
    .map(({ entry, pattern }) => ({ entry, at: text.search(pattern) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => entry);
}

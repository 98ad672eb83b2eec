/**
 * The sample worksheets that ship in public/samples/, made by
 * scripts/make-samples.ts (which also writes each one's known text beside it,
 * as <id>.txt, for the accuracy tests and the benchmark).
 */
export interface SampleWorksheet {
  id: string;
  /** What the person sees in the "Sample worksheets" list. */
  title: string;
  /** File name inside public/samples/. */
  file: string;
  /** What this sample teaches about OCR. */
  lesson: string;
}

export const SAMPLE_WORKSHEETS: readonly SampleWorksheet[] = [
  {
    id: 'clean-worksheet',
    title: 'Year 5 science worksheet (clean printed page)',
    file: 'clean-worksheet.png',
    lesson: 'A clean, straight, printed page: OCR usually gets almost every word right.',
  },
  {
    id: 'phone-photo',
    title: 'The same worksheet photographed on a phone (tilted, uneven light)',
    file: 'phone-photo.jpg',
    lesson: 'A tilted, shadowed photo: look out for mis-read words and check them.',
  },
  {
    id: 'two-columns',
    title: 'Year 4 history page in two columns',
    file: 'two-columns.png',
    lesson:
      'Two columns: OCR often reads straight across both, mixing the columns up. Check the order.',
  },
  {
    id: 'table-headings',
    title: 'Year 6 maths timetable with a table and large headings',
    file: 'table-headings.png',
    lesson: 'A table: OCR reads it row by row, so a pupil hears each row as a sentence.',
  },
  {
    id: 'pdf-handout',
    title: 'Two-page PDF handout (Year 10 geography)',
    file: 'pdf-handout.pdf',
    lesson: 'A PDF made on a computer holds its own text: it is read exactly, with no OCR.',
  },
];

// The texts of the OCR corpus (scripts/make-corpus.ts): school worksheets of
// different kinds, each with its known text in reading order. The last three
// are HELD OUT: no pipeline parameter was chosen while looking at them, so
// the benchmark reports them apart as the honest figure.

export type Block =
  | { kind: 'h1' | 'h2' | 'p'; text: string }
  | { kind: 'ul'; items: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'columns'; left: Block[]; right: Block[] };

export interface CorpusText {
  id: string;
  heldOut: boolean;
  blocks: Block[];
}

export const TEXTS: CorpusText[] = [
  {
    id: 'water',
    heldOut: false,
    blocks: [
      { kind: 'h1', text: 'The Water Cycle' },
      { kind: 'h2', text: 'Year 5 Science' },
      {
        kind: 'p',
        text: 'The water on our planet is used again and again. It moves in a cycle that never stops.',
      },
      {
        kind: 'p',
        text: 'Evaporation: the Sun warms water in seas, rivers and puddles. The water turns into an invisible gas called water vapour.',
      },
      {
        kind: 'p',
        text: 'Condensation: the vapour rises, cools and turns back into tiny drops of water. The drops join together to make clouds.',
      },
      {
        kind: 'p',
        text: 'Question: Where does the water in a puddle go on a sunny day? Explain your answer in two sentences.',
      },
    ],
  },
  {
    id: 'letter',
    heldOut: false,
    blocks: [
      { kind: 'h1', text: 'Letter to Parents' },
      { kind: 'p', text: 'Dear Parents and Carers,' },
      {
        kind: 'p',
        text: "Next Thursday our class will visit the museum in town. The coach leaves school at nine o'clock and returns by half past three. Please make sure your child brings a packed lunch, a drink and a warm coat.",
      },
      {
        kind: 'p',
        text: 'If your child needs any medicine during the day, please tell the class teacher before the trip. Thank you for your help.',
      },
      { kind: 'p', text: 'Mrs Patel, Year 3 Teacher' },
    ],
  },
  {
    id: 'plants',
    heldOut: false,
    blocks: [
      { kind: 'h1', text: 'Growing Bean Plants' },
      { kind: 'h2', text: 'What you need' },
      {
        kind: 'ul',
        items: [
          'a clear plastic cup',
          'some cotton wool',
          'three broad bean seeds',
          'a little water',
        ],
      },
      { kind: 'h2', text: 'What to do' },
      {
        kind: 'p',
        text: 'Press the cotton wool into the cup and wet it. Push the seeds between the cotton wool and the side of the cup so you can see them. Put the cup on a sunny windowsill and keep the cotton wool damp. Draw your seeds every two days and write down what has changed.',
      },
    ],
  },
  {
    id: 'rivers',
    heldOut: false,
    blocks: [
      { kind: 'h1', text: 'Rivers of the World' },
      {
        kind: 'p',
        text: 'A river begins at its source, often high in the hills where rain and melting snow collect. Small streams join together and the river grows wider as it flows towards the sea.',
      },
      {
        kind: 'p',
        text: 'The Nile in Africa is one of the longest rivers on Earth. The Amazon in South America carries more water than any other river. In Britain the longest river is the Severn, which flows through Wales and England.',
      },
      {
        kind: 'p',
        text: 'Where a river meets the sea is called its mouth. Many towns and cities were built beside rivers because people needed fresh water, food and a way to travel.',
      },
    ],
  },
  {
    id: 'romans',
    heldOut: false,
    blocks: [
      { kind: 'h1', text: 'The Romans in Britain' },
      { kind: 'h2', text: 'Year 4 History' },
      {
        kind: 'columns',
        left: [
          {
            kind: 'p',
            text: 'The Romans invaded Britain in AD 43. Their army was well trained and had strong armour and shields.',
          },
          {
            kind: 'p',
            text: 'They built straight roads so that soldiers could march quickly from one town to the next.',
          },
        ],
        right: [
          {
            kind: 'p',
            text: 'The Romans also built towns with baths, temples and markets. Many towns, such as Chester and Bath, began as Roman forts.',
          },
          {
            kind: 'p',
            text: 'Hadrian built a long wall across the north of England to guard the border.',
          },
        ],
      },
    ],
  },
  {
    id: 'club',
    heldOut: false,
    blocks: [
      { kind: 'h1', text: 'Maths Club' },
      { kind: 'h2', text: 'Spring Term Timetable' },
      {
        kind: 'table',
        rows: [
          ['Day', 'Time', 'Room', 'Topic'],
          ['Monday', '3:15 pm', 'Room 6', 'Fractions'],
          ['Wednesday', '3:15 pm', 'Library', 'Times tables'],
          ['Friday', '12:30 pm', 'Hall', 'Maths games'],
        ],
      },
      { kind: 'p', text: 'Please bring a pencil, a ruler and your reading record.' },
    ],
  },
  {
    id: 'space',
    heldOut: true,
    blocks: [
      { kind: 'h1', text: 'Our Solar System' },
      {
        kind: 'p',
        text: 'The Sun is a star at the centre of our solar system. Eight planets travel around it, each on its own path called an orbit.',
      },
      {
        kind: 'ul',
        items: [
          'Mercury is the smallest planet and the closest to the Sun.',
          'Venus is the hottest planet because its thick clouds trap heat.',
          'Jupiter is so large that all the other planets could fit inside it.',
          'Neptune is cold and windy and takes 165 years to go round the Sun.',
        ],
      },
      { kind: 'p', text: 'Which planet would you like to visit, and why?' },
    ],
  },
  {
    id: 'fox',
    heldOut: true,
    blocks: [
      { kind: 'h1', text: 'The Clever Fox' },
      {
        kind: 'p',
        text: 'Once upon a time, at the edge of a quiet village, there lived a fox who was always hungry. Every evening she crept past the farmyard, looking for something to eat.',
      },
      {
        kind: 'p',
        text: 'One night she noticed that the farmer had forgotten to close the gate. Instead of rushing in, she sat down and thought carefully about what might happen next.',
      },
      {
        kind: 'p',
        text: 'What do you think the fox decided to do? Write the next part of the story in your own words.',
      },
    ],
  },
  {
    id: 'bus',
    heldOut: true,
    blocks: [
      { kind: 'h1', text: 'School Trip Plan' },
      {
        kind: 'table',
        rows: [
          ['Group', 'Leader', 'Bus', 'Leaves'],
          ['Robins', 'Mr Jones', 'Blue', '9:05 am'],
          ['Owls', 'Ms Green', 'Red', '9:10 am'],
          ['Eagles', 'Mrs Khan', 'Green', '9:20 am'],
        ],
      },
      { kind: 'p', text: 'Every pupil must wear a school jumper and carry a water bottle.' },
    ],
  },
];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function html(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'table') {
        const [head = [], ...body] = block.rows;
        return `<table><thead><tr>${head.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${body
          .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
      }
      if (block.kind === 'ul') {
        return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      }
      if (block.kind === 'columns') {
        return `<div class="columns"><div>${html(block.left)}</div><div>${html(block.right)}</div></div>`;
      }
      return `<${block.kind}>${escapeHtml(block.text)}</${block.kind}>`;
    })
    .join('\n');
}

/** Known text in reading order: a line per heading, paragraph, list item and table row. */
export function knownText(blocks: Block[]): string {
  return blocks
    .flatMap((block) => {
      if (block.kind === 'table') return block.rows.map((row) => row.join(' '));
      if (block.kind === 'ul') return block.items;
      if (block.kind === 'columns') return [knownText(block.left), knownText(block.right)];
      return [block.text];
    })
    .join('\n');
}

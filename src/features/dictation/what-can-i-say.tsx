import { memo, useId } from 'react';
import { COMMANDS } from './commands';

/** Every command, with what to say in the dictation tools staff use in school. */
export const WhatCanISay = memo(function WhatCanISay({ level }: { level: 2 | 3 }) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <details className="dictation-details">
      <summary>What can I say?</summary>
      <Heading id={`${id}-heading`} className="visually-hidden">
        What can I say?
      </Heading>
      <p>
        Commands work when the recognition language is English. Say them as part of a sentence or on
        their own. In other tools the words are a little different: the table shows what to say
        there so that practice here carries over.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways at narrow widths must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="dictation-table-wrap" aria-label="Commands table" tabIndex={0}>
        <table className="dictation-commands" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">Say here</th>
              <th scope="col">What it does</th>
              <th scope="col">Windows voice typing</th>
              <th scope="col">Google Docs voice typing</th>
              <th scope="col">Apple Dictation</th>
            </tr>
          </thead>
          <tbody>
            {COMMANDS.map((command) => (
              <tr key={command.id}>
                <th scope="row">
                  {command.say.map((say, i) => (
                    <span key={say}>
                      {i > 0 && ' or '}“{say}”
                    </span>
                  ))}
                </th>
                <td>{command.does}</td>
                <td>{command.windows}</td>
                <td>{command.googleDocs}</td>
                <td>{command.apple}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="hint">
        Windows voice typing opens with Windows key + H; Google Docs voice typing is in the Tools
        menu (Chrome only); Apple Dictation starts by pressing the Control key twice or the
        microphone key. Their command lists change between versions: check each product's help if a
        command does nothing.
      </p>
    </details>
  );
});

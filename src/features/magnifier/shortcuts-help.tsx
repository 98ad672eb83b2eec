import { Fragment, useId, useState } from 'react';
import { SHORTCUT_HELP } from './magnifier-keys';

/** A disclosure listing the keyboard shortcuts, from the same data the key handler uses. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="magnifier-help">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Keyboard shortcuts
      </button>
      <div id={id} hidden={!open} className="magnifier-help__panel">
        <p>
          These keys work while keyboard focus is inside the magnifier (its controls, the magnified
          view or the practice scene). They avoid the keys that browsers and screen readers use.
        </p>
        <table className="magnifier-help__table">
          <caption className="visually-hidden">Magnifier keyboard shortcuts</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUT_HELP.map((shortcut) => (
              <tr key={`${shortcut.keys.join('+')}-${shortcut.where}`}>
                <td>
                  {shortcut.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && ' + '}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{shortcut.action}</td>
                <td>{shortcut.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

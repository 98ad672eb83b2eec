import { it } from 'vitest';

/**
 * Where one side of a contract is known not to keep it: the test's title, and what that side
 * does instead. Such a test is expected to fail on that side (`it.fails`), and says why in its
 * name; once the side is put right it passes, the run goes red, and the entry must go.
 */
export type KnownDrift = Record<string, string>;

export function contractIt(drift: KnownDrift = {}) {
  return (title: string, test: () => Promise<void>, timeout?: number) => {
    const why = drift[title];
    if (why) it.fails(`${title} (KNOWN DRIFT, this side: ${why})`, test, timeout);
    else it(title, test, timeout);
  };
}

import type { Page } from 'playwright-core';

type Driver = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * A driver whose every call runs in the page, on `window.contracts[name]`:
 * arguments and results cross as plain data (structured clone).
 */
export function remoteDriver<T extends Driver>(page: () => Page, name: string): T {
  return new Proxy({} as T, {
    get:
      (_, method: string) =>
      (...args: unknown[]) =>
        page().evaluate(
          ([n, m, a]) => {
            const all = (window as unknown as { contracts: Record<string, Driver> }).contracts;
            const driver = all[n] as Record<string, (...args: unknown[]) => Promise<unknown>>;
            return (driver[m] as (...args: unknown[]) => Promise<unknown>)(...a);
          },
          [name, method, args] as const,
        ),
  });
}

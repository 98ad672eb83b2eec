import type { BaseLocationHook } from 'wouter';

/** Longer than any address the app makes (its longest is an exercise id): a few KB at most. */
export const MAX_ADDRESS_CHARS = 2048;

/** Where an over-long address is sent: no route matches it, so "Page not found" is shown. */
export const TOO_LONG_ADDRESS = '/address-too-long';

/**
 * The location, refused quickly when it is far longer than any real address:
 * a 1 MB hash otherwise went through route matching and onto the page (8 s).
 */
export function boundedLocation(hook: BaseLocationHook): BaseLocationHook {
  return (...args) => {
    const [location, navigate] = hook(...args) as [string, (...a: unknown[]) => void];
    return [location.length > MAX_ADDRESS_CHARS ? TOO_LONG_ADDRESS : location, navigate];
  };
}

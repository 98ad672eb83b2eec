/**
 * Settles with the promise, or rejects with `timeoutError()` after `ms`:
 * browsers do fail to answer (no `end`, no IndexedDB callback, a worker that
 * never starts), and no engine may wait forever.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  timeoutError: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(timeoutError()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

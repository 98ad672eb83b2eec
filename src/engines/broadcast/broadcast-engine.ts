/**
 * Messages between tabs and windows of the same browser and origin: the
 * storage layer keeps tabs in step with it, and the captions pupil view
 * follows the teacher's window with it. Nothing leaves the device.
 */
export interface BroadcastPort {
  /** Sends to every other port of the same name (never back to this one), as BroadcastChannel does. */
  post(message: unknown): void;
  /** Calls `listener` for each message from another port; returns the unsubscribe. */
  subscribe(listener: (message: unknown) => void): () => void;
  close(): void;
}

export interface BroadcastEngine {
  /** False where the browser has no BroadcastChannel: ports then reach no one. */
  readonly available: boolean;
  open(name: string): BroadcastPort;
}

function portOver(
  send: (message: unknown) => void,
  listen: (handler: (message: unknown) => void) => () => void,
  close: () => void,
): BroadcastPort {
  const listeners = new Set<(message: unknown) => void>();
  const stop = listen((message) => {
    for (const listener of [...listeners]) listener(message);
  });
  let closed = false;
  return {
    post(message) {
      if (!closed) send(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      stop();
      close();
    },
  };
}

/** The real one: `BroadcastChannel`, structured-clone messages. */
export function createBrowserBroadcast(win: Window = window): BroadcastEngine {
  const Channel = (win as Window & { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (!Channel) return createMemoryBus().engine();
  return {
    available: true,
    open(name) {
      const channel = new Channel(name);
      return portOver(
        (message) => channel.postMessage(message),
        (handler) => {
          const onMessage = (event: MessageEvent) => handler(event.data);
          channel.addEventListener('message', onMessage);
          return () => channel.removeEventListener('message', onMessage);
        },
        () => channel.close(),
      );
    },
  };
}

/**
 * A shared in-memory bus: every engine made from one bus is a "tab", and their
 * ports of the same name reach each other (asynchronously, as the real channel
 * does). Messages are cloned so no tab shares an object with another.
 */
export function createMemoryBus() {
  const ports = new Map<string, Set<(message: unknown) => void>>();
  return {
    engine(): BroadcastEngine {
      return {
        available: true,
        open(name) {
          const peers = ports.get(name) ?? new Set();
          ports.set(name, peers);
          let self: ((message: unknown) => void) | null = null;
          return portOver(
            (message) => {
              const copy = structuredClone(message);
              for (const peer of [...peers]) {
                if (peer !== self) queueMicrotask(() => peer(copy));
              }
            },
            (handler) => {
              self = handler;
              peers.add(handler);
              return () => peers.delete(handler);
            },
            () => {},
          );
        },
      };
    },
  };
}

/** A fake for a single tab: ports reach no one. */
export function createMemoryBroadcast(): BroadcastEngine {
  return createMemoryBus().engine();
}

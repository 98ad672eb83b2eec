import { afterEach, describe, expect, it } from 'vitest';
import {
  type BroadcastEngine,
  createBrowserBroadcast,
  createMemoryBroadcast,
  createMemoryBus,
} from '../../src/engines/broadcast/broadcast-engine';

/** Waits until `check` passes: the real channel delivers on a later task, not at once. */
async function eventually(check: () => void) {
  for (let i = 0; i < 100; i += 1) {
    try {
      check();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  check();
}
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 30));

/**
 * One contract for both: the in-memory bus (each engine a "tab"), and the
 * real BroadcastChannel (Node's own, the same API the browser has).
 */
const makers: [string, () => () => BroadcastEngine][] = [
  [
    'memory bus',
    () => {
      const bus = createMemoryBus();
      return () => bus.engine();
    },
  ],
  [
    'BroadcastChannel',
    () => () => createBrowserBroadcast({ BroadcastChannel } as unknown as Window),
  ],
];

describe.each(makers)('broadcast contract: %s', (_name, makeBrowser) => {
  const opened: { close(): void }[] = [];
  const open = (engine: BroadcastEngine, name: string) => {
    const port = engine.open(name);
    opened.push(port);
    return port;
  };
  afterEach(() => {
    for (const port of opened.splice(0)) port.close();
  });

  it('reaches every other tab on the same channel, never the sender, never another channel', async () => {
    const tab = makeBrowser();
    const [one, two, three] = [tab(), tab(), tab()];
    expect(one.available).toBe(true);
    const sender = open(one, 'contract-a');
    const heard: Record<string, unknown[]> = { self: [], two: [], three: [], other: [] };
    sender.subscribe((m) => heard.self?.push(m));
    open(two, 'contract-a').subscribe((m) => heard.two?.push(m));
    open(three, 'contract-a').subscribe((m) => heard.three?.push(m));
    open(two, 'contract-b').subscribe((m) => heard.other?.push(m));
    sender.post({ type: 'record', rev: 2 });
    await eventually(() => {
      expect(heard.two).toEqual([{ type: 'record', rev: 2 }]);
      expect(heard.three).toEqual([{ type: 'record', rev: 2 }]);
    });
    await aWhile();
    expect(heard.self).toEqual([]);
    expect(heard.other).toEqual([]);
  });

  it('delivers a copy, later, not the sender’s object at once', async () => {
    const tab = makeBrowser();
    const [one, two] = [tab(), tab()];
    const received: { list: number[] }[] = [];
    open(two, 'contract-c').subscribe((m) => received.push(m as { list: number[] }));
    const message = { list: [1] };
    open(one, 'contract-c').post(message);
    expect(received).toEqual([]);
    message.list.push(2);
    await eventually(() => expect(received).toHaveLength(1));
    expect(received[0]).not.toBe(message);
  });

  it('a closed port neither sends nor hears; an unsubscribed listener hears nothing', async () => {
    const tab = makeBrowser();
    const [one, two] = [tab(), tab()];
    const heard: unknown[] = [];
    const gone: unknown[] = [];
    const listener = open(two, 'contract-d');
    listener.subscribe((m) => heard.push(m));
    const stop = listener.subscribe((m) => gone.push(m));
    stop();
    const closed = open(one, 'contract-d');
    const live = open(one, 'contract-d');
    closed.close();
    closed.post('from a closed port');
    live.post('hello');
    await eventually(() => expect(heard).toEqual(['hello']));
    await aWhile();
    expect(heard).toEqual(['hello']);
    expect(gone).toEqual([]);
  });
});

describe('broadcast fakes and fallbacks', () => {
  it('a single-tab fake reaches no one', async () => {
    const engine = createMemoryBroadcast();
    const heard: unknown[] = [];
    engine.open('x').subscribe((m) => heard.push(m));
    createMemoryBroadcast().open('x').post('elsewhere');
    engine.open('x').post('same engine, other port');
    await aWhile();
    // Ports of one engine are like two scripts in one tab: they hear each other; other engines do not.
    expect(heard).toEqual(['same engine, other port']);
  });

  it('a browser without BroadcastChannel gets ports that work within the tab', () => {
    expect(() =>
      createBrowserBroadcast({} as Window)
        .open('x')
        .post('nothing'),
    ).not.toThrow();
  });
});

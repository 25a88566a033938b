import {expect, waitUntil} from '@open-wc/testing';
import {startPolling} from '../../src/live/poll.js';
import {patiently} from '../wait.js';

const INTERVAL = 100;

/**
 * The page's visibility, set by the test: pages of a test run in the background are really
 * hidden (and in Firefox their timers slowed to one a second), so every test states it.
 */
function visibility(initial: DocumentVisibilityState) {
  let state = initial;
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
  return (next: DocumentVisibilityState) => {
    state = next;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

/**
 * The scheduler's timers, held for the test to run one by one, so each wait it asks for can be
 * read exactly. Only timers set while `during` runs an action and the microtasks that follow are
 * held: no other code of the page runs then. The page's other timers run as usual.
 */
function heldTimers() {
  const {setTimeout: realSet, clearTimeout: realClear} = window;
  const realRandom = Math.random;
  const held = new Map<number, {run: () => void; ms: number}>();
  let next = -1;
  let holding = false;
  window.setTimeout = ((run: () => void, ms = 0, ...rest: unknown[]) => {
    if (!holding) return realSet(run, ms, ...rest);
    held.set(next, {run, ms});
    return next--;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => (id < 0 ? void held.delete(id) : realClear(id))) as typeof clearTimeout;
  const during = async (action: () => void, random?: number) => {
    holding = true;
    if (random !== undefined) Math.random = () => random;
    try {
      action();
      for (let i = 0; i < 20; i++) await null;
    } finally {
      holding = false;
      Math.random = realRandom;
    }
  };
  return {
    /** The waits asked for and not yet run or cleared, in whole milliseconds. */
    waits: () => [...held.values()].map(({ms}) => Math.round(ms)),
    during,
    /** Runs the one pending timer, with `Math.random` answering `random` if given. */
    async fire(random?: number) {
      expect(held.size, 'timers pending').to.equal(1);
      const [[id, {run}]] = held;
      held.delete(id);
      await during(run, random);
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** A check that answers from a script: `true` succeeds, an object is thrown. */
function scripted(outcomes: (true | object)[] = []) {
  const check = async (signal: AbortSignal) => {
    check.signals.push(signal);
    const outcome = outcomes.shift() ?? true;
    if (outcome !== true) throw outcome;
  };
  check.signals = [] as AbortSignal[];
  return check;
}

let timers: ReturnType<typeof heldTimers>;
let setVisibility: ReturnType<typeof visibility>;
let controller: AbortController;

beforeEach(() => {
  timers = heldTimers();
  setVisibility = visibility('visible');
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  timers.restore();
  delete (document as {visibilityState?: unknown}).visibilityState;
});

describe('a live timeline checks for news', () => {
  it('waits the interval, ±20 %, before the first check and between checks', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    const waits = timers.waits();
    for (let i = 0; i < 20; i++) {
      await timers.fire();
      waits.push(...timers.waits());
    }
    expect(check.signals).to.have.length(20);
    for (const ms of waits) expect(ms).to.be.within(0.8 * INTERVAL, 1.2 * INTERVAL);
    expect(new Set(waits).size, 'different waits').to.be.greaterThan(1);
  });

  it('the jitter reaches both ends: 80 % and 120 % of the interval', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}), 0);
    expect(timers.waits()).to.deep.equal([80]);
    await timers.fire(1);
    expect(timers.waits()).to.deep.equal([120]);
  });

  it('backs off after failures, doubling up to ten intervals, and returns to the interval after a success', async () => {
    const check = scripted([{}, {}, {}, {}, {}, true, {}]);
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    const longest: number[] = [];
    for (let i = 0; i < 7; i++) {
      await timers.fire(1); // Math.random() at its top: the longest wait allowed
      longest.push(...timers.waits());
    }
    expect(longest).to.deep.equal([200, 400, 800, 1000, 1000, 120, 200]);
  });

  it('a wait after a failure is never shorter than the interval', async () => {
    const check = scripted([{}, {}, {}]);
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    const shortest: number[] = [];
    for (let i = 0; i < 3; i++) {
      await timers.fire(0);
      shortest.push(...timers.waits());
    }
    expect(shortest).to.deep.equal([100, 100, 100]);
  });

  it('a server asking to wait longer (Retry-After) is waited for, up to ten intervals', async () => {
    const check = scripted([{retryAfterMs: 600}, {retryAfterMs: 60_000}]);
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    await timers.fire(0);
    expect(timers.waits()).to.deep.equal([600]);
    await timers.fire(0);
    expect(timers.waits()).to.deep.equal([10 * INTERVAL]);
  });

  it('absurd waits asked by a server (past 2^31 ms, infinite, negative, not a number) stay within one to ten intervals', async () => {
    // A browser fires a wait past 2^31 ms at once: such a value would make a check at once, forever.
    const absurd = [3_000_000_000, Infinity, -5000, NaN, '3000000' as unknown as number];
    const check = scripted(absurd.map((retryAfterMs) => ({retryAfterMs})));
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    const waits: number[] = [];
    for (let i = 0; i < absurd.length; i++) {
      await timers.fire(0);
      waits.push(...timers.waits());
    }
    expect(waits).to.have.length(absurd.length);
    for (const ms of waits) expect(ms).to.be.within(INTERVAL, 10 * INTERVAL);
  });

  it('a long interval is still a wait the browser keeps: never past 2^31 ms', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: 2 ** 31, check, signal: controller.signal}), 1);
    expect(timers.waits()).to.deep.equal([2 ** 31 - 1]);
  });
});

describe('a reader switches tabs', () => {
  it('no check while the tab is hidden; one soon after it shows again', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    setVisibility('hidden');
    await timers.fire();
    expect(check.signals).to.have.length(0);
    expect(timers.waits()).to.deep.equal([]);
    await timers.during(() => setVisibility('visible'));
    const [wait] = timers.waits();
    expect(wait).to.be.within(0, INTERVAL);
    await timers.fire();
    expect(check.signals).to.have.length(1);
    expect(timers.waits()[0]).to.be.within(0.8 * INTERVAL, 1.2 * INTERVAL);
  });

  it('the delay after showing again is under a second, even for long intervals', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: 60_000, check, signal: controller.signal}));
    setVisibility('hidden');
    await timers.fire();
    await timers.during(() => setVisibility('visible'), 0.999);
    expect(timers.waits()[0]).to.be.within(900, 1000);
  });

  it('showing the tab before a check is due adds no check', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    await timers.during(() => {
      setVisibility('hidden');
      setVisibility('visible');
    });
    expect(timers.waits()).to.have.length(1);
  });

  it('hidden again before the delayed check: it waits for the tab once more', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    setVisibility('hidden');
    await timers.fire();
    await timers.during(() => setVisibility('visible'));
    setVisibility('hidden');
    await timers.fire();
    expect(check.signals).to.have.length(0);
    await timers.during(() => setVisibility('visible'));
    await timers.fire();
    expect(check.signals).to.have.length(1);
  });
});

describe('the page stops a live timeline', () => {
  it('aborting stops polling for good: the wait is cleared and showing the tab wakes nothing', async () => {
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    setVisibility('hidden');
    await timers.fire();
    controller.abort();
    await timers.during(() => setVisibility('visible'));
    expect(timers.waits()).to.deep.equal([]);
    expect(check.signals).to.have.length(0);
  });

  it('aborting during a check aborts its signal, and no check follows', async () => {
    let finish!: () => void;
    const signals: AbortSignal[] = [];
    const check = (signal: AbortSignal) => (signals.push(signal), new Promise<void>((resolve) => (finish = resolve)));
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    await timers.fire();
    controller.abort();
    expect(signals[0].aborted).to.equal(true);
    await timers.during(finish);
    expect(timers.waits()).to.deep.equal([]);
  });

  it('an aborted signal starts nothing', async () => {
    controller.abort();
    const check = scripted();
    await timers.during(() => startPolling({interval: INTERVAL, check, signal: controller.signal}));
    expect(timers.waits()).to.deep.equal([]);
  });
});

describe('with real timers', () => {
  it('checks again and again until aborted', async () => {
    const starts: number[] = [];
    const check = async () => void starts.push(performance.now());
    startPolling({interval: 50, check, signal: controller.signal});
    await waitUntil(() => starts.length >= 3, 'three checks', patiently);
    controller.abort();
    const count = starts.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(starts).to.have.length(count);
    expect(starts[1] - starts[0]).to.be.at.least(39);
  });

  it('never two checks at once: a slow check holds the next back', async () => {
    let running = 0;
    let most = 0;
    const starts: number[] = [];
    const check = async () => {
      starts.push(performance.now());
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 150));
      running--;
    };
    startPolling({interval: 50, check, signal: controller.signal});
    await waitUntil(() => starts.length >= 3, 'three checks', patiently);
    expect(most).to.equal(1);
    expect(starts[2] - starts[1]).to.be.at.least(150 + 39);
  });
});

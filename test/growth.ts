import {expect} from '@open-wc/testing';

// Linear work on 4× the input takes about 4× the time, quadratic 16×; a busy or slow machine
// stretches both sizes alike, so only the ratio is asserted, and only near quadratic.
const QUADRATIC_RATIO = 10;
const RUNS = 5;
// How many times a ratio near quadratic is measured before it fails.
const MEASUREMENTS = 3;
// Firefox and WebKit clamp `performance.now()` to a millisecond or coarser (and may add jitter):
// a run lasts many clock steps, so the step is noise.
const STEPS_PER_RUN = 25;
const MIN_RUN_MS = 25;

/** The smallest step `performance.now()` advances by in this engine. */
function clockStep(): number {
  let step = Infinity;
  for (let sample = 0; sample < 5; sample++) {
    const start = performance.now();
    let next = performance.now();
    while (next === start) next = performance.now();
    step = Math.min(step, next - start);
  }
  return step;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lets the page breathe between runs (a macrotask, not a wait for time to pass). */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Fails when `work` grows near quadratically: the median time of several runs at `4 * size`
 * against the median at `size`, after a warm-up. Each run repeats `work` as many times as it
 * takes to last well beyond the clock's step, the same count at both sizes.
 */
export async function expectLinearGrowth(work: (size: number) => unknown, options: {size: number; label: string}): Promise<void> {
  const {size, label} = options;
  // Keeps the results alive so that no engine can skip the work as dead code.
  const results: unknown[] = [];
  const run = (input: number, repeats: number) => {
    const started = performance.now();
    for (let time = 0; time < repeats; time++) results[time % 2] = work(input);
    return performance.now() - started;
  };

  const minRunMs = Math.max(MIN_RUN_MS, STEPS_PER_RUN * clockStep());
  // The fastest of three runs, the one least slowed by other work, sets the count: a run that
  // only seemed long because the machine was busy would leave the small size too short to time.
  // Twice over: the first pass is also the warm-up, after which optimised code runs faster.
  let repeats = 1;
  const fastest = () => Math.min(run(size, repeats), run(size, repeats), run(size, repeats));
  for (let pass = 0; pass < 2; pass++) while (fastest() < minRunMs) repeats *= 2;
  // The large size warmed up too: an engine may take another path for longer input.
  run(4 * size, repeats);

  /** The ratio of the medians at 4× and 1× the size, the sizes alternating. */
  const measure = async () => {
    let small: number[] = [];
    let large: number[] = [];
    // Engines keep optimising after the calibration (Firefox's small runs then took 1 ms): when the
    // small runs came out shorter than the clock allows, measure again with twice the repeats.
    for (let attempt = 0; attempt < 4 && !(median(small) >= minRunMs); attempt++, repeats *= 2) {
      [small, large] = [[], []];
      // Alternating sizes spreads a burst of load from elsewhere over both.
      for (let time = 0; time < RUNS; time++) {
        await yieldToPage();
        small.push(run(size, repeats));
        await yieldToPage();
        large.push(run(4 * size, repeats));
      }
    }
    return median(large) / median(small);
  };

  // Work that is really quadratic is slow every time; a machine busy with other work only now and
  // then. So a ratio near quadratic is measured again, and fails only when it stays there.
  let ratio = await measure();
  for (let again = 0; again < MEASUREMENTS - 1 && ratio > QUADRATIC_RATIO; again++) ratio = Math.min(ratio, await measure());
  expect(ratio, `${label}: 4× the input took ${ratio.toFixed(1)}× the time (linear is about 4, quadratic 16)`).to.be.at.most(
    QUADRATIC_RATIO,
  );
}

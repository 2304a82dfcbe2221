import type { Page } from 'playwright-core';

/** The 50th and 95th percentiles of `values`, in the unit they came in. */
export function percentiles(values: readonly number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

// In-page code is sent as text: tsx would wrap named functions in a helper the page lacks.
const STEPS = `async (n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    window.benchStep();
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    out.push(performance.now() - t);
    // Let animations started by the step run a little, as a reader would between steps.
    await new Promise((done) => setTimeout(done, 60));
  }
  return out;
}`;

const FRAMES = `async (duration) => {
  const gaps = [];
  window.benchPlay();
  await new Promise((done) => {
    const start = performance.now();
    let last = start;
    const frame = (now) => {
      gaps.push(now - last);
      last = now;
      if (now - start < duration) requestAnimationFrame(frame);
      else done();
    };
    requestAnimationFrame(frame);
  });
  window.benchStop();
  return gaps.slice(1);
}`;

/**
 * Times `steps` calls of the page's step function `window.benchStep()`: from the call until the
 * frame after it has been produced (a requestAnimationFrame, then a task), in ms.
 */
export function timeSteps(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(`(${STEPS})(${steps})`) as Promise<number[]>;
}

/** Collects the gaps between animation frames for `ms` while `window.benchPlay()` plays, in ms. */
export function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`(${FRAMES})(${ms})`) as Promise<number[]>;
}

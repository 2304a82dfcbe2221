/** A progress line on stderr for long batches; silent when stderr is not a terminal. */
export function createProgress(stream: NodeJS.WriteStream): { tick: (n: number) => void; done: (n: number) => void } {
  const started = Date.now();
  let last = 0;
  return {
    tick(n) {
      if (!stream.isTTY || Date.now() - last < 200) return;
      last = Date.now();
      const rate = n / Math.max(0.001, (Date.now() - started) / 1000);
      stream.write(`\r${'█'.repeat(Math.min(30, Math.floor(Math.log2(n + 1) * 2)))} ${n} articles, ${rate.toFixed(0)}/s`);
    },
    done(n) {
      if (stream.isTTY) stream.write(`\r${n} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}

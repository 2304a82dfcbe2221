/** Characters scanned by regular expressions during a run, in all and per pattern. */
export interface RegexWork {
  total: number;
  /** Per pattern, keyed by its source and flags ("/\s+$/"). */
  byPattern: Map<string, number>;
}

/**
 * Runs `run` with `RegExp.prototype.exec` counting the characters each call scans, a stand-in
 * for regex work that sees a prefix scanned again per mention but not backtracking, nor how far
 * one attempt reads before it fails. String match, matchAll, replace, replaceAll, search and
 * split and RegExp test all call a replaced `exec` (per the spec, and so in V8). A call scans
 * from where it starts (`lastIndex` for a global or sticky pattern, else 0) to the end of its
 * match, or to the end of the input when it fails. A sticky pattern, or one anchored at the
 * start (`^` without the m flag), tries one position only, so its failure counts one character:
 * split's call at each position, or `^` tested on the rest of the text after each mention, costs
 * V8 the same on any length of text. Every call counts at least one. The original `exec` is back
 * in place when this returns or throws.
 */
export function measureRegexWork(run: () => void): RegexWork {
  const work: RegexWork = { total: 0, byPattern: new Map() };
  const exec = RegExp.prototype.exec;
  const anchored = new Map<string, boolean>();
  RegExp.prototype.exec = function counted(this: RegExp, input: string): RegExpExecArray | null {
    const text = String(input);
    const from = this.global || this.sticky ? Math.min(this.lastIndex, text.length) : 0;
    const found = exec.call(this, text);
    const key = `/${this.source}/${this.flags}`;
    let oneTry = anchored.get(key);
    if (oneTry === undefined) anchored.set(key, (oneTry = this.sticky || (!this.multiline && anchoredAtStart(this.source))));
    const to = found ? found.index + found[0].length : oneTry ? from + 1 : text.length;
    const chars = Math.max(1, to - from);
    work.total += chars;
    work.byPattern.set(key, (work.byPattern.get(key) ?? 0) + chars);
    return found;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

/** Whether every top-level alternative of a pattern begins with `^`. */
function anchoredAtStart(source: string): boolean {
  let depth = 0;
  let inClass = false;
  let altStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (altStart && c !== '^') return false;
    altStart = false;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) altStart = true;
  }
  return !altStart;
}

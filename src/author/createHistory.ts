/** Where a history stands: the state it started from, every edit, and how many are applied. */
export interface HistorySnapshot<S, E> {
  base: S;
  edits: readonly E[];
  /** How many of `edits` are applied (the rest can be redone). */
  position: number;
}

/** An undo/redo history of edits over a state. */
export interface History<S, E> {
  /** The state after the applied edits. */
  present(): S;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Applies an edit, dropping what could be redone; false (and nothing recorded) when it changed nothing. */
  apply(edit: E): boolean;
  undo(): boolean;
  redo(): boolean;
  /** Base, edits and position: enough to rebuild the same history (for saving a draft). */
  snapshot(): HistorySnapshot<S, E>;
  /** The most edits kept (older ones cannot be undone). */
  readonly limit: number;
}

/** Options for {@link createHistory}. */
export interface HistoryOptions {
  /** The most edits kept; older ones are folded into the base (default 300). */
  limit?: number;
  /** Called with how many of the oldest edits were just folded into the base and can no longer be undone. */
  onForget?: (count: number) => void;
}

/**
 * A history that records edits, not copies: states are rebuilt with the pure `apply` and cached,
 * so a saved draft holds the base and a short list of edits. `apply` must return the very same
 * state object when an edit changes nothing.
 */
export function createHistory<S, E>(saved: HistorySnapshot<S, E>, apply: (state: S, edit: E) => S, options: HistoryOptions = {}): History<S, E> {
  const limit = Math.max(1, options.limit ?? 300);
  let edits: E[] = saved.edits.slice();
  // states[i] is the state after i edits; only the applied ones are computed eagerly.
  let states: S[] = [saved.base];
  let position = Math.max(0, Math.min(saved.position, edits.length));
  const stateAt = (n: number): S => {
    while (states.length <= n) {
      const previous = states[states.length - 1] as S;
      const edit = edits[states.length - 1] as E;
      states.push(apply(previous, edit));
    }
    return states[n] as S;
  };
  stateAt(position);

  return {
    present: () => stateAt(position),
    canUndo: () => position > 0,
    canRedo: () => position < edits.length,
    apply(edit) {
      const current = stateAt(position);
      const next = apply(current, edit);
      if (next === current) return false;
      edits = edits.slice(0, position);
      states = states.slice(0, position + 1);
      edits.push(edit);
      states.push(next);
      position++;
      if (edits.length > limit) {
        const drop = edits.length - limit;
        edits = edits.slice(drop);
        states = states.slice(drop);
        position -= drop;
        options.onForget?.(drop);
      }
      return true;
    },
    undo() {
      if (position === 0) return false;
      position--;
      return true;
    },
    redo() {
      if (position >= edits.length) return false;
      position++;
      stateAt(position);
      return true;
    },
    snapshot: () => ({ base: states[0] as S, edits: edits.slice(), position }),
    limit,
  };
}


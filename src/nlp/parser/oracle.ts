/**
 * The dynamic oracle of the arc-eager system (Goldberg & Nivre 2012, 2013):
 * the cost of a transition is the number of gold arcs (with their labels) it
 * makes unreachable. For a projective gold tree the arc-eager system is
 * arc-decomposable, so these per-transition costs are exact from any
 * configuration, including ones reached by mistakes: following zero-cost
 * transitions always yields the best tree still reachable.
 *
 * Non-projective gold trees are made projective first by lifting arcs
 * ({@link projectivize}).
 */
import {
  ANY_LEFT,
  ANY_RIGHT,
  LEFT_BASE,
  Move,
  type ParseState,
  REDUCE,
  SHIFT,
  type TransitionSet,
} from "./system.js";

/** A gold tree over `n` words: heads (the root token `n` for the sentence root) and label ids. */
export interface GoldTree {
  heads: Int32Array;
  labels: Int32Array;
}

/**
 * Unlabelled costs of the four moves in `state` against `gold`, written to
 * `out[Move.Shift]`, `out[Move.Reduce]`, `out[Move.Left]`, `out[Move.Right]`.
 * The cost of a move that cannot apply is undefined (check validity first).
 * A labelled arc additionally costs 1 when it builds a gold arc with the
 * wrong label: see {@link leftGoldLabel} and {@link rightGoldLabel}.
 */
export function moveCosts(state: ParseState, gold: GoldTree, out: Int32Array): void {
  const gh = gold.heads;
  const n = state.n;
  const b0 = state.b;
  const s0 = state.sp > 0 ? state.stack[state.sp - 1]! : -1;
  // Gold dependents of s0 still in the buffer: lost when s0 is popped.
  let s0DepsInBuffer = 0;
  if (s0 >= 0) for (let k = b0; k < n; k++) if (gh[k] === s0) s0DepsInBuffer++;
  let shift = 0;
  let right = 0;
  if (b0 < n) {
    // Headless stack words whose gold head is b0: lost when b0 is pushed.
    let b0DepsInStack = 0;
    for (let i = 0; i < state.sp; i++) {
      const k = state.stack[i]!;
      if (gh[k] === b0 && state.head[k]! < 0) b0DepsInStack++;
    }
    const h = gh[b0]!;
    const headOnStack = h < n && state.onStack[h] === 1;
    shift = b0DepsInStack + (headOnStack ? 1 : 0);
    right = b0DepsInStack + (h > b0 || (headOnStack && h !== s0) ? 1 : 0);
  }
  out[Move.Shift] = shift;
  out[Move.Reduce] = s0DepsInBuffer;
  out[Move.Left] = s0 >= 0 ? s0DepsInBuffer + (gh[s0]! > b0 ? 1 : 0) : 0;
  out[Move.Right] = right;
}

/** The gold label LEFT-ARC must use to cost nothing extra: the label of `b0 → s0` when gold, else -1 (any). */
export function leftGoldLabel(state: ParseState, gold: GoldTree): number {
  const s0 = state.s0;
  return s0 >= 0 && gold.heads[s0] === state.b ? gold.labels[s0]! : -1;
}

/** The gold label RIGHT-ARC must use to cost nothing extra: the label of `s0 → b0` when gold, else -1 (any). */
export function rightGoldLabel(state: ParseState, gold: GoldTree): number {
  const s0 = state.s0;
  return s0 >= 0 && state.b < state.n && gold.heads[state.b] === s0 ? gold.labels[state.b]! : -1;
}

const MOVE_COSTS = new Int32Array(4);

/**
 * The labelled cost of every class, written to `out` (length
 * `set.numClasses`); invalid transitions and the move-only classes get -1.
 */
export function transitionCosts(
  state: ParseState,
  gold: GoldTree,
  set: TransitionSet,
  out: Int32Array,
): void {
  const moves = MOVE_COSTS;
  moveCosts(state, gold, moves);
  const L = set.labels.length;
  out[SHIFT] = state.canShift() ? moves[Move.Shift]! : -1;
  out[REDUCE] = state.canReduce() ? moves[Move.Reduce]! : -1;
  out[ANY_LEFT] = -1;
  out[ANY_RIGHT] = -1;
  const canLeft = state.canLeft();
  const atRoot = state.b === state.n;
  const canRight = state.canRight();
  const leftLabel = leftGoldLabel(state, gold);
  const rightLabel = rightGoldLabel(state, gold);
  for (let l = 0; l < L; l++) {
    const leftOk = canLeft && (atRoot ? l === set.rootLabel : set.leftAllowed[l] === 1);
    out[LEFT_BASE + l] = leftOk ? moves[Move.Left]! + (leftLabel >= 0 && leftLabel !== l ? 1 : 0) : -1;
    const rightOk = canRight && set.rightAllowed[l] === 1;
    out[LEFT_BASE + L + l] = rightOk
      ? moves[Move.Right]! + (rightLabel >= 0 && rightLabel !== l ? 1 : 0)
      : -1;
  }
}

/** Whether `a` dominates `k` (is `k` or one of its ancestors) in a tree given by `heads` (root token `n`). */
function dominates(heads: ArrayLike<number>, a: number, k: number): boolean {
  const n = heads.length;
  let x = k;
  for (let steps = 0; steps <= n; steps++) {
    if (x === a) return true;
    if (x >= n || x < 0) return false;
    x = heads[x]!;
  }
  return false;
}

/** Whether the arc into `d` is projective: its head dominates every word between them. */
function arcIsProjective(heads: ArrayLike<number>, d: number): boolean {
  const h = heads[d]!;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) if (!dominates(heads, h, k)) return false;
  return true;
}

/**
 * Whether a tree is projective. `heads[i]` is the head of word `i`, with the
 * root token numbered `heads.length`.
 */
export function isProjective(heads: ArrayLike<number>): boolean {
  for (let d = 0; d < heads.length; d++) if (!arcIsProjective(heads, d)) return false;
  return true;
}

/**
 * A projective version of a tree: while some arc is non-projective, the
 * shortest one is lifted to its head's head (labels are kept). Returns the new
 * heads and the number of lifts.
 *
 * @example
 * projectivize(Int32Array.from([2, 3, 4, 4])) // already projective: 0 lifts
 */
export function projectivize(heads: ArrayLike<number>): { heads: Int32Array; lifts: number } {
  const out = Int32Array.from(heads);
  const n = out.length;
  let lifts = 0;
  for (;;) {
    let worst = -1;
    let worstSpan = Number.POSITIVE_INFINITY;
    for (let d = 0; d < n; d++) {
      if (arcIsProjective(out, d)) continue;
      const span = Math.abs(out[d]! - d);
      if (span < worstSpan) {
        worstSpan = span;
        worst = d;
      }
    }
    if (worst < 0) return { heads: out, lifts };
    const h = out[worst]!;
    // The root token dominates everything, so arcs from it are never non-projective and h < n here.
    out[worst] = out[h]!;
    lifts++;
  }
}

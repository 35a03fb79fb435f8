/**
 * Decoding steps shared by training and parsing: forced transitions, the best
 * valid transition, folding move-only scores into labelled arcs, and making a
 * tree single-rooted.
 */
import {
  ANY_LEFT,
  ANY_RIGHT,
  LEFT_BASE,
  type ParseState,
  REDUCE,
  SHIFT,
  type TransitionSet,
} from "./system.js";

/**
 * The class of the only transition possible in `state`, or -1 when there is a
 * choice: with an empty stack only SHIFT applies, and once only the root is
 * left in the buffer the stack words are reduced (if attached) or made roots.
 */
export function forcedTransition(state: ParseState, set: TransitionSet): number {
  if (state.sp === 0) return SHIFT;
  if (state.b === state.n) return state.canReduce() ? REDUCE : LEFT_BASE + set.rootLabel;
  return -1;
}

/** The highest-scoring valid transition (ties go to the lower class). */
export function bestValid(state: ParseState, set: TransitionSet, scores: Float64Array): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  if (state.canShift()) {
    best = SHIFT;
    bestScore = scores[SHIFT]!;
  }
  if (state.canReduce() && scores[REDUCE]! > bestScore) {
    best = REDUCE;
    bestScore = scores[REDUCE]!;
  }
  const L = set.labels.length;
  if (state.canLeft()) {
    const allowed = set.leftAllowed;
    for (let l = 0; l < L; l++) {
      if (allowed[l] === 1 && scores[LEFT_BASE + l]! > bestScore) {
        best = LEFT_BASE + l;
        bestScore = scores[best]!;
      }
    }
  }
  if (state.canRight()) {
    const allowed = set.rightAllowed;
    const base = LEFT_BASE + L;
    for (let l = 0; l < L; l++) {
      if (allowed[l] === 1 && scores[base + l]! > bestScore) {
        best = base + l;
        bestScore = scores[best]!;
      }
    }
  }
  return best;
}

/**
 * Add the move-only scores (classes ANY_LEFT, ANY_RIGHT) to every labelled
 * arc of their direction, giving each transition its full score.
 */
export function foldMoveScores(set: TransitionSet, scores: Float64Array): void {
  const L = set.labels.length;
  const left = scores[ANY_LEFT]!;
  const right = scores[ANY_RIGHT]!;
  for (let l = 0; l < L; l++) {
    scores[LEFT_BASE + l]! += left;
    scores[LEFT_BASE + L + l]! += right;
  }
}

/**
 * Make a tree with several words attached to the root token single-rooted:
 * the first root keeps it and the others become its `parataxis` dependents
 * (or `dep` when the inventory lacks `parataxis`).
 */
export function singleRoot(state: ParseState, set: TransitionSet): void {
  const n = state.n;
  let first = -1;
  const parataxis = set.labelId("parataxis");
  const other = parataxis >= 0 ? parataxis : Math.max(set.labelId("dep"), 0);
  for (let i = 0; i < n; i++) {
    if (state.head[i] !== n) continue;
    if (first < 0) first = i;
    else {
      state.head[i] = first;
      state.label[i] = other;
    }
  }
}

/**
 * The best score among the valid transitions of another move than the arc
 * `cls` (for a LEFT-ARC: SHIFT, REDUCE and every RIGHT-ARC; for a RIGHT-ARC:
 * SHIFT, REDUCE and every LEFT-ARC), or `scores[cls]` when there is none. The
 * difference to `scores[cls]` says how sure the parser was of the attachment,
 * whatever its label.
 */
export function bestOtherMove(
  state: ParseState,
  set: TransitionSet,
  scores: Float64Array,
  cls: number,
): number {
  const L = set.labels.length;
  const isLeft = cls < LEFT_BASE + L;
  let best = Number.NEGATIVE_INFINITY;
  if (state.canShift()) best = scores[SHIFT]!;
  if (state.canReduce() && scores[REDUCE]! > best) best = scores[REDUCE]!;
  const other = isLeft ? state.canRight() : state.canLeft();
  if (other) {
    const allowed = isLeft ? set.rightAllowed : set.leftAllowed;
    const base = isLeft ? LEFT_BASE + L : LEFT_BASE;
    for (let l = 0; l < L; l++) {
      if (allowed[l] === 1 && scores[base + l]! > best) best = scores[base + l]!;
    }
  }
  return best === Number.NEGATIVE_INFINITY ? scores[cls]! : best;
}

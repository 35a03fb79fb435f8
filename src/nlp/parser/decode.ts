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
 * Make a tree with several words attached to the root token single-rooted.
 * The root that keeps it is the first one that is not punctuation
 * (`isPunct`), counting from the end of the sentence when `fromEnd` (a
 * parser reading reversed sentences passes it, so that the choice is the
 * first root in reading order); the others become its dependents, `punct`
 * for punctuation and `parataxis` for the rest (`dep` when the inventory
 * lacks a label).
 */
export function singleRoot(
  state: ParseState,
  set: TransitionSet,
  isPunct: (i: number) => boolean = () => false,
  fromEnd = false,
): void {
  const n = state.n;
  let main = -1;
  let roots = 0;
  for (let k = 0; k < n; k++) {
    const i = fromEnd ? n - 1 - k : k;
    if (state.head[i] !== n) continue;
    roots++;
    if (main < 0 || (isPunct(main) && !isPunct(i))) main = i;
  }
  if (roots < 2) return;
  const dep = Math.max(set.labelId("dep"), 0);
  const parataxis = set.labelId("parataxis");
  const punct = set.labelId("punct");
  for (let i = 0; i < n; i++) {
    if (i === main || state.head[i] !== n) continue;
    state.head[i] = main;
    state.label[i] = isPunct(i) && punct >= 0 ? punct : parataxis >= 0 ? parataxis : dep;
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

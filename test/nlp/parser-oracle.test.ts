import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readConllu } from "../../src/nlp/conllu.js";
import { type GoldTree, isProjective, projectivize, transitionCosts } from "../../src/nlp/parser/oracle.js";
import { forcedTransition } from "../../src/nlp/parser/decode.js";
import { ParseState, TransitionSet } from "../../src/nlp/parser/system.js";
import { goldTree, seededRandom, transitionsFor } from "../../src/nlp/parser/train.js";
import { fromConllu } from "../../src/nlp/parser/treebank.js";
import { sharedDir } from "../../src/util/paths.js";

const SET = new TransitionSet(["a", "b", "root"]);

/** A random projective tree over `n` words (root token `n`) with labels a/b and `root`. */
function randomProjectiveTree(n: number, random: () => number): GoldTree {
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  const build = (lo: number, hi: number, parent: number): void => {
    if (lo >= hi) return;
    const h = lo + Math.floor(random() * (hi - lo));
    heads[h] = parent;
    labels[h] = parent === n ? SET.rootLabel : Math.floor(random() * 2);
    build(lo, h, h);
    build(h + 1, hi, h);
  };
  build(0, n, n);
  return { heads, labels };
}

function validClasses(state: ParseState, set: TransitionSet): number[] {
  const out: number[] = [];
  for (let c = 0; c < set.numClasses; c++) if (state.isValid(c, set)) out.push(c);
  return out;
}

/** Follow zero-cost transitions (a random one when several) to the end. */
function followOracle(gold: GoldTree, set: TransitionSet, random: () => number): ParseState {
  const state = new ParseState(4);
  const costs = new Int32Array(set.numClasses);
  state.reset(gold.heads.length);
  while (!state.terminal) {
    transitionCosts(state, gold, set, costs);
    const zero = validClasses(state, set).filter((c) => costs[c] === 0);
    assert.ok(zero.length > 0, "some transition must cost nothing");
    state.apply(zero[Math.floor(random() * zero.length)]!, set);
  }
  return state;
}

test("random projective trees are projective, and following zero-cost transitions rebuilds them exactly", () => {
  const random = seededRandom(7);
  for (let trial = 0; trial < 500; trial++) {
    const gold = randomProjectiveTree(1 + Math.floor(random() * 14), random);
    assert.ok(isProjective(gold.heads));
    const state = followOracle(gold, SET, random);
    assert.deepEqual(Array.from(state.head.subarray(0, gold.heads.length)), Array.from(gold.heads));
    assert.deepEqual(Array.from(state.label.subarray(0, gold.heads.length)), Array.from(gold.labels));
  }
});

test("projectivize lifts a crossing arc to its head's head and leaves projective trees alone", () => {
  // 0 ← 2, 1 ← 3 crosses 0 … 2: words 0 1 2 3, root token 4.
  const heads = [2, 3, 4, 2];
  assert.equal(isProjective(heads), false);
  const { heads: lifted, lifts } = projectivize(heads);
  assert.ok(isProjective(lifted));
  assert.equal(lifts, 1);
  assert.deepEqual(Array.from(lifted), [2, 2, 4, 2]);
  assert.equal(projectivize([1, 3, 1]).lifts, 0);
});

/** Labelled loss of the best tree reachable from `state` (memoised exhaustive search). */
function bestLoss(state: ParseState, gold: GoldTree, set: TransitionSet, memo: Map<string, number>): number {
  const n = state.n;
  if (state.terminal) {
    let loss = 0;
    for (let i = 0; i < n; i++)
      if (state.head[i] !== gold.heads[i] || state.label[i] !== gold.labels[i]) loss++;
    return loss;
  }
  const key = `${Array.from(state.stack.subarray(0, state.sp))}|${state.b}|${Array.from(state.head.subarray(0, n))}|${Array.from(state.label.subarray(0, n))}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let best = Number.POSITIVE_INFINITY;
  const next = new ParseState(n);
  for (const c of validClasses(state, set)) {
    next.copyFrom(state);
    next.apply(c, set);
    best = Math.min(best, bestLoss(next, gold, set, memo));
  }
  memo.set(key, best);
  return best;
}

test("dynamic-oracle costs equal the loss each transition adds, from gold and from erroneous configurations", () => {
  const random = seededRandom(11);
  const costs = new Int32Array(SET.numClasses);
  let checked = 0;
  let nonzero = 0;
  for (let trial = 0; trial < 50; trial++) {
    const n = 2 + Math.floor(random() * 4);
    const gold = randomProjectiveTree(n, random);
    const memo = new Map<string, number>();
    const state = new ParseState(n);
    state.reset(n);
    const after = new ParseState(n);
    while (!state.terminal) {
      const before = bestLoss(state, gold, SET, memo);
      transitionCosts(state, gold, SET, costs);
      const valid = validClasses(state, SET);
      for (let c = 0; c < SET.numClasses; c++) {
        if (!valid.includes(c)) {
          assert.equal(costs[c], -1, `invalid ${SET.name(c)} must cost -1`);
          continue;
        }
        after.copyFrom(state);
        after.apply(c, SET);
        const added = bestLoss(after, gold, SET, memo) - before;
        assert.equal(costs[c], added, `cost of ${SET.name(c)}`);
        checked++;
        if (added > 0) nonzero++;
      }
      // Wander off the gold path at random to reach configurations with errors.
      state.apply(valid[Math.floor(random() * valid.length)]!, SET);
    }
  }
  assert.ok(checked > 500 && nonzero > 100, `checked ${checked} transitions, ${nonzero} with a cost`);
});

test("forced transitions are the only valid ones", () => {
  const random = seededRandom(3);
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + Math.floor(random() * 8);
    const state = new ParseState(n);
    state.reset(n);
    while (!state.terminal) {
      const valid = validClasses(state, SET);
      const forced = forcedTransition(state, SET);
      if (forced >= 0) assert.deepEqual(valid, [forced]);
      else assert.ok(valid.length > 1);
      state.apply(valid[Math.floor(random() * valid.length)]!, SET);
    }
  }
});

const ewtDev = ((): string | null => {
  const shared = sharedDir();
  const path = shared === null ? null : join(shared, "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu");
  return path !== null && existsSync(path) ? path : null;
})();

test(
  "the oracle rebuilds every EWT dev tree once made projective",
  { skip: ewtDev === null ? "UD_English-EWT is absent from ../shared" : false },
  () => {
    const sentences = readConllu(ewtDev!).map(fromConllu);
    const set = transitionsFor(sentences);
    const random = seededRandom(5);
    let nonProjective = 0;
    for (const sentence of sentences) {
      const { tree, lifts } = goldTree(sentence, set);
      if (lifts > 0) nonProjective++;
      const state = followOracle(tree, set, random);
      assert.deepEqual(Array.from(state.head.subarray(0, tree.heads.length)), Array.from(tree.heads));
      assert.deepEqual(Array.from(state.label.subarray(0, tree.heads.length)), Array.from(tree.labels));
    }
    assert.ok(
      nonProjective > 0 && nonProjective < sentences.length / 20,
      `${nonProjective} non-projective trees`,
    );
  },
);

/**
 * Feature templates of the parser, after Zhang & Nivre (2011): words and tags
 * of the stack top, the second stack word and the first three buffer tokens,
 * the head and grandhead of the stack top, the outermost two children of the
 * stack top and of the buffer front with their labels, distance, valency and
 * child label sets.
 *
 * Templates are numbered (1 … 103) and a feature is the hash key of its
 * template number and integer atoms (`hash.ts`). Atoms are looked up once per
 * sentence ({@link SentenceAtoms}), so extracting the ~100 features of a
 * configuration touches no strings and allocates nothing.
 *
 * Features come in two groups. Role features read one token in one role (its
 * word, its tags, suffix, shape, the label of its arc): the same token in the same role always
 * gives the same features, so a parser can sum their weights once per token
 * and role. Structural features combine tokens or read the partial tree.
 */
import { finish, key1, key2, mix } from "./hash.js";
import type { SentenceAtoms } from "./atoms.js";
import type { ParseState } from "./system.js";

/** Largest number of features one configuration produces. */
export const MAX_FEATURES = 128;

/** Number of token roles. */
export const ROLE_COUNT = 13;

/** Role indices: the stack top, the buffer front and the tokens around them. */
export const Role = {
  S0: 0,
  B0: 1,
  B1: 2,
  B2: 3,
  S1: 4,
  S0H: 5,
  S0H2: 6,
  S0L: 7,
  S0L2: 8,
  S0R: 9,
  S0R2: 10,
  B0L: 11,
  B0L2: 12,
} as const;

/** What a role feature reads of its token. */
export const RoleAtom = {
  WordTag: 0,
  Word: 1,
  Tag: 2,
  /** The label of the token's arc (-1 without one). */
  Label: 3,
  Upos: 4,
  Suffix: 5,
  Shape: 6,
} as const;

const { WordTag, Word, Tag, Label, Upos, Suffix } = RoleAtom;

/** Per role (in {@link Role} order): its features as `[template, atom]` pairs. */
// prettier-ignore
export const ROLE_FEATURES: readonly (readonly (readonly [number, number])[])[] = [
  [[1, WordTag], [2, Word], [3, Tag], [41, Label], [80, Upos], [90, Suffix], [100, RoleAtom.Shape]], // S0
  [[4, WordTag], [5, Word], [6, Tag], [81, Upos], [91, Suffix], [101, RoleAtom.Shape]], // B0
  [[7, WordTag], [8, Word], [9, Tag], [82, Upos], [92, Suffix], [102, RoleAtom.Shape]], // B1
  [[10, WordTag], [11, Word], [12, Tag], [83, Upos], [103, RoleAtom.Shape]], // B2
  [[74, WordTag], [73, Tag], [84, Upos]], // S1
  [[39, Word], [40, Tag], [53, Label], [85, Upos], [93, Suffix]], // S0H
  [[51, Word], [52, Tag]], // S0H2
  [[42, Word], [43, Tag], [44, Label], [86, Upos], [94, Suffix]], // S0L
  [[54, Word], [55, Tag], [56, Label]], // S0L2
  [[45, Word], [46, Tag], [47, Label], [87, Upos], [95, Suffix]], // S0R
  [[57, Word], [58, Tag], [59, Label]], // S0R2
  [[48, Word], [49, Tag], [50, Label], [88, Upos], [96, Suffix]], // B0L
  [[60, Word], [61, Tag], [62, Label]], // B0L2
];

/** The template of the bias feature, present in every configuration. */
export const BIAS_TEMPLATE = 79;

/** The key of the bias feature. */
export const BIAS_KEY = key1(BIAS_TEMPLATE, 0);

/** Write the token filling each role to `roles` (the "no token" index when empty). */
export function locateRoles(state: ParseState, roles: Int32Array): void {
  const head = state.head;
  const none = state.none;
  const sp = state.sp;
  const s0 = sp > 0 ? state.stack[sp - 1]! : none;
  const b0 = state.b;
  const h0 = head[s0]!;
  const s0h = h0 >= 0 ? h0 : none;
  const h1 = head[s0h]!;
  const l1 = state.left1[s0]!;
  const l2 = state.left2[s0]!;
  const r1 = state.right1[s0]!;
  const r2 = state.right2[s0]!;
  const bl1 = state.left1[b0]!;
  const bl2 = state.left2[b0]!;
  roles[Role.S0] = s0;
  roles[Role.B0] = b0;
  roles[Role.B1] = b0 + 1 <= none ? b0 + 1 : none;
  roles[Role.B2] = b0 + 2 <= none ? b0 + 2 : none;
  roles[Role.S1] = sp > 1 ? state.stack[sp - 2]! : none;
  roles[Role.S0H] = s0h;
  roles[Role.S0H2] = h1 >= 0 ? h1 : none;
  roles[Role.S0L] = l1 >= 0 ? l1 : none;
  roles[Role.S0L2] = l2 >= 0 ? l2 : none;
  roles[Role.S0R] = r1 >= 0 ? r1 : none;
  roles[Role.S0R2] = r2 >= 0 ? r2 : none;
  roles[Role.B0L] = bl1 >= 0 ? bl1 : none;
  roles[Role.B0L2] = bl2 >= 0 ? bl2 : none;
}

/**
 * Write the keys of the role features of token `x` in role `role` to `out`
 * from index `at` and return the next free index. `label` is the label id of
 * the token's arc (-1 when it has none). A token's label never changes while
 * it fills a role (stack words keep the arc they were pushed with; children
 * are attached for good), so these keys depend on the token and role alone.
 */
export function roleFeatures(
  role: number,
  atoms: SentenceAtoms,
  x: number,
  label: number,
  out: Int32Array,
  at: number,
): number {
  for (const [t, atom] of ROLE_FEATURES[role]!) {
    switch (atom) {
      case WordTag:
        out[at++] = key2(t, atoms.word[x]!, atoms.xpos[x]!);
        break;
      case Word:
        out[at++] = key1(t, atoms.word[x]!);
        break;
      case Tag:
        out[at++] = key1(t, atoms.xpos[x]!);
        break;
      case Label:
        out[at++] = key1(t, label);
        break;
      case Upos:
        out[at++] = key1(t, atoms.upos[x]!);
        break;
      case Suffix:
        out[at++] = key1(t, atoms.suffix[x]!);
        break;
      default:
        out[at++] = key1(t, atoms.shape[x]!);
    }
  }
  return at;
}

// Slots of the atoms structural templates combine.
const S0W = 0;
const S0P = 1;
const B0W = 2;
const B0P = 3;
const B1P = 4;
const B2P = 5;
const S1P = 6;
const S0HP = 7;
const S0LP = 8;
const S0RP = 9;
const B0LP = 10;
const S0L2P = 11;
const S0R2P = 12;
const S0H2P = 13;
const B0L2P = 14;
const DIST = 15;
const S0VL = 16;
const S0VR = 17;
const B0VL = 18;
const S0SR = 19;
const S0SR_HIGH = 20;
const S0SL = 21;
const S0SL_HIGH = 22;
const B0SL = 23;
const B0SL_HIGH = 24;
const S0U = 25;
const B0U = 26;
const B1U = 27;
const SLOTS = 28;

/** Structural templates: number, then the slots of the atoms combined. */
export const STRUCTURAL_TEMPLATES: readonly (readonly number[])[] = [
  // Pairs of the stack top and the buffer front.
  [13, S0W, S0P, B0W, B0P],
  [14, S0W, S0P, B0W],
  [15, S0W, B0W, B0P],
  [16, S0W, S0P, B0P],
  [17, S0P, B0W, B0P],
  [18, S0W, B0W],
  [19, S0P, B0P],
  [20, B0P, B1P],
  // Tag trigrams.
  [21, B0P, B1P, B2P],
  [22, S0P, B0P, B1P],
  [23, S0HP, S0P, B0P],
  [24, S0P, S0LP, B0P],
  [25, S0P, S0RP, B0P],
  [26, S0P, B0P, B0LP],
  // Distance.
  [27, S0W, DIST],
  [28, S0P, DIST],
  [29, B0W, DIST],
  [30, B0P, DIST],
  [31, S0W, B0W, DIST],
  [32, S0P, B0P, DIST],
  // Valency.
  [33, S0W, S0VR],
  [34, S0P, S0VR],
  [35, S0W, S0VL],
  [36, S0P, S0VL],
  [37, B0W, B0VL],
  [38, B0P, B0VL],
  // Tag chains through the head and the outermost children.
  [63, S0P, S0LP, S0L2P],
  [64, S0P, S0RP, S0R2P],
  [65, S0P, S0HP, S0H2P],
  [66, B0P, B0LP, B0L2P],
  // Label sets.
  [67, S0W, S0SR, S0SR_HIGH],
  [68, S0P, S0SR, S0SR_HIGH],
  [69, S0W, S0SL, S0SL_HIGH],
  [70, S0P, S0SL, S0SL_HIGH],
  [71, B0W, B0SL, B0SL_HIGH],
  [72, B0P, B0SL, B0SL_HIGH],
  // The second stack word; universal tags.
  [75, S1P, S0P, B0P],
  [76, S1P, S0P],
  [77, S0U, B0U],
  [78, S0U, B0U, B1U],
];

/** The structural templates flattened: number, arity, slots … */
const PROGRAM = Int32Array.from(
  STRUCTURAL_TEMPLATES.flatMap(([t, ...slots]) => [t!, slots.length, ...slots]),
);

/** Distance buckets: 1, 2, 3, 4, 5–6, 7–9, 10–14, 15+. */
function distanceBucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  if (d <= 14) return 7;
  return 8;
}

/** Small counts as themselves, larger ones capped. */
function cap(count: number): number {
  return count < 8 ? count : 8;
}

const SLOT_VALUES = new Int32Array(SLOTS);

/**
 * Write the keys of the structural features to `out` from index `at`, given
 * the roles of {@link locateRoles}, and return the next free index.
 */
export function structuralFeatures(
  state: ParseState,
  atoms: SentenceAtoms,
  roles: Int32Array,
  out: Int32Array,
  at: number,
): number {
  const P = atoms.xpos;
  const U = atoms.upos;
  const v = SLOT_VALUES;
  const s0 = roles[Role.S0]!;
  const b0 = roles[Role.B0]!;
  v[S0W] = atoms.word[s0]!;
  v[S0P] = P[s0]!;
  v[B0W] = atoms.word[b0]!;
  v[B0P] = P[b0]!;
  v[B1P] = P[roles[Role.B1]!]!;
  v[B2P] = P[roles[Role.B2]!]!;
  v[S1P] = P[roles[Role.S1]!]!;
  v[S0HP] = P[roles[Role.S0H]!]!;
  v[S0LP] = P[roles[Role.S0L]!]!;
  v[S0RP] = P[roles[Role.S0R]!]!;
  v[B0LP] = P[roles[Role.B0L]!]!;
  v[S0L2P] = P[roles[Role.S0L2]!]!;
  v[S0R2P] = P[roles[Role.S0R2]!]!;
  v[S0H2P] = P[roles[Role.S0H2]!]!;
  v[B0L2P] = P[roles[Role.B0L2]!]!;
  v[DIST] = s0 === state.none ? 0 : distanceBucket(b0 - s0);
  v[S0VL] = cap(state.leftCount[s0]!);
  v[S0VR] = cap(state.rightCount[s0]!);
  v[B0VL] = cap(state.leftCount[b0]!);
  v[S0SR] = state.rightLabels[s0]!;
  v[S0SR_HIGH] = state.rightLabelsHigh[s0]!;
  v[S0SL] = state.leftLabels[s0]!;
  v[S0SL_HIGH] = state.leftLabelsHigh[s0]!;
  v[B0SL] = state.leftLabels[b0]!;
  v[B0SL_HIGH] = state.leftLabelsHigh[b0]!;
  v[S0U] = U[s0]!;
  v[B0U] = U[b0]!;
  v[B1U] = U[roles[Role.B1]!]!;
  let n = at;
  const program = PROGRAM;
  for (let i = 0; i < program.length;) {
    let h = program[i++]!;
    const arity = program[i++]!;
    for (let k = 0; k < arity; k++) h = mix(h, v[program[i++]!]!);
    out[n++] = finish(h);
  }
  return n;
}

/**
 * The template of each key {@link extractFeatures} writes, in order: the role
 * features of each role, the bias, the structural features.
 */
export const TEMPLATE_ORDER: Int32Array = (() => {
  const order: number[] = [];
  for (const features of ROLE_FEATURES) for (const [t] of features) order.push(t);
  order.push(BIAS_TEMPLATE);
  for (const [t] of STRUCTURAL_TEMPLATES) order.push(t!);
  return Int32Array.from(order);
})();

/** Number of keys of a configuration. */
export const FEATURE_COUNT = TEMPLATE_ORDER.length;

const ROLES = new Int32Array(ROLE_COUNT);

/**
 * Write every feature key of a configuration to `out` (at least
 * {@link MAX_FEATURES} long) in the order of {@link TEMPLATE_ORDER} and
 * return how many were written ({@link FEATURE_COUNT}).
 */
export function extractFeatures(state: ParseState, atoms: SentenceAtoms, out: Int32Array): number {
  locateRoles(state, ROLES);
  let n = 0;
  for (let r = 0; r < ROLE_COUNT; r++) {
    const x = ROLES[r]!;
    n = roleFeatures(r, atoms, x, state.label[x]!, out, n);
  }
  out[n++] = BIAS_KEY;
  return structuralFeatures(state, atoms, ROLES, out, n);
}

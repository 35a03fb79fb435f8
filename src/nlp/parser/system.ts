/**
 * The arc-eager transition system (Nivre 2003) with the root token at the end
 * of the buffer (Ballesteros & Nivre 2013).
 *
 * Words are numbered `0 … n-1`; the artificial root is `n` and never leaves
 * the buffer. A configuration is a stack, a buffer front `b` (the buffer is
 * the contiguous range `b … n`) and the arcs built so far. Moves:
 *
 * - SHIFT: push `b0` (not the root);
 * - REDUCE: pop `s0`, which already has a head;
 * - LEFT-ARC(l): `b0 → s0` with label `l`, pop `s0` (only the label `root` when `b0` is the root);
 * - RIGHT-ARC(l): `s0 → b0` with label `l`, push `b0`.
 *
 * Parsing ends when the stack is empty and only the root is left. Every
 * projective tree (every tree without crossing arcs) has a derivation.
 *
 * Transitions are scored as integer classes: `0` SHIFT, `1` REDUCE,
 * `4 + l` LEFT-ARC(l), `4 + L + l` RIGHT-ARC(l) for `L` labels. Classes `2`
 * (any LEFT-ARC) and `3` (any RIGHT-ARC) are not transitions: they carry the
 * weights a left or right arc gets whatever its label, which the parser adds
 * to every labelled arc's score (see `foldMoveScores`).
 */

/** Class of the SHIFT transition. */
export const SHIFT = 0;
/** Class of the REDUCE transition. */
export const REDUCE = 1;
/** Scoring class shared by every LEFT-ARC (not a transition). */
export const ANY_LEFT = 2;
/** Scoring class shared by every RIGHT-ARC (not a transition). */
export const ANY_RIGHT = 3;
/** Number of move classes (SHIFT, REDUCE, ANY_LEFT, ANY_RIGHT). */
export const MOVE_CLASSES = 4;
/** Class of LEFT-ARC with label 0; LEFT-ARC(l) is `LEFT_BASE + l`. */
export const LEFT_BASE = 4;

/** The four moves of the system, without labels. */
export const Move = { Shift: 0, Reduce: 1, Left: 2, Right: 3 } as const;

/** One of the four {@link Move}s. */
export type Move = (typeof Move)[keyof typeof Move];

/** Highest number of labels a transition set supports (classes must fit in a byte). */
export const MAX_LABELS = 125;

/**
 * The labelled transitions of one label inventory: class numbering and the
 * labels allowed in each direction.
 */
export class TransitionSet {
  /** Dependency labels; index = label id. */
  readonly labels: readonly string[];
  /** Id of the `root` label. */
  readonly rootLabel: number;
  /** Number of scoring classes, `4 + 2L`. */
  readonly numClasses: number;
  /** Per label: 1 when LEFT-ARC may use it (head to the right of the dependent). */
  readonly leftAllowed: Uint8Array;
  /** Per label: 1 when RIGHT-ARC may use it (head to the left of the dependent). */
  readonly rightAllowed: Uint8Array;
  readonly #ids: Map<string, number>;

  /**
   * @param labels - the label inventory; must contain `root`.
   * @param leftAllowed - labels seen as left arcs (default: all but `root`).
   * @param rightAllowed - labels seen as right arcs (default: all but `root`).
   */
  constructor(labels: readonly string[], leftAllowed?: Uint8Array, rightAllowed?: Uint8Array) {
    if (labels.length > MAX_LABELS)
      throw new RangeError(`at most ${MAX_LABELS} dependency labels are supported`);
    this.labels = labels;
    this.#ids = new Map(labels.map((l, i) => [l, i]));
    const root = this.#ids.get("root");
    if (root === undefined) throw new RangeError('the label inventory must contain "root"');
    this.rootLabel = root;
    this.numClasses = LEFT_BASE + 2 * labels.length;
    if (this.numClasses > 255) throw new RangeError("too many labels");
    const all = (): Uint8Array => {
      const m = new Uint8Array(labels.length).fill(1);
      m[root] = 0;
      return m;
    };
    this.leftAllowed = leftAllowed ?? all();
    this.rightAllowed = rightAllowed ?? all();
    this.leftAllowed[root] = 0;
    this.rightAllowed[root] = 0;
  }

  /** The id of a label, or -1 when it is not in the inventory. */
  labelId(label: string): number {
    return this.#ids.get(label) ?? -1;
  }

  /** The class of LEFT-ARC(label). */
  left(label: number): number {
    return LEFT_BASE + label;
  }

  /** The class of RIGHT-ARC(label). */
  right(label: number): number {
    return LEFT_BASE + this.labels.length + label;
  }

  /** The move of a class. */
  move(cls: number): Move {
    if (cls === SHIFT) return Move.Shift;
    if (cls === REDUCE) return Move.Reduce;
    if (cls === ANY_LEFT) return Move.Left;
    if (cls === ANY_RIGHT) return Move.Right;
    return cls < LEFT_BASE + this.labels.length ? Move.Left : Move.Right;
  }

  /** The move class carrying the label-independent weights of a class: itself for SHIFT and REDUCE. */
  moveClass(cls: number): number {
    return this.move(cls);
  }

  /** The label of an arc class (-1 for SHIFT, REDUCE and the move-only classes). */
  label(cls: number): number {
    if (cls < LEFT_BASE) return -1;
    const l = cls - LEFT_BASE;
    return l < this.labels.length ? l : l - this.labels.length;
  }

  /** A readable name of a class, e.g. `LEFT-nsubj`. */
  name(cls: number): string {
    if (cls === ANY_LEFT) return "LEFT-*";
    if (cls === ANY_RIGHT) return "RIGHT-*";
    const m = this.move(cls);
    if (m === Move.Shift) return "SHIFT";
    if (m === Move.Reduce) return "REDUCE";
    return `${m === Move.Left ? "LEFT" : "RIGHT"}-${this.labels[this.label(cls)]}`;
  }
}

/**
 * A parser configuration over one sentence, held in typed arrays that are
 * reused from sentence to sentence. Besides the arcs it keeps what the feature
 * templates read: the two leftmost and rightmost children of each token, its
 * left and right valency and the sets of its left and right child labels.
 *
 * Arrays are indexed by token; index `n` is the root and `n + 1` stands for
 * "no token", so feature code can read every array without bounds checks.
 */
export class ParseState {
  /** Number of words. */
  n = 0;
  /** The root token's index (`n`). */
  root = 0;
  /** The "no token" index (`n + 1`). */
  none = 1;
  /** Stack contents, bottom first; `sp` entries are used. */
  stack: Int32Array;
  /** Stack size. */
  sp = 0;
  /** Front of the buffer. */
  b = 0;
  /** Head of each token, -1 when it has none yet. */
  head: Int32Array;
  /** Label id of each token's arc, -1 when it has none. */
  label: Int32Array;
  /** Leftmost child, -1 when none. */
  left1: Int32Array;
  /** Second leftmost child, -1 when none. */
  left2: Int32Array;
  /** Rightmost child, -1 when none. */
  right1: Int32Array;
  /** Second rightmost child, -1 when none. */
  right2: Int32Array;
  /** Number of left children. */
  leftCount: Int32Array;
  /** Number of right children. */
  rightCount: Int32Array;
  /** Bit set of left-child labels (label id modulo 32), low word. */
  leftLabels: Int32Array;
  /** Bit set of left-child labels for ids 32 … 63 (modulo 32). */
  leftLabelsHigh: Int32Array;
  /** Bit set of right-child labels, low word. */
  rightLabels: Int32Array;
  /** Bit set of right-child labels for ids 32 … 63 (modulo 32). */
  rightLabelsHigh: Int32Array;
  /** 1 while a token is on the stack. */
  onStack: Uint8Array;
  #capacity = 0;

  constructor(capacity = 64) {
    this.stack = new Int32Array(0);
    this.head = this.label = this.left1 = this.left2 = this.right1 = this.right2 = this.stack;
    this.leftCount = this.rightCount = this.leftLabels = this.leftLabelsHigh = this.stack;
    this.rightLabels = this.rightLabelsHigh = this.stack;
    this.onStack = new Uint8Array(0);
    this.#grow(capacity);
  }

  #grow(capacity: number): void {
    this.#capacity = capacity;
    const size = capacity + 2;
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size);
    this.label = new Int32Array(size);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.leftLabelsHigh = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
    this.rightLabelsHigh = new Int32Array(size);
    this.onStack = new Uint8Array(size);
  }

  /** Start parsing a sentence of `n` words: empty stack, every word in the buffer. */
  reset(n: number): void {
    if (n > this.#capacity) this.#grow(Math.max(n, this.#capacity * 2));
    this.n = n;
    this.root = n;
    this.none = n + 1;
    this.sp = 0;
    this.b = 0;
    const size = n + 2;
    this.head.fill(-1, 0, size);
    this.label.fill(-1, 0, size);
    this.left1.fill(-1, 0, size);
    this.left2.fill(-1, 0, size);
    this.right1.fill(-1, 0, size);
    this.right2.fill(-1, 0, size);
    this.leftCount.fill(0, 0, size);
    this.rightCount.fill(0, 0, size);
    this.leftLabels.fill(0, 0, size);
    this.leftLabelsHigh.fill(0, 0, size);
    this.rightLabels.fill(0, 0, size);
    this.rightLabelsHigh.fill(0, 0, size);
    this.onStack.fill(0, 0, size);
  }

  /** Make this configuration a copy of `other` (for search over configurations). */
  copyFrom(other: ParseState): void {
    if (other.n > this.#capacity) this.#grow(other.#capacity);
    this.n = other.n;
    this.root = other.root;
    this.none = other.none;
    this.sp = other.sp;
    this.b = other.b;
    const size = other.n + 2;
    const copy = (to: Int32Array | Uint8Array, from: Int32Array | Uint8Array): void =>
      to.set(from.subarray(0, size));
    copy(this.stack, other.stack);
    copy(this.head, other.head);
    copy(this.label, other.label);
    copy(this.left1, other.left1);
    copy(this.left2, other.left2);
    copy(this.right1, other.right1);
    copy(this.right2, other.right2);
    copy(this.leftCount, other.leftCount);
    copy(this.rightCount, other.rightCount);
    copy(this.leftLabels, other.leftLabels);
    copy(this.leftLabelsHigh, other.leftLabelsHigh);
    copy(this.rightLabels, other.rightLabels);
    copy(this.rightLabelsHigh, other.rightLabelsHigh);
    copy(this.onStack, other.onStack);
  }

  /** Top of the stack, or -1 when it is empty. */
  get s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1]! : -1;
  }

  /** True once every word has been attached and only the root is left. */
  get terminal(): boolean {
    return this.sp === 0 && this.b >= this.n;
  }

  /** Whether SHIFT may apply. */
  canShift(): boolean {
    return this.b < this.n;
  }

  /** Whether REDUCE may apply. */
  canReduce(): boolean {
    return this.sp > 0 && this.head[this.stack[this.sp - 1]!]! >= 0;
  }

  /** Whether LEFT-ARC may apply (with `root` when `b0` is the root, another label otherwise). */
  canLeft(): boolean {
    return this.sp > 0 && this.head[this.stack[this.sp - 1]!]! < 0;
  }

  /** Whether RIGHT-ARC may apply. */
  canRight(): boolean {
    return this.sp > 0 && this.b < this.n;
  }

  /** Whether the transition `cls` of `set` may apply (never for the move-only classes). */
  isValid(cls: number, set: TransitionSet): boolean {
    if (cls === ANY_LEFT || cls === ANY_RIGHT) return false;
    switch (set.move(cls)) {
      case Move.Shift:
        return this.canShift();
      case Move.Reduce:
        return this.canReduce();
      case Move.Left: {
        if (!this.canLeft()) return false;
        const l = set.label(cls);
        return this.b === this.n ? l === set.rootLabel : set.leftAllowed[l] === 1;
      }
      case Move.Right:
        return this.canRight() && set.rightAllowed[set.label(cls)] === 1;
    }
  }

  /** Apply the transition `cls` of `set` (which must be valid). */
  apply(cls: number, set: TransitionSet): void {
    switch (set.move(cls)) {
      case Move.Shift:
        this.#shift();
        return;
      case Move.Reduce:
        this.sp--;
        this.onStack[this.stack[this.sp]!] = 0;
        return;
      case Move.Left: {
        const s0 = this.stack[--this.sp]!;
        this.onStack[s0] = 0;
        this.#attach(this.b, s0, set.label(cls));
        return;
      }
      case Move.Right:
        this.#attach(this.stack[this.sp - 1]!, this.b, set.label(cls));
        this.#shift();
        return;
    }
  }

  #shift(): void {
    const b0 = this.b++;
    this.stack[this.sp++] = b0;
    this.onStack[b0] = 1;
  }

  #attach(head: number, dep: number, label: number): void {
    this.head[dep] = head;
    this.label[dep] = label;
    const bit = 1 << (label & 31);
    const high = label >= 32;
    if (dep < head) {
      this.leftCount[head]!++;
      if (high) this.leftLabelsHigh[head]! |= bit;
      else this.leftLabels[head]! |= bit;
      const l1 = this.left1[head]!;
      if (l1 < 0 || dep < l1) {
        this.left2[head] = l1;
        this.left1[head] = dep;
      } else {
        const l2 = this.left2[head]!;
        if (l2 < 0 || dep < l2) this.left2[head] = dep;
      }
    } else {
      this.rightCount[head]!++;
      if (high) this.rightLabelsHigh[head]! |= bit;
      else this.rightLabels[head]! |= bit;
      const r1 = this.right1[head]!;
      if (r1 < 0 || dep > r1) {
        this.right2[head] = r1;
        this.right1[head] = dep;
      } else {
        const r2 = this.right2[head]!;
        if (r2 < 0 || dep > r2) this.right2[head] = dep;
      }
    }
  }
}

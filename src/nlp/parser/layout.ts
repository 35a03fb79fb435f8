/**
 * Feature layouts: which templates have label-specific weights (a weight for
 * every transition class) and which only weigh the four moves, their weights
 * shared by every arc of a direction whatever its label. Label-specific
 * weights are the most accurate; move-only weights are much cheaper to score
 * (four numbers instead of ~100), so dense templates that say more about
 * attachment than about labels may be made move-only.
 */
import { BIAS_TEMPLATE, FEATURE_COUNT, ROLE_COUNT, ROLE_FEATURES, Role, TEMPLATE_ORDER } from "./features.js";

/** A feature layout: the templates whose weights only score moves. */
export interface FeatureLayout {
  /** A name for reports (`joint`, `factored`, `hybrid`, or `custom`). */
  readonly name: string;
  /** Template numbers with move-only weights. */
  readonly moveOnly: readonly number[];
}

/** The layouts training offers. */
export const FEATURE_LAYOUTS = {
  /** Every weight is label-specific. */
  joint: { name: "joint", moveOnly: [] },
  /** Only features of the stack top, the buffer front and their pair are label-specific. */
  factored: {
    name: "factored",
    moveOnly: [
      10, 11, 12, 73, 74, 39, 40, 53, 51, 52, 42, 43, 54, 55, 56, 45, 46, 57, 58, 59, 48, 49, 60, 61, 62, 63,
      64, 65, 66, 75, 76, 83, 84, 85, 93, 103,
    ],
  },
  /** Role features and lexical pairs are label-specific; dense tag combinations weigh moves only. */
  hybrid: {
    name: "hybrid",
    moveOnly: [20, 21, 22, 23, 24, 25, 26, 28, 30, 34, 36, 38, 63, 64, 65, 66, 68, 70, 72, 75, 76, 78],
  },
  /** As `hybrid`, and the roles far from the arc being built (b2, s1, grandhead, second children) weigh moves only. */
  lean: {
    name: "lean",
    moveOnly: [
      20, 21, 22, 23, 24, 25, 26, 28, 30, 34, 36, 38, 63, 64, 65, 66, 68, 70, 72, 75, 76, 78, 10, 11, 12, 73,
      74, 51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62, 83, 84, 103,
    ],
  },
} as const satisfies Record<string, FeatureLayout>;

/** Per key of `extractFeatures`: 1 when its weights are label-specific. */
export function labelledKeys(layout: FeatureLayout): Uint8Array {
  const moveOnly = new Set(layout.moveOnly);
  const mask = new Uint8Array(FEATURE_COUNT);
  for (let k = 0; k < FEATURE_COUNT; k++) mask[k] = moveOnly.has(TEMPLATE_ORDER[k]!) ? 0 : 1;
  return mask;
}

/**
 * Per role: 1 when one of its role features (or, for the stack top, the bias,
 * which a parser may sum with them) has label-specific weights.
 */
export function labelledRoles(layout: FeatureLayout): Uint8Array {
  const moveOnly = new Set(layout.moveOnly);
  const out = new Uint8Array(ROLE_COUNT);
  for (let r = 0; r < ROLE_COUNT; r++) {
    const templates = ROLE_FEATURES[r]!.map(([t]) => t);
    if (r === Role.S0) templates.push(BIAS_TEMPLATE);
    out[r] = templates.some((t) => !moveOnly.has(t)) ? 1 : 0;
  }
  return out;
}

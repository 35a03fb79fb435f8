/**
 * Entity-level scoring as conlleval does it: a predicted entity counts only
 * when its span and its type both match a gold entity exactly.
 */
import { ENTITY_TYPES, type EntityType, type TokenSpan } from "./tags.js";

/** Counts and precision / recall / F1 (in percent) of one entity type or all. */
export interface PrfScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores overall and per entity type. */
export interface NerScores {
  overall: PrfScore;
  byType: Record<EntityType, PrfScore>;
}

/** Accumulates gold and predicted spans sentence by sentence. */
export class NerScorer {
  readonly #counts = new Map<EntityType | "all", { gold: number; predicted: number; correct: number }>();

  constructor() {
    for (const k of ["all", ...ENTITY_TYPES] as const)
      this.#counts.set(k, { gold: 0, predicted: 0, correct: 0 });
  }

  /** Add one sentence's gold and predicted spans. */
  add(gold: readonly TokenSpan[], predicted: readonly TokenSpan[]): void {
    const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const all = this.#counts.get("all")!;
    for (const s of gold) {
      all.gold++;
      this.#counts.get(s.type)!.gold++;
    }
    for (const s of predicted) {
      all.predicted++;
      const c = this.#counts.get(s.type)!;
      c.predicted++;
      if (goldKeys.has(key(s))) {
        all.correct++;
        c.correct++;
      }
    }
  }

  /** The scores so far. */
  scores(): NerScores {
    const prf = (k: EntityType | "all"): PrfScore => {
      const { gold, predicted, correct } = this.#counts.get(k)!;
      const precision = predicted === 0 ? 0 : (100 * correct) / predicted;
      const recall = gold === 0 ? 0 : (100 * correct) / gold;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { gold, predicted, correct, precision, recall, f1 };
    };
    const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(t)])) as Record<EntityType, PrfScore>;
    return { overall: prf("all"), byType };
  }
}

/** One line: `F1 90.12 (P 90.50 R 89.75) PER 94.1 ORG 85.2 LOC 92.0 MISC 84.3`. */
export function formatScores(s: NerScores): string {
  const f = (x: number) => x.toFixed(2);
  const types = ENTITY_TYPES.map((t) => `${t} ${f(s.byType[t].f1)}`).join("  ");
  return `F1 ${f(s.overall.f1)} (P ${f(s.overall.precision)} R ${f(s.overall.recall)})  ${types}`;
}

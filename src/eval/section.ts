/** The result of one evaluation section. */
export interface SectionResult {
  /** Metric name → value. Names are `section.metric`. */
  metrics: Record<string, number>;
  /** Human-readable lines printed under the section's heading. */
  lines: string[];
}

/** One part of `npm run eval` (corpus, NLP, cleaning, …). */
export interface EvalSection {
  name: string;
  description: string;
  /** True when the section reads `../shared`; it is skipped with a message when that is absent. */
  needsShared: boolean;
  run(shared: string | null): Promise<SectionResult>;
}

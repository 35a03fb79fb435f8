import type { Token } from "../doc/types.js";
import { tokenRange } from "./tokens.js";
import type { TimeCandidate } from "./types.js";

/** A refiner: merges, drops or ranks the candidates of one document. */
export interface TimeRefiner {
  readonly name: string;
  refine(candidates: TimeCandidate[], tokens: readonly Token[]): TimeCandidate[];
}

/** Drops a bare year that counts something ("2000 people", "1500 troops"). */
export const AmountYearFilter: TimeRefiner = {
  name: "AmountYearFilter",
  refine(candidates, tokens) {
    return candidates.filter((c) => {
      if (c.meaning.kind !== "year" || !/^\d{4}$/.test(c.text)) return true;
      const range = tokenRange(tokens, c.start, c.end);
      if (!range) return true;
      const next = tokens[range[1] + 1];
      const prev = tokens[range[0] - 1];
      if (next && next.sentence === tokens[range[1]]?.sentence && next.xpos === "NNS") return false;
      if (prev && /^(no\.?|number|flight|route|highway|resolution|article|model|room)$/i.test(prev.text))
        return false;
      return true;
    });
  },
};

/** Drops "May" used as the modal verb ("May I…", "it May be" in a headline) when the tagger says so. */
export const ModalMayFilter: TimeRefiner = {
  name: "ModalMayFilter",
  refine(candidates, tokens) {
    return candidates.filter((c) => {
      if (c.meaning.kind !== "month" || c.text !== "May") return true;
      const range = tokenRange(tokens, c.start, c.end);
      if (!range) return true;
      const tok = tokens[range[0]];
      const next = tokens[range[1] + 1];
      return !(tok?.xpos === "MD" || (next && /^VB$/.test(next.xpos ?? "")));
    });
  },
};

/** Keeps the longest of overlapping candidates (earlier start on a tie), so "two days ago" beats "two days". */
export const OverlapRefiner: TimeRefiner = {
  name: "OverlapRefiner",
  refine(candidates) {
    const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: TimeCandidate[] = [];
    for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** The refiners, in the order they run. */
export const DEFAULT_REFINERS: readonly TimeRefiner[] = [AmountYearFilter, ModalMayFilter, OverlapRefiner];

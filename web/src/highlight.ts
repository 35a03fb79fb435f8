/**
 * Article text with highlighted spans, built from UTF-16 offsets into the
 * text. Spans may overlap: the text is cut at every span boundary and each
 * piece carries the classes of all spans covering it. Text goes in as text
 * nodes only.
 */
import { h } from "./dom.js";

/** One highlighted range of the text. */
export interface Highlight {
  start: number;
  end: number;
  /** CSS class, e.g. `hl-entity`. */
  kind: string;
  /** Tooltip. */
  label?: string;
  /** Extra attributes for the piece, e.g. a test id. */
  id?: string;
}

/** A run of text and the highlights covering it. */
export interface Piece {
  start: number;
  end: number;
  covering: Highlight[];
}

/** Cut `[0, length)` at every highlight boundary (clamped to the text). */
export function pieces(length: number, highlights: readonly Highlight[]): Piece[] {
  const valid = highlights
    .map((x) => ({ ...x, start: Math.max(0, x.start), end: Math.min(length, x.end) }))
    .filter((x) => x.end > x.start);
  const cuts = new Set<number>([0, length]);
  for (const x of valid) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    out.push({ start, end, covering: valid.filter((x) => x.start <= start && x.end >= end) });
  }
  return out;
}

/** The text as a fragment of text nodes and `<mark>` elements. */
export function highlighted(text: string, highlights: readonly Highlight[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const p of pieces(text.length, highlights)) {
    const chunk = text.slice(p.start, p.end);
    if (p.covering.length === 0) {
      frag.appendChild(document.createTextNode(chunk));
      continue;
    }
    const labels = p.covering.map((c) => c.label).filter((l): l is string => Boolean(l));
    const ids = p.covering.map((c) => c.id).filter((l): l is string => Boolean(l));
    frag.appendChild(
      h(
        "mark",
        {
          class: p.covering.map((c) => c.kind).join(" "),
          title: labels.length > 0 ? labels.join(" · ") : undefined,
          "data-hl": ids.length > 0 ? ids.join(" ") : undefined,
        },
        chunk,
      ),
    );
  }
  return frag;
}

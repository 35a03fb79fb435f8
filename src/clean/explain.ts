import type { Doc } from "../doc/doc.js";
import type { RemovedSpan } from "../doc/types.js";

/** Options of {@link formatCleanExplanation}, with documented defaults. */
export interface ExplainOptions {
  /** Characters of each removed span shown (default 100; longer spans are cut with `…`). */
  maxChars?: number;
  /** Spans listed per reason (default 20; the rest are counted). */
  maxPerReason?: number;
  /** Leave out script/style/noscript blocks of HTML pages, which are never text (default true). */
  hideMarkup?: boolean;
}

const MARKUP_REASONS = new Set([
  "script-element",
  "style-element",
  "noscript-element",
  "template-element",
  "textarea-element",
]);

function shorten(text: string, max: number): string {
  const flat = text
    .replace(/\s*\n\s*/g, " ⏎ ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * A plain-text account of what cleaning did to a document, for
 * `chancery extract --explain-clean`: how the article text was found (the
 * extraction step and container for HTML), what normalisation changed, and
 * every removed span grouped by reason with its input offset.
 *
 * @example
 * process.stderr.write(formatCleanExplanation(doc));
 * // clean: a1 — 4 spans removed (1,245 characters) …
 * //   script-code ×1
 * //     @1739 "(function(d, s, id){ ⏎ var js, fjs = …"
 */
export function formatCleanExplanation(doc: Doc, options: ExplainOptions = {}): string {
  const maxChars = options.maxChars ?? 100;
  const maxPerReason = options.maxPerReason ?? 20;
  const hideMarkup = options.hideMarkup ?? true;
  const shown = doc.removed.filter((r) => !(hideMarkup && MARKUP_REASONS.has(r.reason)));
  const hidden = doc.removed.length - shown.length;
  const chars = shown.reduce((n, r) => n + r.text.length, 0);
  const lines: string[] = [];
  lines.push(
    `clean: ${doc.id} — ${shown.length} span${shown.length === 1 ? "" : "s"} removed (${chars.toLocaleString("en-US")} characters)${hidden > 0 ? `, plus ${hidden} script/style blocks` : ""}; ${doc.text.length.toLocaleString("en-US")} characters kept`,
  );
  const p = doc.provenance;
  if (p["extraction"]) lines.push(`  extraction: ${p["extraction"]}`);
  if (p["container"]) lines.push(`  container: ${p["container"]}`);
  if (p["normalized"]) lines.push(`  normalised: ${p["normalized"]}`);
  if (p["language"]) lines.push(`  language: ${doc.language ?? "unknown"} (${p["language"]})`);
  for (const w of doc.warnings) lines.push(`  warning ${w.code}: ${w.message}`);
  const byReason = new Map<string, RemovedSpan[]>();
  for (const r of shown) {
    const list = byReason.get(r.reason) ?? [];
    list.push(r);
    byReason.set(r.reason, list);
  }
  const reasons = [...byReason.entries()].sort(
    (a, b) => (a[1][0]?.inputStart ?? 0) - (b[1][0]?.inputStart ?? 0),
  );
  for (const [reason, spans] of reasons) {
    lines.push(`  ${reason} ×${spans.length}`);
    for (const s of spans.slice(0, maxPerReason)) {
      const at = s.inputStart === undefined ? "@?" : `@${s.inputStart}`;
      lines.push(`    ${at} ${JSON.stringify(shorten(s.text, maxChars))}`);
    }
    if (spans.length > maxPerReason) lines.push(`    … and ${spans.length - maxPerReason} more`);
  }
  return `${lines.join("\n")}\n`;
}

import type { RemovedSpan } from "../../doc/types.js";
import { MappedText, type TextEdit } from "../mapped.js";
import { codeKind } from "./code.js";
import { isTitleLike, type Line, SENTENCE_END, splitLines } from "./lines.js";
import type { BoilerplateRule } from "./rules.js";
import { isTitleHeading, LINE_MATCH } from "../title.js";

/** Options of {@link cleanText}. */
export interface CleanTextOptions {
  rules: readonly BoilerplateRule[];
  /** Longest run of title-like lines removed after a `header` rule (default 12). */
  maxListLines?: number;
  /** The document's title: a first line repeating it is removed (`title-heading`), the title being kept apart. */
  title?: string | null;
}

/** The outcome of cleaning: the text, what was removed and a date line found at the top. */
export interface CleanedText {
  text: MappedText;
  removed: RemovedSpan[];
  /** A `date 2024-04-26`-style line at the top, read as an ISO date (the line is removed). */
  dateline: string | null;
}

/** A proposal to remove a whole line. */
interface LineVerdict {
  reason: string;
  /** `anywhere` verdicts apply everywhere; `edge` ones only inside the leading or trailing run of junk. */
  where: "anywhere" | "edge";
  /** A header whose following list of title-like lines goes too. */
  header: boolean;
}

const CODE_REASON = { script: "script-code", css: "css-code", json: "json-data", markup: "markup" } as const;

/** A line stating only the date (`date 2024-04-26`, `Published: 2024-04-26`). */
const DATELINE = /^(?:date[d:]?|published:?|posted:?|updated:?)?\s*(\d{4})[-/.](\d{2})[-/.](\d{2})\.?$/i;

/** Recogniser: what a line is, if it is junk as a whole. Code first, then the rules in file order. */
function judgeLine(line: Line, rules: readonly BoilerplateRule[]): LineVerdict | null {
  const t = line.text;
  if (!t) return null;
  const code = codeKind(t);
  if (code) return { reason: CODE_REASON[code], where: "anywhere", header: false };
  let edge: LineVerdict | null = null;
  for (const rule of rules) {
    if (rule.scope === "suffix" || t.length > rule.maxLength) continue;
    if (!rule.pattern.test(t)) continue;
    if (rule.scope === "edge-line" || rule.scope === "edge-contains") {
      edge ??= { reason: rule.reason, where: "edge", header: false };
      continue;
    }
    return { reason: rule.reason, where: "anywhere", header: rule.scope === "header" };
  }
  return edge;
}

/**
 * Refiner: a line between two code lines of a block (`}` , a bare
 * identifier, an empty line) belongs to the block.
 */
function joinCodeBlocks(lines: readonly Line[], verdicts: (LineVerdict | null)[]): void {
  const isCode = (v: LineVerdict | null) => v !== null && v.reason in CODE_BY_REASON;
  let lastCode = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isCode(verdicts[i] ?? null)) continue;
    if (lastCode >= 0 && i - lastCode > 1 && i - lastCode <= 3) {
      const gap = lines.slice(lastCode + 1, i);
      if (gap.every((l) => l.text.length <= 40 && !SENTENCE_END.test(l.text))) {
        for (const l of gap)
          if (l.text)
            verdicts[l.index] = {
              reason: verdicts[i]?.reason ?? "script-code",
              where: "anywhere",
              header: false,
            };
      }
    }
    lastCode = i;
  }
}
const CODE_BY_REASON: Record<string, true> = {
  "script-code": true,
  "css-code": true,
  "json-data": true,
  markup: true,
};

/**
 * Refiner: the edges. Junk gathers at the top and bottom of scraped text, so
 * lines matched by `edge` rules only go when everything between them and the
 * start (or end) of the text is junk or blank too.
 */
function peelEdges(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  removed: (string | null)[],
): void {
  const peel = (i: number) => {
    const l = lines[i] as Line;
    if (!l.text) return true;
    const v = verdicts[i];
    if (!v) return false;
    removed[i] = v.reason;
    return true;
  };
  let top = 0;
  while (top < lines.length && peel(top)) top++;
  let bottom = lines.length - 1;
  while (bottom > top && peel(bottom)) bottom--;
}

/** Refiner: after a `header` line (Related, Read more …), the list of short title-like lines goes too. */
function dropHeaderLists(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  removed: (string | null)[],
  maxLines: number,
): void {
  for (let i = 0; i < lines.length; i++) {
    const v = verdicts[i];
    if (!v?.header || removed[i] === null) continue;
    let taken = 0;
    for (let j = i + 1; j < lines.length && taken < maxLines; j++) {
      const t = (lines[j] as Line).text;
      if (!t) continue;
      if (removed[j] !== null && removed[j] !== undefined) continue;
      if (!isTitleLike(t)) break;
      removed[j] = v.reason;
      taken++;
    }
  }
}

/** Separators that end a running header glued to the start of paragraphs (`Site Name; …`, `Topic | …`). */
const PREFIX = /^(.{8,80}?)(?:;|\s\|)\s+(?=\S)/u;

/**
 * Recogniser: a header repeated at the start of several paragraphs
 * (`River Deal; …` at the start of several paragraphs). Returns one edit per line that
 * carries it.
 */
function repeatedPrefixes(
  lines: readonly Line[],
  removed: readonly (string | null)[],
): { line: Line; length: number }[] {
  // Removed lines count as occurrences (the header may sit on a promo line that goes), but only kept lines are edited.
  const byPrefix = new Map<string, { line: Line; length: number }[]>();
  for (const line of lines) {
    if (!line.text) continue;
    const m = PREFIX.exec(line.text);
    if (!m) continue;
    const prefix = (m[1] ?? "").trim();
    if (prefix.split(/\s+/).length < 2 || SENTENCE_END.test(prefix)) continue;
    const list = byPrefix.get(prefix) ?? [];
    list.push({ line, length: m[0].length });
    byPrefix.set(prefix, list);
  }
  return [...byPrefix.values()]
    .filter((l) => l.length >= 2)
    .flat()
    .filter((p) => removed[p.line.index] === null);
}

/**
 * Remove the junk scrapes leave inside text, line by line, recording each
 * removed span with its reason and input offset:
 *
 * 1. recognisers propose: code lines (script, CSS, JSON, markup), lines
 *    matching the boilerplate rules (`data/clean/boilerplate.tsv`), a date
 *    line at the top, running headers repeated at paragraph starts, captions
 *    glued to the end of a line;
 * 2. refiners decide: code blocks absorb the short lines between their code
 *    lines; `edge` rules only remove lines in the leading and trailing runs of
 *    junk; a `header` rule takes the list of title-like lines after it;
 * 3. the removals are applied and blank-line runs collapsed.
 */
export function cleanText(input: MappedText, options: CleanTextOptions): CleanedText {
  const lines = splitLines(input.text);
  const verdicts = lines.map((l) => judgeLine(l, options.rules));
  joinCodeBlocks(lines, verdicts);
  const removed: (string | null)[] = verdicts.map((v) => (v && v.where === "anywhere" ? v.reason : null));

  let dateline: string | null = null;
  const first = lines.find((l) => l.text);
  if (
    first &&
    removed[first.index] === null &&
    options.title &&
    first.text.length <= 250 &&
    !SENTENCE_END.test(first.text) &&
    isTitleHeading(first.text, [options.title], LINE_MATCH)
  ) {
    removed[first.index] = "title-heading";
  }
  const top = lines.find((l) => l.text && removed[l.index] === null);
  if (top) {
    const m = DATELINE.exec(top.text);
    if (m) {
      dateline = `${m[1]}-${m[2]}-${m[3]}`;
      removed[top.index] = "dateline";
    }
  }

  peelEdges(lines, verdicts, removed);
  dropHeaderLists(lines, verdicts, removed, options.maxListLines ?? 12);

  const edits: TextEdit[] = [];
  const spans: RemovedSpan[] = [];
  // Consecutive removed lines with the same reason (blank lines between them allowed) make one span.
  let open: { span: RemovedSpan; line: number } | null = null;
  const record = (line: Line, reason: string) => {
    const between = open ? lines.slice(open.line + 1, line.index) : [];
    if (open && open.span.reason === reason && between.every((l) => !l.text)) {
      open.span.text += `\n${line.text}`;
      open.line = line.index;
      return;
    }
    open = {
      span: { text: line.text, reason, inputStart: input.inputOffset(line.textStart) },
      line: line.index,
    };
    spans.push(open.span);
  };

  for (const p of repeatedPrefixes(lines, removed)) {
    edits.push({ start: p.line.textStart, end: p.line.textStart + p.length, text: "" });
    spans.push({
      text: p.line.text.slice(0, p.length).trim(),
      reason: "repeated-header",
      inputStart: input.inputOffset(p.line.textStart),
    });
  }
  const prefixed = new Set(edits.map((e) => e.start));

  for (const line of lines) {
    const reason = removed[line.index];
    if (reason) {
      // Remove the line with its line break, so no blank line is left where it stood.
      edits.push({ start: line.start, end: Math.min(line.end + 1, input.text.length), text: "" });
      record(line, reason);
      continue;
    }
    if (!line.text || prefixed.has(line.textStart)) continue;
    for (const rule of options.rules) {
      if (rule.scope !== "suffix") continue;
      const m = rule.pattern.exec(line.text);
      if (!m || m.index === 0) continue;
      const start = line.textStart + m.index;
      edits.push({ start, end: line.textStart + line.text.length, text: "" });
      spans.push({ text: m[0].trim(), reason: rule.reason, inputStart: input.inputOffset(start) });
      break;
    }
  }
  spans.sort((a, b) => (a.inputStart ?? 0) - (b.inputStart ?? 0));
  let text = input.apply(dedupe(edits));
  text = text.replace(/\n{3,}/g, () => "\n\n").replace(/^\s+|\s+$/g, () => "");
  return { text, removed: spans, dateline };
}

/** Drop edits nested in or overlapping an earlier one (a line removal wins over a suffix on it). */
function dedupe(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.start < end) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}

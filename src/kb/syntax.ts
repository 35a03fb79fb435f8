/**
 * The line syntax of knowledge-base files (`*.kb`): a record starts with an
 * unindented header line `<type> <rest…>`, optionally prefixed by `extend` or
 * `drop`; indented lines below it are its fields, `<name> <value…>`. Blank
 * lines and comments (`#` at the start of a line or after a space) are
 * ignored. This module only splits lines; records.ts gives them meaning.
 */
import type { KbIssue } from "./types.js";

/** An indented `<name> <value>` line of a record. */
export interface RawField {
  name: string;
  value: string;
  line: number;
}

/** A header line with the fields indented below it. */
export interface RawStatement {
  mode: "define" | "extend" | "drop";
  type: string;
  /** The header after the type, trimmed. */
  rest: string;
  file: string;
  line: number;
  fields: RawField[];
}

/** Strip a comment: `#` at the start or after whitespace begins one. */
function stripComment(line: string): string {
  const m = /(^|\s)#/.exec(line);
  return m === null ? line : line.slice(0, m.index);
}

/** Split the first whitespace-delimited word from the rest. */
export function splitWord(text: string): [string, string] {
  const t = text.trim();
  const m = /^(\S+)\s*(.*)$/s.exec(t);
  return m === null ? ["", ""] : [m[1] ?? "", (m[2] ?? "").trim()];
}

/** Split a `a | b | c` list, trimming items and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split("|")
    .map((s) => s.trim().replace(/\s+/g, " "))
    .filter((s) => s !== "");
}

/**
 * Split a knowledge-base file into statements. `file` is the name used in
 * issues. Lines that cannot start or continue a statement become errors in
 * `issues`.
 */
export function parseStatements(text: string, file: string, issues: KbIssue[]): RawStatement[] {
  const out: RawStatement[] = [];
  let current: RawStatement | null = null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = stripComment(raw).trimEnd();
    if (content.trim() === "") return;
    if (/^\s/.test(content)) {
      if (current === null || current.mode === "drop") {
        const why = current === null ? "before any record header" : "under a drop statement";
        issues.push({ severity: "error", file, line, message: `indented field line ${why}` });
        return;
      }
      const [name, value] = splitWord(content);
      current.fields.push({ name, value, line });
      return;
    }
    let [type, rest] = splitWord(content);
    let mode: RawStatement["mode"] = "define";
    if (type === "extend" || type === "drop") {
      mode = type;
      [type, rest] = splitWord(rest);
    }
    current = { mode, type, rest, file, line, fields: [] };
    out.push(current);
  });
  return out;
}

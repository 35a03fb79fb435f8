import { MappedText } from "../../clean/mapped.js";
import { NORMALIZE_STEPS } from "../../clean/normalize/steps.js";

/** The result of {@link normalizeMapped}: the text and how many changes each step made. */
export interface Normalized {
  text: MappedText;
  /** Step name → number of changes (only steps that changed something). */
  changes: Record<string, number>;
}

/**
 * Normalise text, keeping each character's input offset. In order:
 * mojibake repair (`â€™` → `’`), Unicode NFC, line breaks to `\n`, zero-width
 * and control characters removed, exotic spaces to plain spaces, quote/dash/
 * ellipsis variants to standard forms (curly quotes and dashes as written are
 * kept: they carry meaning for the tokenizer), redaction marks (`**`, `█`)
 * dropped without gluing words, words broken across line ends re-joined,
 * space runs collapsed, lines trimmed, at most one blank line between
 * paragraphs.
 */
export function normalizeMapped(input: MappedText): Normalized {
  let text = input;
  const changes: Record<string, number> = {};
  for (const step of NORMALIZE_STEPS) {
    const r = step.run(text);
    text = r.text;
    if (r.changes > 0) changes[step.name] = r.changes;
  }
  return { text, changes };
}

/**
 * {@link normalizeMapped} on a plain string.
 *
 * @example
 * normalizeText("Hello\u200b  world\r\n\r\n\r\nNext") // "Hello world\n\nNext"
 * normalizeText("Valderaâ€™s envoy** said") // "Valdera’s envoy said"
 */
export function normalizeText(input: string): string {
  return normalizeMapped(MappedText.identity(input)).text.text;
}

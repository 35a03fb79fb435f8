/**
 * Text normalisation shared by every input: Unicode NFC, line breaks to `\n`,
 * zero-width and control characters removed, non-breaking and other exotic
 * spaces to plain spaces, runs of spaces collapsed, lines trimmed, and at most
 * one blank line between paragraphs. Quotes and dashes are kept as written
 * (they carry meaning for the tokenizer); mojibake repair and boilerplate
 * removal belong to the cleaning stages.
 *
 * @example
 * normalizeText("Hello\u200b  world\r\n\r\n\r\nNext") // "Hello world\n\nNext"
 */
export function normalizeText(input: string): string {
  let s = input.normalize("NFC");
  s = s.replace(/\r\n?/g, "\n");
  // Zero-width characters, BOMs, soft hyphens and C0/C1 controls except tab/newline.
  s = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "");
  s = s.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ");
  s = s.replace(/\u2028|\u2029/g, "\n");
  s = s.replace(/ {2,}/g, " ");
  s = s
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
  s = s.replace(/\n{3,}/g, "\n\n");
  return s.trim();
}

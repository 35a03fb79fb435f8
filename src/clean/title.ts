const WORDS = /[\p{L}\p{N}]+/gu;

const wordsOf = (s: string): string[] => (s.toLowerCase().match(WORDS) ?? []) as string[];

/** How closely a line must match a title: shares of the line's words in the title, and of the title's words in the line. */
export interface TitleMatch {
  lineShare: number;
  titleShare: number;
}

/** For headings and headline-like blocks: most words shared (`Harbour talks resume` repeats `Harbour talks resume in Valdera | The Ledger`). */
export const HEADING_MATCH: TitleMatch = { lineShare: 0.8, titleShare: 0.5 };
/** For a plain line of text, which may be a sentence that merely uses the title's words. */
export const LINE_MATCH: TitleMatch = { lineShare: 0.9, titleShare: 0.7 };

/** Whether a line repeats a title (see {@link TitleMatch}). */
export function repeatsTitle(text: string, title: string, match: TitleMatch = HEADING_MATCH): boolean {
  const h = wordsOf(text);
  const t = new Set(wordsOf(title));
  if (h.length === 0 || t.size === 0) return false;
  const shared = h.filter((w) => t.has(w)).length;
  return shared / h.length >= match.lineShare && shared / t.size >= match.titleShare;
}

/** Whether a line repeats any of the given titles (see {@link repeatsTitle}). */
export function isTitleHeading(
  text: string,
  titles: readonly string[],
  match: TitleMatch = HEADING_MATCH,
): boolean {
  return titles.some((t) => t !== "" && repeatsTitle(text, t, match));
}

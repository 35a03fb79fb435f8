/** A line of text: offsets of its trimmed content and of the whole line. */
export interface Line {
  /** Index of the line. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line break ending it (or the text length). */
  end: number;
  /** The line without surrounding spaces. */
  text: string;
  /** Offset of `text` in the full text. */
  textStart: number;
}

/** Split text into lines at `\n`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    lines.push({ index: index++, start, end, text: raw.trim(), textStart: start + lead });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…。！？]["”’»)\]]*$/;

/** Whether a line reads like a headline or link title rather than a sentence: short and unpunctuated. */
export function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 120 && !SENTENCE_END.test(text);
}

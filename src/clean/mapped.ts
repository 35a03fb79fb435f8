/**
 * Text that remembers where each character came from.
 *
 * Every cleaning step (HTML rendering, normalisation, junk removal) edits the
 * text through a {@link MappedText}, so each character of the clean text
 * keeps the offset of the input character it was made from. That is how a
 * removed span reports `inputStart`, and how a paragraph of the clean text is
 * traced back to its range in the raw HTML.
 */

/** One edit proposed by a step: replace `[start, end)` of the current text with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A string plus, for every UTF-16 unit, the offset in the original input it came from. */
export class MappedText {
  /** The current text. */
  readonly text: string;
  /**
   * `origin[i]` is the input offset of `text[i]`; `origin[text.length]` is the
   * input offset just past the last character (the end sentinel).
   */
  readonly origin: Int32Array;

  constructor(text: string, origin: Int32Array) {
    if (origin.length !== text.length + 1) {
      throw new RangeError(
        `origin has ${origin.length} entries for ${text.length} characters (need length + 1)`,
      );
    }
    this.text = text;
    this.origin = origin;
  }

  /** Text whose characters map one to one onto the input, starting at `base`. */
  static identity(text: string, base = 0): MappedText {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = base + i;
    return new MappedText(text, origin);
  }

  /** The input offset of character `i` of the current text (clamped to the text). */
  inputOffset(i: number): number {
    const at = Math.max(0, Math.min(i, this.text.length));
    return this.origin[at] ?? 0;
  }

  /** The input range `[start, end)` that `[start, end)` of the current text was made from. */
  inputRange(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.inputOffset(start);
      return { start: at, end: at };
    }
    const first = this.inputOffset(start);
    const last = this.inputOffset(end - 1);
    return { start: first, end: Math.max(first, last + 1) };
  }

  /**
   * Apply non-overlapping edits (in any order). Replacement characters map to
   * the input offset where the replaced span started, so a mapping never
   * points outside the input. Overlapping edits throw a RangeError.
   */
  apply(edits: readonly TextEdit[]): MappedText {
    if (edits.length === 0) return this;
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts: string[] = [];
    let length = 0;
    let cursor = 0;
    for (const e of sorted) {
      if (e.start < cursor || e.end < e.start || e.end > this.text.length) {
        throw new RangeError(`edit [${e.start}, ${e.end}) overlaps another or lies outside the text`);
      }
      length += e.start - cursor + e.text.length;
      cursor = e.end;
    }
    length += this.text.length - cursor;
    const origin = new Int32Array(length + 1);
    let out = 0;
    cursor = 0;
    for (const e of sorted) {
      parts.push(this.text.slice(cursor, e.start));
      origin.set(this.origin.subarray(cursor, e.start), out);
      out += e.start - cursor;
      parts.push(e.text);
      const at = this.origin[e.start] ?? 0;
      origin.fill(at, out, out + e.text.length);
      out += e.text.length;
      cursor = e.end;
    }
    parts.push(this.text.slice(cursor));
    origin.set(this.origin.subarray(cursor), out);
    return new MappedText(parts.join(""), origin);
  }

  /**
   * Replace every match of a global regular expression. `replacement` gets
   * the match and returns the new text (or the match itself to keep it).
   */
  replace(pattern: RegExp, replacement: (match: RegExpExecArray) => string): MappedText {
    if (!pattern.global) throw new TypeError("MappedText.replace needs a global regular expression");
    const edits: TextEdit[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const text = replacement(m);
      if (text !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text });
    }
    return this.apply(edits);
  }

  /** Join pieces with a separator; separator characters map to the end of the piece before them. */
  static join(pieces: readonly MappedText[], separator: string): MappedText {
    const parts: string[] = [];
    let length = 0;
    pieces.forEach((p, i) => {
      length += p.text.length + (i > 0 ? separator.length : 0);
    });
    const origin = new Int32Array(length + 1);
    let out = 0;
    let last = 0;
    pieces.forEach((p, i) => {
      if (i > 0) {
        parts.push(separator);
        origin.fill(last, out, out + separator.length);
        out += separator.length;
      }
      parts.push(p.text);
      origin.set(p.origin.subarray(0, p.text.length), out);
      out += p.text.length;
      last = p.origin[p.text.length] ?? last;
    });
    origin[length] = last;
    return new MappedText(parts.join(""), origin);
  }
}

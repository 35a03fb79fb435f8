/**
 * Word runs: a maximal stretch of word characters joined by connectors
 * (`.` `,` `'` `-` `/` `&` `@` `:`), read once, with a summary of what it
 * contains so the word rules scan again only the runs that need it.
 */
import { codePointAt, isConnector, isDigit, isHyphen, isWordAt, width } from "./chars.js";
import { charAt, type Scanner } from "./scanner.js";

const FULL_STOP = 0x2e;

// What a run contains, as bits of `Run.shape`, so each level scans only the runs that need it.
/** The run has a full stop between word characters (`U.S`, `3.5`, `a.com`). */
export const HAS_DOT = 1;
/** The run has a comma or colon between word characters (`3,000`, `5:00`, `said,and`). */
export const HAS_COMMA_OR_COLON = 2;
/** The run has a slash or ampersand between word characters (`and/or`, `AT&T`). */
export const HAS_SLASH_OR_AMPERSAND = 4;
/** The run has a hyphen between word characters (`long-term`). */
export const HAS_HYPHEN = 8;
/** The run has an at sign between word characters (`a@b.org`). */
export const HAS_AT = 16;
/** The run has something other than digits and number separators (`.` `,` `:` `/` `-`). */
export const NOT_NUMERIC = 32;

/** The end of a run and the `HAS_…`/`NOT_NUMERIC` bits of what it contains. */
export interface Run {
  end: number;
  shape: number;
}

/**
 * Read the run starting at word character `i`: word characters, and
 * connectors with a word character on each side.
 */
export function scanRun(s: Scanner, i: number): Run {
  const { text, end } = s;
  let j = i;
  let shape = 0;
  while (j < end) {
    s.stats.steps++;
    const cp = codePointAt(text, j, end);
    if (isWordAt(text, j, cp)) {
      if (!isDigit(cp)) shape |= NOT_NUMERIC;
      j += width(cp);
      continue;
    }
    if (isConnector(cp)) {
      const next = codePointAt(text, j + 1, end);
      if (next >= 0 && isWordAt(text, j + 1, next)) {
        shape |= connectorShape(cp);
        if (!isDigit(next)) shape |= NOT_NUMERIC;
        j += 1 + width(next);
        continue;
      }
    }
    break;
  }
  return { end: j, shape };
}

function connectorShape(cp: number): number {
  switch (cp) {
    case FULL_STOP:
      return HAS_DOT;
    case 0x2c: // ,
    case 0x3a: // :
      return HAS_COMMA_OR_COLON;
    case 0x2f: // /
      return HAS_SLASH_OR_AMPERSAND;
    case 0x26: // &
      return HAS_SLASH_OR_AMPERSAND | NOT_NUMERIC;
    case 0x40: // @
      return HAS_AT | NOT_NUMERIC;
    default:
      return isHyphen(cp) ? HAS_HYPHEN : NOT_NUMERIC;
  }
}

/** Whether an ASCII digit is at `i` (inside the scanner's range). */
export const digitAt = (s: Scanner, i: number) => isDigit(charAt(s, i));
/** Whether the connector at `k` sits between two digits (`3.5`, `3,000`, `5:00`). */
export const betweenDigits = (s: Scanner, k: number) => digitAt(s, k - 1) && digitAt(s, k + 1);

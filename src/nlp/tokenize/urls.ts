/**
 * URLs written with a scheme or `www.`: one token from the prefix to the
 * next space, less the punctuation that closes the surrounding sentence.
 */
import { codePointAt, isSeparator, width } from "./chars.js";
import { charAt, type Scanner } from "./scanner.js";

const PREFIXES = ["http://", "https://", "ftp://", "file://", "mailto:", "www."] as const;

function startsWithAsciiIgnoreCase(s: Scanner, i: number, prefix: string): boolean {
  if (i + prefix.length > s.end) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = s.text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters that end a URL even without a space: quotation marks and angle brackets. */
function endsUrl(cp: number): boolean {
  return (
    cp === 0x22 || cp === 0x3c || cp === 0x3e || cp === 0x201c || cp === 0x201d || cp === 0xab || cp === 0xbb
  );
}

/** Trailing characters that belong to the sentence rather than the URL. */
function isTrailingPunct(c: number): boolean {
  switch (c) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x27: // '
    case 0x2019: // ’
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
      return true;
    default:
      return false;
  }
}

/**
 * The end of a URL starting at `i`, or -1 when none starts there. A closing
 * bracket at the end stays in the URL only when the URL opened one
 * (`…/Foo_(bar)`).
 */
export function matchUrl(s: Scanner, i: number): number {
  let prefixLength = 0;
  for (const p of PREFIXES) {
    if (startsWithAsciiIgnoreCase(s, i, p)) {
      prefixLength = p.length;
      break;
    }
  }
  if (prefixLength === 0) return -1;
  let j = i + prefixLength;
  let open = 0;
  let close = 0;
  while (j < s.end) {
    s.stats.steps++;
    const cp = codePointAt(s.text, j, s.end);
    if (isSeparator(cp) || endsUrl(cp)) break;
    if (cp === 0x28) open++;
    else if (cp === 0x29) close++;
    j += width(cp);
  }
  while (j > i + prefixLength) {
    s.stats.steps++;
    const c = charAt(s, j - 1);
    if (!isTrailingPunct(c)) break;
    if (c === 0x29 && close <= open) break;
    if (c === 0x29) close--;
    j--;
  }
  // "www." or "http://" alone is not a URL.
  return j > i + prefixLength ? j : -1;
}

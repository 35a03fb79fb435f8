import type { MappedText } from "../mapped.js";

/** windows-1252 bytes 0x80–0x9F that are not the Latin-1 code points of the same value. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** The windows-1252 byte a character was decoded from, or -1. */
function byteOf(ch: string): number {
  const cp = ch.charCodeAt(0);
  if (cp <= 0xff) return cp;
  return CP1252_HIGH[cp] ?? -1;
}

/** UTF-8 sequence length announced by a lead byte, or 0. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A lead character (Â…ô) followed by characters whose windows-1252 bytes are
 * UTF-8 continuation bytes: the shape UTF-8 takes when read as windows-1252.
 */
const SUSPECT =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]+/g;

/** "â€" whose third byte (0x9D, undefined in windows-1252) was lost: a right double quote. */
const LOST_QUOTE = /\u00e2\u20ac(?=[\s.,;:!?)\]]|$)/g;

/** Repair one suspect run; returns the run unchanged when its bytes are not valid UTF-8. */
function repairRun(run: string): string {
  let out = "";
  let i = 0;
  while (i < run.length) {
    const lead = byteOf(run[i] as string);
    const n = sequenceLength(lead);
    if (n === 0 || i + n > run.length) {
      out += run.slice(i);
      break;
    }
    const bytes = new Uint8Array(n);
    let ok = true;
    for (let k = 0; k < n; k++) {
      const b = byteOf(run[i + k] as string);
      if (b < 0 || (k > 0 && (b < 0x80 || b > 0xbf))) ok = false;
      bytes[k] = b < 0 ? 0 : b;
    }
    let decoded: string | null = null;
    if (ok) {
      try {
        decoded = strictUtf8.decode(bytes);
      } catch {
        decoded = null;
      }
    }
    if (decoded === null) {
      out += run[i];
      i++;
    } else {
      out += decoded;
      i += n;
    }
  }
  return out;
}

/**
 * Repair mojibake: UTF-8 text that was decoded as windows-1252 somewhere
 * upstream (`â€™` → `’`, `Ã©` → `é`, `Â£` → `£`), also when it happened
 * twice. A run is only replaced when its bytes form valid UTF-8 of exactly
 * the announced length, so ordinary Latin-1 text is left alone.
 *
 * @example
 * repairMojibake(MappedText.identity("Americaâ€™s")).text // "America’s"
 */
export function repairMojibake(input: MappedText): { text: MappedText; repairs: number } {
  let text = input;
  let repairs = 0;
  for (let pass = 0; pass < 2; pass++) {
    let changed = 0;
    text = text.replace(SUSPECT, (m) => {
      const fixed = repairRun(m[0]);
      if (fixed !== m[0]) changed++;
      return fixed;
    });
    text = text.replace(LOST_QUOTE, () => {
      changed++;
      return "\u201d";
    });
    repairs += changed;
    if (changed === 0) break;
  }
  return { text, repairs };
}

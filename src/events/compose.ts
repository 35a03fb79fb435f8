/**
 * How an event wrapper ("agreed to", "threatened to", "refused to",
 * "demanded", "urged") combines with the event in its complement: the
 * wrapper's CAMEO family is kept and the sub-code chosen by what is agreed,
 * threatened, refused or requested. Facts of the CAMEO codebook.
 */
import type { WrapKind } from "./patterns.js";

type Table = ReadonlyArray<readonly [prefix: string, code: string]>;

// Longest matching prefix of the inner event's code wins; "" is the default.
const TABLES: Partial<Record<WrapKind, Table>> = {
  agree: [
    ["04", "036"],
    ["05", "032"],
    ["057", "030"],
    ["06", "031"],
    ["061", "0311"],
    ["062", "0312"],
    ["063", "0313"],
    ["064", "0314"],
    ["07", "033"],
    ["071", "0331"],
    ["072", "0332"],
    ["073", "0333"],
    ["074", "0334"],
    ["08", "035"],
    ["081", "0351"],
    ["0811", "0351"],
    ["083", "0352"],
    ["084", "0353"],
    ["085", "0354"],
    ["086", "0355"],
    ["087", "0356"],
    ["0871", "0356"],
    ["045", "039"],
    ["", "030"],
  ],
  threaten: [
    ["16", "131"],
    ["161", "1313"],
    ["162", "1311"],
    ["163", "1312"],
    ["166", "1313"],
    ["17", "132"],
    ["172", "132"],
    ["173", "132"],
    ["175", "137"],
    ["14", "133"],
    ["18", "138"],
    ["19", "138"],
    ["191", "1381"],
    ["192", "1382"],
    ["20", "1385"],
    ["", "130"],
  ],
  reject: [
    ["03", "120"],
    ["04", "125"],
    ["045", "126"],
    ["06", "121"],
    ["061", "1211"],
    ["062", "1212"],
    ["07", "122"],
    ["08", "124"],
    ["081", "1241"],
    ["0811", "1241"],
    ["084", "1243"],
    ["085", "1244"],
    ["087", "1246"],
    ["057", "127"],
    ["", "120"],
  ],
  request: [
    ["04", "108"],
    ["045", "105"],
    ["07", "103"],
    ["08", "104"],
    ["081", "1041"],
    ["084", "1054"],
    ["087", "106"],
    ["0871", "107"],
    ["09", "101"],
    ["05", "102"],
    ["", "100"],
  ],
  appeal: [
    ["03", "020"],
    ["04", "026"],
    ["045", "028"],
    ["05", "022"],
    ["057", "027"],
    ["06", "021"],
    ["061", "0211"],
    ["062", "0212"],
    ["07", "023"],
    ["071", "0231"],
    ["072", "0232"],
    ["073", "0233"],
    ["08", "025"],
    ["087", "0256"],
    ["0871", "0256"],
    ["", "020"],
  ],
};

/** The CAMEO code of a wrapper event given its complement's code, or null when the wrapper does not compose. */
export function composeCode(wrap: WrapKind, inner: string, fallback: string): string {
  const table = TABLES[wrap];
  if (!table) return fallback;
  let best = "";
  let code = fallback;
  for (const [prefix, c] of table) {
    if (inner.startsWith(prefix) && prefix.length >= best.length) {
      best = prefix;
      code = c;
    }
  }
  return code;
}

/** Whether a wrapper codes an event of its own (else it only sets the inner event's status). */
export function isEventWrap(wrap: WrapKind): boolean {
  return wrap in TABLES;
}

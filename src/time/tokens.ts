import type { Doc } from "../doc/doc.js";
import type { Token } from "../doc/types.js";

const childrenCache = new WeakMap<readonly Token[], number[][]>();

/** The dependents of every token (by document index), computed once per token array. */
export function childrenOf(tokens: readonly Token[]): number[][] {
  let kids = childrenCache.get(tokens);
  if (kids) return kids;
  kids = tokens.map(() => []);
  tokens.forEach((t, i) => {
    if (t.head !== undefined && t.head >= 0 && t.head < tokens.length) kids[t.head]?.push(i);
  });
  childrenCache.set(tokens, kids);
  return kids;
}

/** Whether the document carries a dependency parse. */
export function hasParse(doc: Doc): boolean {
  return doc.tokens.length > 0 && doc.tokens.every((t) => t.head !== undefined);
}

/** The tokens a character span covers, as `[first, last]` indices, or null when it covers none. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = -1;
  for (let i = lo; i < tokens.length && (tokens[i] as Token).start < end; i++) last = i;
  return last < lo ? null : [lo, last];
}

/** The syntactic head of a token range: the first token whose head lies outside the range. */
export function spanHead(tokens: readonly Token[], first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    const h = tokens[i]?.head;
    if (h === undefined || h < first || h > last) return i;
  }
  return last;
}

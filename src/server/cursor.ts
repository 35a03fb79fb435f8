/**
 * Opaque pagination cursors: base64url JSON naming the listing, a
 * fingerprint of its filters, the snapshot bound (`maxId`) and the position.
 * A cursor is refused (400 naming `cursor`) when it is malformed or was made
 * for other filters. Cursors carry no secrets; values read from them are
 * type-checked and only ever bound as SQL parameters.
 */
import { createHash } from "node:crypto";
import { invalid } from "./errors.js";

/** What a cursor holds. */
export interface CursorState {
  /** Highest id visible to the walk. */
  maxId: number;
  /** Keyset position: first day (null for undated) … */
  day?: string | null;
  /** … and id of the last item returned. */
  id?: number;
  /** Offset position (for listings ordered by relevance or counts). */
  offset?: number;
}

interface Wire {
  v: 1;
  l: string;
  f: string;
  m: number;
  d?: string | null;
  i?: number;
  o?: number;
}

/** A short fingerprint of a listing's filters (order-independent, `undefined` ignored). */
export function fingerprint(filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .filter((k) => filters[k] !== undefined)
    .sort()
    .map((k) => [k, filters[k]]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url").slice(0, 16);
}

/** Encode a cursor for `listing` under filters with fingerprint `filters`. */
export function encodeCursor(listing: string, filters: string, state: CursorState): string {
  const wire: Wire = { v: 1, l: listing, f: filters, m: state.maxId };
  if (state.day !== undefined) wire.d = state.day;
  if (state.id !== undefined) wire.i = state.id;
  if (state.offset !== undefined) wire.o = state.offset;
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

const isCount = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

/**
 * Decode a cursor made by {@link encodeCursor} for the same listing and filters.
 *
 * @throws ApiError 400 naming `cursor`.
 */
export function decodeCursor(text: string, listing: string, filters: string): CursorState {
  let wire: Partial<Wire>;
  try {
    wire = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Wire>;
  } catch {
    throw invalid("cursor", "is not a cursor this server issued");
  }
  if (typeof wire !== "object" || wire === null || wire.v !== 1 || wire.l !== listing || !isCount(wire.m)) {
    throw invalid("cursor", "is not a cursor this server issued for this listing");
  }
  if (wire.f !== filters) {
    throw invalid("cursor", "was issued for other filters; repeat the same filters (only limit may change)");
  }
  const state: CursorState = { maxId: wire.m };
  if (wire.d !== undefined) {
    if (wire.d !== null && !(typeof wire.d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(wire.d))) {
      throw invalid("cursor", "holds an invalid position");
    }
    state.day = wire.d;
  }
  for (const [key, value] of [
    ["id", wire.i],
    ["offset", wire.o],
  ] as const) {
    if (value === undefined) continue;
    if (!isCount(value)) throw invalid("cursor", "holds an invalid position");
    state[key] = value;
  }
  return state;
}

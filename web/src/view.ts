/** What every view receives from the router. */
import { h } from "./dom.js";

export interface ViewContext {
  /** The element the view fills (emptied before each render). */
  root: HTMLElement;
  /** Path segments after the view name, decoded (`#/article/12` → `["12"]`). */
  path: string[];
  /** Query parameters of the hash (`#/events?actor=USA`). */
  params: URLSearchParams;
  /** Register something to undo when the view is left (charts, graphs). */
  onLeave(fn: () => void): void;
  /** False once the user has navigated elsewhere: stop updating the page. */
  current(): boolean;
}

/** A view renders itself into `ctx.root`. */
export type View = (ctx: ViewContext) => Promise<void>;

/** Go to an in-app route, e.g. `/events?actor=USA`. */
export function go(route: string): void {
  location.hash = `#${route}`;
}

/** A route with query parameters (empty values left out). */
export function route(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A message shown instead of data (no events yet, nothing found). */
export function emptyNote(text: string): HTMLElement {
  return h("p", { class: "empty" }, text);
}

/** A titled section. */
export function section(title: string, ...children: Array<Node | null>): HTMLElement {
  const el = h("section", { class: "panel" }, h("h2", {}, title));
  for (const c of children) if (c) el.appendChild(c);
  return el;
}

/** The readable name of a party id (`PER:Wang Yi` → `Wang Yi`). */
export function partyName(id: string): string {
  const colon = id.indexOf(":");
  return colon < 0 ? id : id.slice(colon + 1);
}

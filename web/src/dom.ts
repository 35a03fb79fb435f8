/**
 * Building DOM without HTML strings. Every piece of text becomes a text node
 * (`textContent` semantics), attributes are set one by one and event-handler
 * or style attributes are refused, so data from articles can never become
 * markup or code.
 */

/** What `h` accepts as a child. `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Attribute values; `undefined` and `false` leave the attribute out, `true` sets it empty. */
export type Attrs = Record<string, string | number | boolean | undefined>;

/** Attributes that would run code or inject styles: never set from here. */
const FORBIDDEN_ATTR = /^(on|style$|srcdoc$|formaction$)/i;

/** Append children to `parent` as nodes (strings as text nodes). */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c,
    );
  }
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (FORBIDDEN_ATTR.test(name)) throw new Error(`refusing to set attribute ${name}`);
    if (name === "href" && typeof value === "string" && safeHref(value) === null) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
}

/**
 * Create an HTML element.
 *
 * @example
 * h("a", { href: "#/events", class: "nav" }, "Events")
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Create an SVG element. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

/**
 * A link target that is safe to put in `href`: an in-app route (`#…`), a
 * same-origin path (`/…`, not `//…`), or an absolute http(s) URL. Anything
 * else (`javascript:`, `data:`, …) gives null.
 */
export function safeHref(value: string): string | null {
  const v = value.trim();
  if (v.startsWith("#")) return v;
  if (v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\")) return v;
  try {
    const url = new URL(v);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Remove every child of `el`. */
export function clear(el: Element): void {
  el.replaceChildren();
}

/** A link to an in-app route. */
export function routeLink(route: string, text: Child, attrs: Attrs = {}): HTMLAnchorElement {
  return h("a", { ...attrs, href: `#${route}` }, text);
}

/** Format a count with thousands separators. */
export function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

/** Article reader: the clean text with entities, times, places and events highlighted; what the cleaner removed. */
import { getJson } from "../api.js";
import { h, routeLink, safeHref } from "../dom.js";
import { highlighted, type Highlight } from "../highlight.js";
import type { ApiArticle } from "../types.js";
import { emptyNote, route, section, type ViewContext } from "../view.js";
import { actorList, statusBadge } from "./event-parts.js";

const LAYERS = [
  ["entities", "hl-entity", "entities"],
  ["times", "hl-time", "times"],
  ["places", "hl-place", "places"],
  ["events", "hl-event", "event evidence"],
] as const;

/** Every highlight of the article, by layer. */
function highlightsOf(article: ApiArticle, focusEvent: number | null): Highlight[] {
  const out: Highlight[] = [];
  for (const e of article.entities) {
    for (const m of e.mentions)
      out.push({ start: m.start, end: m.end, kind: "hl-entity", label: `${e.type} ${e.name}` });
  }
  for (const t of article.times)
    out.push({ start: t.start, end: t.end, kind: "hl-time", label: `${t.type} ${t.value}` });
  for (const p of article.places) {
    out.push({
      start: p.start,
      end: p.end,
      kind: "hl-place",
      label: `${p.name}${p.country ? ` (${p.country})` : ""}`,
    });
  }
  for (const e of article.events) {
    const focused = e.id === focusEvent;
    out.push({
      start: e.evidence.start,
      end: e.evidence.end,
      kind: focused ? "hl-event hl-evidence" : "hl-event",
      label: `event ${e.id}: ${e.plover.type} ${e.cameo} (${e.status})`,
      id: focused ? "evidence" : `event-${e.id}`,
    });
  }
  return out;
}

export async function articleView(ctx: ViewContext): Promise<void> {
  const id = Number(ctx.path[0]);
  if (!Number.isInteger(id) || id < 1) {
    ctx.root.appendChild(h("p", { class: "error" }, "No such article."));
    return;
  }
  const article = await getJson<ApiArticle>(`/api/articles/${id}`);
  if (!ctx.current()) return;
  const focus = Number(ctx.params.get("event")) || null;
  const url = article.url ? safeHref(article.url) : null;

  const text = h(
    "div",
    { class: "article-text", id: "article-text" },
    highlighted(article.text, highlightsOf(article, focus)),
  );
  const toggles = h("div", { class: "toggles", id: "layer-toggles" });
  for (const [layer, cls, label] of LAYERS) {
    const box = h("input", { type: "checkbox", checked: true, "data-layer": layer });
    box.addEventListener("change", () => text.classList.toggle(`hide-${cls}`, !box.checked));
    toggles.appendChild(h("label", { class: `toggle ${cls}` }, box, ` ${label}`));
  }
  const removed = h("div", { class: "removed", id: "removed", hidden: true });
  if (article.removed.length === 0)
    removed.appendChild(emptyNote("The cleaner removed nothing from this document."));
  for (const r of article.removed) {
    removed.appendChild(
      h(
        "div",
        { class: "removed-item" },
        h(
          "div",
          { class: "reason" },
          `${r.reason}${r.input_start !== undefined ? ` · at input offset ${r.input_start}` : ""}`,
        ),
        h("pre", {}, r.text),
      ),
    );
  }
  const showRemoved = h("input", { type: "checkbox", id: "show-removed" });
  showRemoved.addEventListener("change", () => {
    removed.hidden = !showRemoved.checked;
  });
  toggles.appendChild(
    h("label", { class: "toggle" }, showRemoved, ` what the cleaner removed (${article.removed.length})`),
  );

  const events = h("ul", { class: "event-list" });
  for (const e of article.events) {
    events.appendChild(
      h(
        "li",
        {},
        routeLink(route("/events", { event: e.id }), `#${e.id}`),
        " ",
        actorList(e.actor),
        ` ${e.plover.type} (${e.cameo}) `,
        actorList(e.recipient),
        " ",
        statusBadge(e.status),
        ` ${e.date.value} — “${e.evidence.trigger}”`,
      ),
    );
  }

  ctx.root.append(
    h("h1", { class: "article-title", id: "article-title" }, article.title ?? article.doc_id),
    h(
      "p",
      { class: "article-meta" },
      `${article.source} · ${article.published_at ?? "undated"} · ${article.language ?? "unknown language"} · version ${article.version}${article.is_current ? "" : " (superseded)"}`,
      url ? " · " : null,
      url
        ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", id: "article-url" }, url)
        : null,
    ),
    toggles,
    removed,
    text,
    section(
      "Events",
      article.events.length > 0 ? events : emptyNote("No events were coded in this article."),
    ),
  );
  text.querySelector('[data-hl~="evidence"]')?.scrollIntoView({ block: "center" });
}

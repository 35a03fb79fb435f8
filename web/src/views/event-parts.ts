/** Pieces shared by the views that list events. */
import { getJson } from "../api.js";
import { append, h, routeLink, safeHref } from "../dom.js";
import { highlighted, type Highlight } from "../highlight.js";
import type { ApiActor, ApiArticle, ApiEvent, ApiEventDetail } from "../types.js";
import { route } from "../view.js";
import { goldsteinBadge } from "./overview.js";

/** A status as a coloured badge. */
export function statusBadge(status: string): HTMLElement {
  return h("span", { class: `badge status-${status.replace(/[^a-z]/g, "")}` }, status);
}

/** A QuadClass as a coloured chip. */
export function quadBadge(q: number): HTMLElement {
  return h("span", { class: `badge quad-${q}` }, `Q${q}`);
}

/** Actors as text (`USA GOV`), each linked to its profile when it has a country. */
export function actorList(actors: readonly ApiActor[]): HTMLElement {
  const span = h("span", { class: "actors" });
  actors.forEach((a, i) => {
    if (i > 0) span.appendChild(document.createTextNode(", "));
    const label = a.country ? `${a.country}${a.sector ? ` ${a.sector}` : ""}` : (a.name ?? a.text);
    span.appendChild(
      a.country
        ? routeLink(`/actor/${encodeURIComponent(a.country)}`, label, { title: a.text })
        : h("span", { title: a.text }, label),
    );
  });
  return span;
}

/** The table head of an event list. */
export function eventHead(): HTMLElement {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      ...["date", "actor", "recipient", "type", "CAMEO", "status", "quad", "Goldstein", "trigger"].map((t) =>
        h("th", {}, t),
      ),
    ),
  );
}

/** One row of an event list; a click calls `onOpen`. */
export function eventRow(e: ApiEvent, onOpen: (e: ApiEvent) => void): HTMLTableRowElement {
  const row = h(
    "tr",
    { class: "event-row", "data-event-id": e.id, tabindex: 0 },
    h("td", { class: "nowrap" }, e.date.value),
    h("td", {}, actorList(e.actor)),
    h("td", {}, actorList(e.recipient)),
    h("td", {}, e.plover.type),
    h("td", {}, e.cameo),
    h("td", {}, statusBadge(e.status)),
    h("td", {}, quadBadge(e.quad_class)),
    h("td", {}, goldsteinBadge(e.goldstein)),
    h("td", { class: "trigger" }, e.evidence.trigger),
  );
  row.addEventListener("click", (ev) => {
    if ((ev.target as Element).closest("a")) return;
    onOpen(e);
  });
  row.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") onOpen(e);
  });
  return row;
}

/** Where the trigger lies inside the evidence sentence, as text offsets (or null when absent). */
function triggerSpan(e: ApiEvent): { start: number; end: number } | null {
  if (!e.evidence.trigger) return null;
  const at = e.evidence.sentence.indexOf(e.evidence.trigger);
  if (at < 0) return null;
  return { start: e.evidence.start + at, end: e.evidence.start + at + e.evidence.trigger.length };
}

/**
 * Fill `panel` with an event and its evidence: the article text with the
 * evidence sentence (and trigger) highlighted by their offsets.
 */
export async function showEvidence(panel: HTMLElement, eventId: number): Promise<void> {
  panel.replaceChildren(h("p", { class: "muted" }, "Loading evidence…"));
  panel.hidden = false;
  const event = await getJson<ApiEventDetail>(`/api/events/${eventId}`);
  const article = await getJson<ApiArticle>(`/api/articles/${event.article_id}`);
  const sentenceMatches =
    article.text.slice(event.evidence.start, event.evidence.end) === event.evidence.sentence;
  const highlights: Highlight[] = [];
  if (sentenceMatches) {
    highlights.push({
      start: event.evidence.start,
      end: event.evidence.end,
      kind: "hl-evidence",
      id: "evidence",
    });
    const trigger = triggerSpan(event);
    if (trigger) highlights.push({ ...trigger, kind: "hl-trigger", label: "trigger", id: "trigger" });
  }
  const url = article.url ? safeHref(article.url) : null;
  const text = h(
    "div",
    { class: "article-text", id: "evidence-text" },
    highlighted(article.text, highlights),
  );
  panel.replaceChildren();
  append(
    panel,
    h(
      "div",
      { class: "evidence-head" },
      h("h2", {}, `Event ${event.id}: ${event.plover.type} (CAMEO ${event.cameo})`),
      h("button", { type: "button", class: "close", "aria-label": "close" }, "×"),
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "actor"),
      h("dd", {}, actorList(event.actor)),
      h("dt", {}, "recipient"),
      h("dd", {}, actorList(event.recipient)),
      h("dt", {}, "status"),
      h("dd", {}, statusBadge(event.status)),
      h("dt", {}, "date"),
      h(
        "dd",
        {},
        `${event.date.value} (${event.date.precision}, ${event.date.stated ? "stated" : "implied"})`,
      ),
      h("dt", {}, "place"),
      h(
        "dd",
        {},
        event.location
          ? `${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}`
          : "–",
      ),
      h("dt", {}, "Goldstein"),
      h("dd", {}, goldsteinBadge(event.goldstein)),
      h("dt", {}, "rule"),
      h("dd", {}, `${event.evidence.rule} · confidence ${event.confidence.toFixed(2)}`),
    ),
    h(
      "p",
      { class: "article-meta" },
      h("strong", { class: "article-title" }, article.title ?? article.doc_id),
      ` · ${article.published_at ?? "undated"} · `,
      routeLink(route(`/article/${article.id}`, { event: event.id }), "open in reader"),
      url ? " · " : null,
      url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "source") : null,
    ),
    sentenceMatches
      ? null
      : h(
          "p",
          { class: "warning" },
          `The evidence sentence is not at its offsets in this article: “${event.evidence.sentence}”`,
        ),
    text,
  );
  panel.querySelector("button.close")?.addEventListener("click", () => {
    panel.hidden = true;
  });
  text.querySelector('[data-hl~="evidence"]')?.scrollIntoView({ block: "center" });
}

/** Event explorer: filters mapped to /api/events, cursor pagination, evidence on click. */
import { getJson } from "../api.js";
import { h, routeLink } from "../dom.js";
import type { ApiEvent, Page } from "../types.js";
import { emptyNote, go, route, type ViewContext } from "../view.js";
import { eventHead, eventRow, showEvidence } from "./event-parts.js";

/** The filters of the explorer, as /api/events names them. */
const FILTERS = ["actor", "recipient", "type", "cameo", "status", "quad_class", "from", "to", "q"] as const;
const TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
];
const STATUSES = ["occurred", "planned", "canceled", "negated", "hypothetical"];

function field(name: string, label: string, value: string, control?: HTMLElement): HTMLElement {
  const input = control ?? h("input", { name, value, placeholder: label, size: 10 });
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function choice(name: string, options: readonly string[], value: string): HTMLSelectElement {
  const select = h("select", { name }, h("option", { value: "" }, "any"));
  for (const o of options) select.appendChild(h("option", { value: o, selected: o === value }, o));
  return select;
}

export async function eventsView(ctx: ViewContext): Promise<void> {
  const p = ctx.params;
  const filters: Record<string, string> = {};
  for (const f of FILTERS) filters[f] = p.get(f) ?? "";
  const cursor = p.get("cursor") ?? "";
  const page = await getJson<Page<ApiEvent>>("/api/events", { ...filters, limit: 50, cursor });
  if (!ctx.current()) return;

  const form = h(
    "form",
    { class: "filters", id: "event-filters" },
    field("actor", "actor", filters["actor"] ?? ""),
    field("recipient", "recipient", filters["recipient"] ?? ""),
    field("type", "type", "", choice("type", TYPES, filters["type"] ?? "")),
    field("cameo", "CAMEO", filters["cameo"] ?? ""),
    field("status", "status", "", choice("status", STATUSES, filters["status"] ?? "")),
    field(
      "quad_class",
      "quad",
      "",
      choice("quad_class", ["0", "1", "2", "3", "4"], filters["quad_class"] ?? ""),
    ),
    field("from", "from", filters["from"] ?? ""),
    field("to", "to", filters["to"] ?? ""),
    field("q", "article text", filters["q"] ?? ""),
    h("button", { type: "submit" }, "Filter"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const f of FILTERS) next[f] = String(data.get(f) ?? "").trim();
    go(route("/events", next));
  });

  const panel = h("aside", { class: "evidence panel", id: "evidence-panel", hidden: true });
  const open = (e: ApiEvent): void => {
    history.replaceState(null, "", `#${route("/events", { ...filters, cursor, event: e.id })}`);
    void showEvidence(panel, e.id).catch((err: unknown) => {
      panel.replaceChildren(h("p", { class: "error" }, err instanceof Error ? err.message : String(err)));
    });
  };
  const table = h("table", { class: "data events", id: "event-table" }, eventHead());
  const body = h("tbody");
  for (const e of page.data) body.appendChild(eventRow(e, open));
  table.appendChild(body);

  const pager = h(
    "p",
    { class: "pager" },
    cursor ? routeLink(route("/events", filters), "⇤ first page") : null,
    cursor && page.next_cursor ? " · " : null,
    page.next_cursor
      ? routeLink(route("/events", { ...filters, cursor: page.next_cursor }), "next page →", {
          id: "next-page",
        })
      : null,
  );
  ctx.root.append(
    h("h1", {}, "Events"),
    form,
    h(
      "div",
      { class: "explorer" },
      h(
        "div",
        { class: "list" },
        page.data.length > 0 ? table : emptyNote("No events match these filters."),
        pager,
      ),
      panel,
    ),
  );
  const chosen = Number(p.get("event"));
  if (Number.isInteger(chosen) && chosen > 0) {
    await showEvidence(panel, chosen).catch((err: unknown) => {
      panel.replaceChildren(h("p", { class: "error" }, err instanceof Error ? err.message : String(err)));
    });
  }
}

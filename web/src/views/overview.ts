/** Overview: event volume and Goldstein over time, top dyads and the world map. */
import { getJson } from "../api.js";
import { volumeChart } from "../charts.js";
import { fmt, h, routeLink } from "../dom.js";
import { worldMap } from "../map.js";
import type { Overview, Stats } from "../types.js";
import { emptyNote, go, route, section, type ViewContext } from "../view.js";

export async function overviewView(ctx: ViewContext): Promise<void> {
  const interval = ctx.params.get("interval") ?? "month";
  const [stats, overview] = await Promise.all([
    getJson<Stats>("/api/stats"),
    getJson<Overview>("/api/overview", { interval, top_dyads: 12 }),
  ]);
  if (!ctx.current()) return;
  const { root } = ctx;
  root.appendChild(h("h1", {}, "Overview"));
  root.appendChild(
    h(
      "div",
      { class: "cards", "data-testid": "stats" },
      card("articles", stats.articles),
      card("events", stats.events),
      card("countries", stats.countries),
      card("named entities", stats.entities),
    ),
  );
  if (stats.first_event_day && stats.last_event_day) {
    root.appendChild(
      h("p", { class: "muted" }, `Events from ${stats.first_event_day} to ${stats.last_event_day}.`),
    );
  }

  const chartBox = h("div", { class: "chart", id: "overview-chart" });
  const picker = h("select", { "aria-label": "interval", id: "overview-interval" });
  for (const iv of ["week", "month", "year"]) {
    picker.appendChild(h("option", { value: iv, selected: iv === interval }, iv));
  }
  picker.addEventListener("change", () => go(route("/overview", { interval: picker.value })));
  root.appendChild(
    section(
      "Event volume and Goldstein score",
      h("label", { class: "inline" }, "per ", picker),
      overview.series.length > 0 ? chartBox : emptyNote("No dated events in the ledger yet."),
      overview.undated > 0
        ? h("p", { class: "muted" }, `${fmt(overview.undated)} undated events not shown.`)
        : null,
    ),
  );
  if (overview.series.length > 0) {
    const chart = volumeChart(chartBox, overview.series, `Events per ${interval}`);
    ctx.onLeave(() => chart.destroy());
  }

  const dyads = h("table", { class: "data", id: "top-dyads" });
  dyads.appendChild(
    h(
      "thead",
      {},
      h("tr", {}, h("th", {}, "dyad"), h("th", { class: "num" }, "events"), h("th", {}, "Goldstein")),
    ),
  );
  const body = h("tbody");
  for (const d of overview.top_dyads) {
    body.appendChild(
      h(
        "tr",
        {},
        h("td", {}, routeLink(route("/dyad", { a: d.a, b: d.b }), `${d.a} – ${d.b}`)),
        h("td", { class: "num" }, fmt(d.events)),
        h("td", {}, goldsteinBadge(d.goldstein_mean)),
      ),
    );
  }
  dyads.appendChild(body);
  const counts = new Map(overview.countries.map((c) => [c.id, c.events]));
  root.appendChild(
    h(
      "div",
      { class: "two-col" },
      section("Top dyads", overview.top_dyads.length > 0 ? dyads : emptyNote("No country dyads yet.")),
      section(
        "Events per country",
        h(
          "div",
          { class: "map", id: "world-map" },
          worldMap(counts, (code) => go(`/actor/${encodeURIComponent(code)}`)),
        ),
        h(
          "p",
          { class: "muted" },
          "Shaded by events as actor or recipient (log scale). Click a country for its profile.",
        ),
      ),
    ),
  );
}

function card(label: string, value: number): HTMLElement {
  return h(
    "div",
    { class: "card" },
    h("div", { class: "value" }, fmt(value)),
    h("div", { class: "label" }, label),
  );
}

/** A Goldstein score as a coloured chip. */
export function goldsteinBadge(score: number | null): HTMLElement {
  if (score === null) return h("span", { class: "muted" }, "–");
  const cls = score > 1 ? "pos" : score < -1 ? "neg" : "neu";
  return h("span", { class: `gs ${cls}` }, score.toFixed(1));
}

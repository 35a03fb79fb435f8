/** Dyad view: two parties, a stacked QuadClass timeline with the Goldstein line, and their events. */
import { getJson, seg } from "../api.js";
import { stackedQuadChart } from "../charts.js";
import { fmt, h, routeLink } from "../dom.js";
import type { ApiEvent, Bucket, DyadSeries, Page, Party } from "../types.js";
import { emptyNote, go, route, section, type ViewContext } from "../view.js";
import { eventHead, eventRow, showEvidence } from "./event-parts.js";

const PARTY = /^([A-Za-z]{3}|[A-Za-z_]{1,20}:.+)$/;

/** Both directions added bucket by bucket (the series share their buckets). */
function combine(a: readonly Bucket[], b: readonly Bucket[]): Bucket[] {
  return a.map((x, i) => {
    const y = b[i];
    if (!y) return x;
    const events = x.events + y.events;
    const sum = x.goldstein_sum + y.goldstein_sum;
    const q = (k: "0" | "1" | "2" | "3" | "4"): number => x.by_quad_class[k] + y.by_quad_class[k];
    return {
      period: x.period,
      start: x.start,
      events,
      by_quad_class: { "0": q("0"), "1": q("1"), "2": q("2"), "3": q("3"), "4": q("4") },
      goldstein_sum: sum,
      goldstein_mean: events > 0 ? sum / events : null,
    };
  });
}

export async function dyadView(ctx: ViewContext): Promise<void> {
  const a = (ctx.params.get("a") ?? "").trim();
  const b = (ctx.params.get("b") ?? "").trim();
  const interval = ctx.params.get("interval") ?? "month";
  const direction = ctx.params.get("direction") ?? "both";
  const countries = await getJson<Page<Party>>("/api/entities", { kind: "country", limit: 500 });
  if (!ctx.current()) return;

  const list = h("datalist", { id: "country-list" });
  for (const c of countries.data) {
    list.appendChild(h("option", { value: c.id }, `${c.name} (${fmt(c.as_actor + c.as_recipient)} events)`));
  }
  const inputA = h("input", {
    name: "a",
    value: a,
    list: "country-list",
    placeholder: "USA",
    size: 14,
    id: "dyad-a",
  });
  const inputB = h("input", {
    name: "b",
    value: b,
    list: "country-list",
    placeholder: "CHN",
    size: 14,
    id: "dyad-b",
  });
  const ivSelect = h("select", { name: "interval" });
  for (const iv of ["day", "week", "month", "year"])
    ivSelect.appendChild(h("option", { value: iv, selected: iv === interval }, iv));
  const dirSelect = h("select", { name: "direction" });
  for (const [v, label] of [
    ["both", "both directions"],
    ["ab", "first → second"],
    ["ba", "second → first"],
  ] as const) {
    dirSelect.appendChild(h("option", { value: v, selected: v === direction }, label));
  }
  const form = h(
    "form",
    { class: "filters", id: "dyad-form" },
    h("label", { class: "field" }, h("span", {}, "first party"), inputA),
    h("label", { class: "field" }, h("span", {}, "second party"), inputB),
    h("label", { class: "field" }, h("span", {}, "per"), ivSelect),
    h("label", { class: "field" }, h("span", {}, "direction"), dirSelect),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(
      route("/dyad", {
        a: inputA.value.trim(),
        b: inputB.value.trim(),
        interval: ivSelect.value,
        direction: dirSelect.value,
      }),
    );
  });
  ctx.root.append(h("h1", {}, "Dyad"), list, form);
  if (!a || !b) {
    ctx.root.appendChild(emptyNote("Pick two parties: country codes (USA, CHN) or entity ids (PER:name)."));
    return;
  }
  if (!PARTY.test(a) || !PARTY.test(b)) {
    ctx.root.appendChild(
      h("p", { class: "error" }, "A party is a three-letter country code or an entity id TYPE:name."),
    );
    return;
  }
  const [series, ab, ba] = await Promise.all([
    getJson<DyadSeries>(`/api/dyads/${seg(a)}/${seg(b)}/series`, { interval }),
    getJson<Page<ApiEvent>>("/api/events", { actor: a, recipient: b, limit: 25 }),
    getJson<Page<ApiEvent>>("/api/events", { actor: b, recipient: a, limit: 25 }),
  ]);
  if (!ctx.current()) return;
  const buckets =
    direction === "ab"
      ? series.a_to_b.buckets
      : direction === "ba"
        ? series.b_to_a.buckets
        : combine(series.a_to_b.buckets, series.b_to_a.buckets);
  const chartBox = h("div", { class: "chart", id: "dyad-chart" });
  const totals = h(
    "p",
    { class: "muted", id: "dyad-totals" },
    `${series.a} → ${series.b}: ${fmt(series.a_to_b.totals.events)} events · ${series.b} → ${series.a}: ${fmt(series.b_to_a.totals.events)} events`,
  );
  ctx.root.appendChild(
    section(
      `${series.a} – ${series.b}`,
      totals,
      buckets.length > 0 ? chartBox : emptyNote("No dated events between these parties."),
    ),
  );
  if (buckets.length > 0) {
    const chart = stackedQuadChart(
      chartBox,
      buckets,
      `Events per ${interval} by QuadClass, with mean Goldstein score`,
    );
    ctx.onLeave(() => chart.destroy());
  }

  const events = [...ab.data, ...ba.data]
    .sort((x, y) => (x.date.value < y.date.value ? 1 : x.date.value > y.date.value ? -1 : y.id - x.id))
    .slice(0, 25);
  const panel = h("aside", { class: "evidence panel", id: "evidence-panel", hidden: true });
  const open = (e: ApiEvent): void => {
    void showEvidence(panel, e.id).catch((err: unknown) => {
      panel.replaceChildren(h("p", { class: "error" }, err instanceof Error ? err.message : String(err)));
    });
  };
  const table = h("table", { class: "data events", id: "dyad-events" }, eventHead());
  const body = h("tbody");
  for (const e of events) body.appendChild(eventRow(e, open));
  table.appendChild(body);
  ctx.root.appendChild(
    section(
      "Latest events",
      h(
        "div",
        { class: "explorer" },
        h(
          "div",
          { class: "list" },
          events.length > 0 ? table : emptyNote("No events between these parties."),
          h(
            "p",
            { class: "pager" },
            "All events: ",
            routeLink(route("/events", { actor: a, recipient: b }), `${a} → ${b}`),
            " · ",
            routeLink(route("/events", { actor: b, recipient: a }), `${b} → ${a}`),
          ),
        ),
        panel,
      ),
    ),
  );
}

/** Network: the actor graph of a period (cytoscape), edges coloured by mean Goldstein score. */
import cytoscape from "cytoscape";
import { getJson } from "../api.js";
import { fmt, h } from "../dom.js";
import type { NetworkData } from "../types.js";
import { emptyNote, go, route, type ViewContext } from "../view.js";

export async function networkView(ctx: ViewContext): Promise<void> {
  const p = ctx.params;
  const params = {
    kind: p.get("kind") ?? "country",
    from: p.get("from") ?? "",
    to: p.get("to") ?? "",
    limit: Number(p.get("limit")) || 150,
    min_events: Number(p.get("min_events")) || 1,
  };
  const net = await getJson<NetworkData>("/api/network", params);
  if (!ctx.current()) return;
  const kind = h("select", { name: "kind" });
  for (const k of ["country", "entity", "mixed", "all"])
    kind.appendChild(h("option", { value: k, selected: k === params.kind }, k));
  const from = h("input", { name: "from", value: params.from, placeholder: "from", size: 10 });
  const to = h("input", { name: "to", value: params.to, placeholder: "to", size: 10 });
  const limit = h("input", { name: "limit", type: "number", min: 1, max: 5000, value: params.limit });
  const form = h(
    "form",
    { class: "filters" },
    h("label", { class: "field" }, h("span", {}, "parties"), kind),
    h("label", { class: "field" }, h("span", {}, "from"), from),
    h("label", { class: "field" }, h("span", {}, "to"), to),
    h("label", { class: "field" }, h("span", {}, "edges"), limit),
    h("button", { type: "submit" }, "Draw"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(
      route("/network", {
        kind: kind.value,
        from: from.value.trim(),
        to: to.value.trim(),
        limit: limit.value,
      }),
    );
  });
  const box = h("div", { class: "graph", id: "network-graph" });
  ctx.root.append(
    h("h1", {}, "Network"),
    form,
    h(
      "p",
      { class: "muted" },
      net.from ? `${net.from} to ${net.to}: ` : "",
      `${fmt(net.edges.length)} of ${fmt(net.total_edges)} edges, heaviest first. Click a node for its profile.`,
    ),
    net.edges.length > 0 ? box : emptyNote("No events in this period."),
  );
  if (net.edges.length === 0) return;
  const maxEdge = Math.max(...net.edges.map((e) => e.events));
  const cy = cytoscape({
    container: box,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, weight: n.events_in + n.events_out } })),
      ...net.edges.map((e, i) => ({
        data: {
          id: `e${i}`,
          source: e.source,
          target: e.target,
          color: e.color,
          width: 1 + (7 * e.events) / maxEdge,
          events: e.events,
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 10,
          "background-color": "#2c6fbb",
          width: "mapData(weight, 0, 200, 12, 40)",
          height: "mapData(weight, 0, 200, 12, 40)",
        },
      },
      {
        selector: "edge",
        style: {
          "line-color": "data(color)",
          "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          width: "data(width)",
          opacity: 0.8,
        },
      },
    ],
    layout: { name: "cose", animate: false },
  });
  cy.on("tap", "node", (ev) => go(`/actor/${encodeURIComponent(String(ev.target.id()))}`));
  ctx.onLeave(() => cy.destroy());
}

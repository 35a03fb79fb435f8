/** Actor profile: counts, events over time as actor and recipient, roles and partners. */
import { getJson, seg } from "../api.js";
import { countChart } from "../charts.js";
import { fmt, h, routeLink } from "../dom.js";
import type { Page, Party, PartyProfile } from "../types.js";
import { emptyNote, go, partyName, route, section, type ViewContext } from "../view.js";
import { goldsteinBadge } from "./overview.js";

/** The list of parties, searchable by name. */
async function partyIndex(ctx: ViewContext): Promise<void> {
  const q = ctx.params.get("q") ?? "";
  const page = await getJson<Page<Party>>("/api/entities", { q, limit: 100 });
  if (!ctx.current()) return;
  const input = h("input", { name: "q", value: q, placeholder: "name or code" });
  const form = h("form", { class: "filters" }, input, h("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(route("/actor", { q: input.value.trim() }));
  });
  const table = h(
    "table",
    { class: "data" },
    h(
      "thead",
      {},
      h("tr", {}, ...["party", "type", "as actor", "as recipient", "articles"].map((t) => h("th", {}, t))),
    ),
  );
  const body = h("tbody");
  for (const p of page.data) {
    body.appendChild(
      h(
        "tr",
        {},
        h("td", {}, routeLink(`/actor/${seg(p.id)}`, p.name)),
        h("td", {}, p.type),
        h("td", { class: "num" }, fmt(p.as_actor)),
        h("td", { class: "num" }, fmt(p.as_recipient)),
        h("td", { class: "num" }, fmt(p.articles)),
      ),
    );
  }
  table.appendChild(body);
  ctx.root.append(h("h1", {}, "Actors"), form, page.data.length > 0 ? table : emptyNote("No parties found."));
}

export async function actorView(ctx: ViewContext): Promise<void> {
  const id = ctx.path[0];
  if (!id) return partyIndex(ctx);
  const interval = ctx.params.get("interval") ?? "month";
  const profile = await getJson<PartyProfile>(`/api/entities/${seg(id)}`, { interval, partners: 15 });
  if (!ctx.current()) return;
  const chartBox = h("div", { class: "chart", id: "actor-chart" });
  ctx.root.append(
    h("h1", {}, profile.name),
    h(
      "p",
      { class: "muted" },
      `${profile.kind === "country" ? "country" : profile.type} ${profile.id} · ${fmt(profile.as_actor)} events as actor · ` +
        `${fmt(profile.as_recipient)} as recipient${profile.kind === "entity" ? ` · named in ${fmt(profile.articles)} articles` : ""} · `,
      routeLink(route("/events", { actor: profile.id }), "events as actor"),
      " · ",
      routeLink(route("/events", { recipient: profile.id }), "as recipient"),
    ),
    section("Events over time", profile.series.length > 0 ? chartBox : emptyNote("No dated events.")),
  );
  if (profile.series.length > 0) {
    const chart = countChart(
      chartBox,
      profile.series.map((s) => s.start),
      [
        { label: "as actor", values: profile.series.map((s) => s.as_actor), color: "#2c6fbb" },
        { label: "as recipient", values: profile.series.map((s) => s.as_recipient), color: "#e08214" },
      ],
      `Events per ${interval}`,
    );
    ctx.onLeave(() => chart.destroy());
  }
  const partners = h(
    "table",
    { class: "data", id: "partners" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["partner", "outgoing", "Goldstein", "incoming", "Goldstein", ""].map((t) => h("th", {}, t)),
      ),
    ),
  );
  const body = h("tbody");
  for (const p of profile.partners) {
    body.appendChild(
      h(
        "tr",
        {},
        h("td", {}, routeLink(`/actor/${seg(p.id)}`, partyName(p.id))),
        h("td", { class: "num" }, fmt(p.outgoing.events)),
        h("td", {}, goldsteinBadge(p.outgoing.goldstein_mean)),
        h("td", { class: "num" }, fmt(p.incoming.events)),
        h("td", {}, goldsteinBadge(p.incoming.goldstein_mean)),
        h("td", {}, routeLink(route("/dyad", { a: profile.id, b: p.id }), "dyad")),
      ),
    );
  }
  partners.appendChild(body);
  const roles = h("ul", {});
  for (const r of profile.roles)
    roles.appendChild(h("li", {}, `${r.role}: ${r.sector ?? "no sector"} × ${fmt(r.actors)}`));
  ctx.root.appendChild(
    h(
      "div",
      { class: "two-col" },
      section("Partners", profile.partners.length > 0 ? partners : emptyNote("No partners.")),
      section("Roles and sectors", profile.roles.length > 0 ? roles : emptyNote("No roles recorded.")),
    ),
  );
}

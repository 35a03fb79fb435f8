/**
 * The world map of the overview: countries of the bundled world-atlas
 * topology (110m), drawn as SVG with d3-geo and shaded by event counts.
 * Nothing is fetched: the topology is part of the bundle.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { svg } from "./dom.js";
import { ISO_NUMERIC_TO_ALPHA3, UNCODED_SHAPES } from "./iso-numeric.js";

const WIDTH = 960;
const HEIGHT = 470;

/** Alpha-3 code of a topology shape, or null (Antarctica has none we count). */
function shapeCode(id: string | number | undefined, name: string): string | null {
  if (id !== undefined) return ISO_NUMERIC_TO_ALPHA3[String(id).padStart(3, "0")] ?? null;
  return UNCODED_SHAPES[name] ?? null;
}

/** One of 6 shades for a count, on a log scale up to `max`. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 1 + Math.min(4, Math.floor((Math.log1p(count) / Math.log1p(max)) * 4.999));
}

/**
 * The map as an SVG element. `counts` maps alpha-3 codes to event counts;
 * `onPick` is called with the code of a clicked country.
 */
export function worldMap(counts: ReadonlyMap<string, number>, onPick: (code: string) => void): SVGSVGElement {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  const max = Math.max(0, ...counts.values());
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "world-map",
    role: "img",
    "aria-label": "Events per country",
  });
  for (const f of countries.features) {
    const name = f.properties?.name ?? "";
    const code = shapeCode(f.id, name);
    const d = path(f);
    if (!d) continue;
    const n = code ? (counts.get(code) ?? 0) : 0;
    const el = svg(
      "path",
      { d, class: `country shade-${shade(n, max)}`, "data-code": code ?? undefined },
      svg("title", {}, `${name}${code ? ` (${code})` : ""}: ${n.toLocaleString("en-US")} events`),
    );
    if (code && n > 0) {
      el.classList.add("has-events");
      el.addEventListener("click", () => onPick(code));
    }
    root.appendChild(el);
  }
  return root;
}

/** Time-series charts drawn with uPlot from server-side aggregates. */
import uPlot from "uplot";
import type { Bucket } from "./types.js";

/** Colours of the QuadClasses 0–4: neutral, verbal/material cooperation, verbal/material conflict. */
export const QUAD_COLORS = ["#9e9e9e", "#8cc9a0", "#1a9850", "#f4a05a", "#d73027"] as const;
export const QUAD_LABELS = [
  "0 neutral",
  "1 verbal cooperation",
  "2 material cooperation",
  "3 verbal conflict",
  "4 material conflict",
] as const;

/** Seconds since the epoch of a `YYYY-MM-DD` day (uPlot's time axis unit). */
export function daySeconds(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 1000;
}

function width(el: HTMLElement): number {
  return Math.max(320, Math.min(1100, el.clientWidth || 800));
}

const goldsteinScale = { g: { range: [-10, 10] as uPlot.Range.MinMax } };
const goldsteinAxis: uPlot.Axis = { scale: "g", side: 1, label: "Goldstein", grid: { show: false } };

/**
 * Stacked QuadClass counts per bucket with the mean Goldstein score as a line
 * on its own axis (−10 … +10). Returns the chart (call `destroy` when done).
 */
export function stackedQuadChart(el: HTMLElement, buckets: readonly Bucket[], title: string): uPlot {
  const xs = buckets.map((b) => daySeconds(b.start));
  const raw = [0, 1, 2, 3, 4].map((q) => buckets.map((b) => b.by_quad_class[String(q) as "0"] ?? 0));
  // Cumulative sums: the band of class q lies between stack[q-1] and stack[q].
  const stacks: number[][] = [];
  raw.forEach((values, q) => stacks.push(values.map((v, i) => v + (q > 0 ? (stacks[q - 1]?.[i] ?? 0) : 0))));
  const order = [4, 3, 2, 1, 0];
  const series: uPlot.Series[] = [
    {},
    ...order.map((q): uPlot.Series => ({
      label: QUAD_LABELS[q],
      stroke: QUAD_COLORS[q],
      fill: QUAD_COLORS[q],
      width: 1,
      points: { show: false },
      value: (_u, _v, _si, idx) => (idx === null ? "–" : String(raw[q]?.[idx] ?? 0)),
    })),
    {
      label: "Goldstein mean",
      scale: "g",
      stroke: "#222",
      width: 2,
      spanGaps: false,
      value: (_u, v) => (v === null || v === undefined ? "–" : v.toFixed(2)),
    },
  ];
  const data: uPlot.AlignedData = [
    xs,
    ...order.map((q) => stacks[q] ?? []),
    buckets.map((b) => b.goldstein_mean),
  ];
  return new uPlot(
    {
      title,
      width: width(el),
      height: 320,
      series,
      scales: { x: { time: true }, ...goldsteinScale },
      axes: [{}, { label: "events" }, goldsteinAxis],
    },
    data,
    el,
  );
}

/** Event volume per bucket with the mean Goldstein score on a second axis. */
export function volumeChart(el: HTMLElement, buckets: readonly Bucket[], title: string): uPlot {
  const data: uPlot.AlignedData = [
    buckets.map((b) => daySeconds(b.start)),
    buckets.map((b) => b.events),
    buckets.map((b) => b.goldstein_mean),
  ];
  return new uPlot(
    {
      title,
      width: width(el),
      height: 280,
      series: [
        {},
        { label: "events", stroke: "#2c6fbb", fill: "rgba(44,111,187,0.25)", width: 2 },
        { label: "Goldstein mean", scale: "g", stroke: "#222", width: 1.5 },
      ],
      scales: { x: { time: true }, ...goldsteinScale },
      axes: [{}, { label: "events" }, goldsteinAxis],
    },
    data,
    el,
  );
}

/** Several count series over the same days. */
export function countChart(
  el: HTMLElement,
  days: readonly string[],
  lines: ReadonlyArray<{ label: string; values: number[]; color: string }>,
  title: string,
): uPlot {
  return new uPlot(
    {
      title,
      width: width(el),
      height: 260,
      series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2 }))],
      scales: { x: { time: true } },
      axes: [{}, { label: "events" }],
    },
    [days.map(daySeconds), ...lines.map((l) => l.values)],
    el,
  );
}

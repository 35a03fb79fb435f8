/** Output formats for listings. */
export type OutputFormat = "table" | "jsonl" | "csv";

/** A column of a listing: header and how to read it from a row. */
export interface Column<T> {
  header: string;
  get: (row: T) => string | number | boolean | null | undefined;
  /** Max width in table output (longer values are cut with …). */
  width?: number;
}

/** Quote a CSV field per RFC 4180. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Render rows as an aligned text table, CSV (with header) or JSON lines
 * (`toJson` gives the full object for each row).
 */
export function renderRows<T>(
  rows: T[],
  columns: Column<T>[],
  format: OutputFormat,
  toJson: (row: T) => unknown,
): string {
  if (format === "jsonl")
    return rows.map((r) => JSON.stringify(toJson(r))).join("\n") + (rows.length ? "\n" : "");
  if (format === "csv") {
    const lines = [columns.map((c) => csvField(c.header)).join(",")];
    for (const r of rows) lines.push(columns.map((c) => csvField(c.get(r))).join(","));
    return lines.join("\n") + "\n";
  }
  const cells = rows.map((r) =>
    columns.map((c) => {
      const raw = String(c.get(r) ?? "").replace(/\s+/g, " ");
      const w = c.width ?? 40;
      return raw.length > w ? `${raw.slice(0, w - 1)}…` : raw;
    }),
  );
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((row) => (row[i] ?? "").length)),
  );
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return (
    [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join(
      "\n",
    ) + "\n"
  );
}

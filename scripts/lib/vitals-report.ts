// The browser targets of issue #21 and the table `npm run vitals` prints: pure, so the thresholds
// and the PASS/MISS logic are unit-tested without a browser.

/** Lighthouse's mobile profile (default simulated throttling), per page. */
export interface PageVitals {
  page: string;
  role: string;
  /** 0–1; null when Lighthouse could not score the page. */
  score: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
}

export type Verdict = "PASS" | "MISS";

/** Good Core Web Vitals on a phone: the targets. */
export const TARGETS = {
  score: { label: "score", limit: 0.9, atLeast: true },
  lcpMs: { label: "LCP", limit: 2500, atLeast: false },
  tbtMs: { label: "TBT", limit: 200, atLeast: false },
  cls: { label: "CLS", limit: 0.1, atLeast: false },
} as const;

export type Metric = keyof typeof TARGETS;
const METRICS = Object.keys(TARGETS) as Metric[];

/** A missing figure is a miss: a page that could not be measured has not met its target. */
export function verdict(metric: Metric, value: number | null): Verdict {
  if (value === null || !Number.isFinite(value)) return "MISS";
  const target = TARGETS[metric];
  return (target.atLeast ? value >= target.limit : value <= target.limit) ? "PASS" : "MISS";
}

export function pageMeetsTargets(page: PageVitals): boolean {
  return METRICS.every((metric) => verdict(metric, page[metric]) === "PASS");
}

function formatValue(metric: Metric, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (metric === "score") return value.toFixed(2);
  if (metric === "lcpMs") return `${(value / 1000).toFixed(1)} s`;
  if (metric === "tbtMs") return `${Math.round(value)} ms`;
  return value.toFixed(3);
}

function formatTarget(metric: Metric): string {
  const target = TARGETS[metric];
  const sign = target.atLeast ? "≥" : "≤";
  if (metric === "lcpMs") return `${sign} ${target.limit / 1000} s`;
  if (metric === "tbtMs") return `${sign} ${target.limit} ms`;
  return `${sign} ${target.limit}`;
}

/** A plain-text table: one row per page, each figure beside its verdict, targets in the header. */
export function formatVitalsTable(pages: PageVitals[]): string {
  const header = ["page", "role", ...METRICS.map((metric) => `${TARGETS[metric].label} (${formatTarget(metric)})`)];
  const rows = pages.map((page) => [page.page, page.role, ...METRICS.map((metric) => `${formatValue(metric, page[metric])} ${verdict(metric, page[metric])}`)]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  const met = pages.filter(pageMeetsTargets).length;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line), "", `${met} of ${pages.length} pages meet every target`].join("\n");
}

export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

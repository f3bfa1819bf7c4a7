// Finds the mapping's columns in the file's header (case-insensitive, trimmed) and reports
// every header problem at once, so a user fixes the header in one go.
import { displayValue } from "./error-list";
import { REVENUE_STAGE, type ColumnMapping } from "./types";

export interface ColumnRef {
  index: number;
  /** The name as written in the file's header. */
  name: string;
}

export interface ColumnPlan {
  repEmail: ColumnRef;
  date: ColumnRef;
  /** Long format. */
  stage: ColumnRef | null;
  count: ColumnRef | null;
  /** Wide format: one column per stage, revenue included. */
  stageColumns: { stage: string; column: ColumnRef }[];
  /** Records format. */
  activityType: ColumnRef | null;
  amount: ColumnRef | null;
}

export interface HeaderProblem {
  column: string | null;
  message: string;
}

export function normalizeHeaderName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * How a column of the header is matched: case, spaces, underscores and hyphens aside, so the
 * API's own field names (repEmail) match the file format's (rep_email).
 */
export function normalizeColumnName(name: string): string {
  return normalizeHeaderName(name).replace(/[\s_-]+/g, "");
}

export function stageListText(stages: readonly string[]): string {
  return [...stages, REVENUE_STAGE].join(", ");
}

export function resolveColumns(
  header: readonly string[],
  mapping: ColumnMapping,
  stages: readonly string[],
): { ok: true; plan: ColumnPlan } | { ok: false; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    const key = normalizeColumnName(name);
    if (key === "") return;
    const list = positions.get(key);
    if (list) list.push(index);
    else positions.set(key, [index]);
  });
  const shownHeader = header
    .filter((name) => name !== "")
    .slice(0, 12)
    .map(displayValue)
    .join(", ");

  const find = (name: string): ColumnRef | null => {
    const found = positions.get(normalizeColumnName(name));
    const index = found?.[0];
    if (found === undefined || index === undefined) return null;
    const ref = { index, name: header[index] ?? name };
    if (found.length > 1)
      problems.push({ column: ref.name, message: `column '${displayValue(ref.name)}' appears ${found.length} times in the header; keep one` });
    return ref;
  };
  const required = (name: string | undefined, role: string): ColumnRef | null => {
    if (name === undefined || name.trim() === "") {
      problems.push({ column: null, message: `the column mapping names no ${role} column` });
      return null;
    }
    const ref = find(name);
    if (!ref)
      problems.push({ column: name.trim(), message: `missing required column '${displayValue(name.trim())}' (the header has: ${shownHeader || "nothing"})` });
    return ref;
  };
  const optional = (name: string | undefined): ColumnRef | null => (name === undefined || name.trim() === "" ? null : find(name));

  const { columns } = mapping;
  const repEmail = required(columns.repEmail, "rep email");
  const date = required(columns.date, "date");
  let stage: ColumnRef | null = null;
  let count: ColumnRef | null = null;
  let activityType: ColumnRef | null = null;
  let amount: ColumnRef | null = null;
  const stageColumns: ColumnPlan["stageColumns"] = [];

  if (mapping.format === "long") {
    stage = required(columns.stage, "stage");
    count = required(columns.count, "count");
  } else if (mapping.format === "records") {
    activityType = required(columns.activityType, "activity type");
    amount = optional(columns.amount);
  } else if (mapping.format === "wide") {
    resolveStageColumns(header, mapping, stages, { find, problems, stageColumns, used: [repEmail, date] });
  } else {
    problems.push({ column: null, message: `unknown import format '${displayValue(String(mapping.format))}' (expected long, wide or records)` });
  }

  if (problems.length > 0 || !repEmail || !date) return { ok: false, problems };
  return { ok: true, plan: { repEmail, date, stage, count, stageColumns, activityType, amount } };
}

function resolveStageColumns(
  header: readonly string[],
  mapping: ColumnMapping,
  stages: readonly string[],
  work: { find: (name: string) => ColumnRef | null; problems: HeaderProblem[]; stageColumns: ColumnPlan["stageColumns"]; used: (ColumnRef | null)[] },
): void {
  const { find, problems, stageColumns } = work;
  const known = new Set(stages);
  const entries: [string, string][] = mapping.columns.stageColumns ? Object.entries(mapping.columns.stageColumns) : stages.map((key) => [key, key]);
  if (!entries.some(([stage]) => stage === REVENUE_STAGE)) entries.push([REVENUE_STAGE, mapping.columns.revenue ?? REVENUE_STAGE]);

  const claimedBy = new Map<number, string>();
  // Header names already accounted for (used or reported), so each problem is reported once.
  const handled = new Set<string>();
  for (const [stage, name] of entries) {
    const column = find(name);
    if (!column) continue;
    handled.add(normalizeHeaderName(column.name));
    if (stage !== REVENUE_STAGE && !known.has(stage)) {
      problems.push({
        column: column.name,
        message: `column '${displayValue(column.name)}' is mapped to '${displayValue(stage)}', which is not a stage of your funnel (${stageListText(stages)})`,
      });
      continue;
    }
    const other = claimedBy.get(column.index);
    if (other !== undefined) {
      problems.push({
        column: column.name,
        message: `column '${displayValue(column.name)}' is mapped to both '${displayValue(other)}' and '${displayValue(stage)}'`,
      });
      continue;
    }
    claimedBy.set(column.index, stage);
    stageColumns.push({ stage, column });
  }

  // An unrecognized column is most likely a misspelled stage: importing without it would drop data silently.
  for (const ref of work.used) if (ref) handled.add(normalizeHeaderName(ref.name));
  header.forEach((name) => {
    if (name === "" || handled.has(normalizeHeaderName(name))) return;
    problems.push({
      column: name,
      message: `unknown column '${displayValue(name)}': not a stage of your funnel; rename it to one of ${stageListText(stages)}, or remove it`,
    });
  });
  if (stageColumns.length === 0) problems.push({ column: null, message: `no stage columns: the header needs at least one of ${stageListText(stages)}` });
}

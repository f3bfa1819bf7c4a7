// What the sortable team table (a client component) is sent: only the fields it renders. The
// dashboard's rows carry more (the focus reason sentence, revenue, active days, completion rate,
// each lever's key twice), and every field of a client component's props is serialized into the
// page's HTML and RSC payload (issue #21).
import type { TeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import type { TeamTableLever, TeamTableRow } from "@/components/dashboard/team-table";

type Row = TeamDashboard["rows"][number];

function toTableRow(row: Row | TeamDashboard["pooled"]): TeamTableRow {
  return {
    repId: row.repId,
    name: row.name,
    grade: row.grade,
    attainment: row.attainment,
    levers: Object.fromEntries(Object.entries(row.levers).map(([key, cell]) => [key, [cell.value, cell.status, cell.confident] as const])),
    focus: row.focus
      ? { label: row.focus.label, competency: row.focus.competency, liftRevenueMinor: row.focus.liftRevenueMinor, confidence: row.focus.confidence }
      : null,
    dataProblem: row.dataProblem,
    lastOneOnOne: row.lastOneOnOne,
    outOfCadence: row.outOfCadence,
    openCommitments: row.openCommitments,
    overdueCommitments: row.overdueCommitments,
    pacing: row.pacing,
  };
}

export function teamTableRows(dashboard: Pick<TeamDashboard, "rows" | "pooled" | "levers">): { rows: TeamTableRow[]; pooled: TeamTableRow; levers: TeamTableLever[] } {
  const common = dashboard.pooled.mostCommonFocus;
  return {
    rows: dashboard.rows.map(toTableRow),
    pooled: { ...toTableRow(dashboard.pooled), mostCommonFocus: common ? { label: common.label, count: common.count } : null },
    // The engine resolves one benchmark per lever for the whole group (team → organization → top
    // quartile), so every row's is the pooled row's.
    levers: dashboard.levers.map((lever) => ({
      ...lever,
      benchmark: dashboard.pooled.levers[lever.key]?.benchmark ?? null,
      benchmarkSource: dashboard.pooled.levers[lever.key]?.benchmarkSource ?? null,
    })),
  };
}

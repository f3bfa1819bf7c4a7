import { Badge } from "@/components/ui/badge";
import { formatPercent, formatMoney, formatMoneyCompact } from "@/lib/format";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

interface Projected {
  wonToDateMinor: number;
  projectedMinor: number | null;
  lowMinor: number | null;
  highMinor: number | null;
}

export interface GoalPacingRow extends Projected {
  id: string;
  name: string;
  goalMinor: number | null;
  /** Team goals under the organization's; reps' quotas under a team's. */
  allocatedMinor: number;
}

function ProjectedCell({ row, goalMinor, currency }: { row: Projected; goalMinor: number | null; currency: string }) {
  if (row.projectedMinor === null) return <span className="text-slate-500">—</span>;
  const share = goalMinor && goalMinor > 0 ? row.projectedMinor / goalMinor : null;
  return (
    <>
      <span className="font-medium">{formatMoneyCompact(row.projectedMinor, currency)}</span>
      {share !== null ? (
        <Badge tone={share >= 1 ? "good" : share >= 0.9 ? "warn" : "bad"} className="ml-1">
          {formatPercent(share)} of goal
        </Badge>
      ) : null}
      {row.lowMinor !== null && row.highMinor !== null ? (
        <span className="block text-xs text-slate-600">
          90 % range {formatMoneyCompact(row.lowMinor, currency)}–{formatMoneyCompact(row.highMinor, currency)}
        </span>
      ) : null}
    </>
  );
}

function AllocatedCell({ goalMinor, allocatedMinor, currency }: { goalMinor: number | null; allocatedMinor: number; currency: string }) {
  const remainder = goalMinor === null ? null : goalMinor - allocatedMinor;
  return (
    <>
      {formatMoney(allocatedMinor, currency)}
      {remainder !== null ? (
        <span className={remainder < 0 ? "block text-xs font-medium text-red-800" : "block text-xs text-slate-600"}>
          {remainder < 0 ? `over-allocated by ${formatMoney(-remainder, currency)}` : `${formatMoney(remainder, currency)} unallocated`}
        </span>
      ) : null}
    </>
  );
}

/** The VP's quarter at a glance: each team's goal, what is allocated of it, and where the team is heading. */
export function GoalPacingTable({
  organization,
  teams,
  currency,
  periodKey,
}: {
  organization: GoalPacingRow;
  teams: GoalPacingRow[];
  currency: string;
  periodKey: string;
}) {
  return (
    <Table>
      <caption className="sr-only">{periodKey}: goal, amount allocated, revenue won to date and projected revenue of the organization and each team</caption>
      <thead>
        <tr className="text-left text-slate-700">
          <Th>Goal of</Th>
          <Th>Goal</Th>
          <Th>Allocated</Th>
          <Th>Won to date</Th>
          <Th>Projected</Th>
        </tr>
      </thead>
      <tbody>
        {[organization, ...teams].map((row, index) => (
          <tr
            key={row.id}
            className={index === 0 ? "bg-slate-50 font-medium" : "border-t border-slate-100"}
            data-testid={index === 0 ? "goal-organization-row" : "goal-team-row"}
          >
            <RowTh>
              {row.name}
              {index === 0 ? (
                <span className="block text-xs font-normal text-slate-600">allocated to teams</span>
              ) : (
                <span className="block text-xs font-normal text-slate-600">allocated to reps</span>
              )}
            </RowTh>
            <Td className="whitespace-nowrap">
              {row.goalMinor === null ? <span className="text-slate-600">not set</span> : formatMoney(row.goalMinor, currency)}
            </Td>
            <Td className="whitespace-nowrap">
              <AllocatedCell goalMinor={row.goalMinor} allocatedMinor={row.allocatedMinor} currency={currency} />
            </Td>
            <Td className="whitespace-nowrap">{formatMoney(row.wonToDateMinor, currency)}</Td>
            <Td className="whitespace-nowrap">
              <ProjectedCell row={row} goalMinor={row.goalMinor} currency={currency} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

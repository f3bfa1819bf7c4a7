import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatLeverValue } from "@/lib/format";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import type { PlanListRow } from "@/lib/server/plans/list-plans";

/** Plans with their progress from activity: value since the start against baseline and target, with the sample beside it. */
export function PlanTable({
  rows,
  caption,
  currency,
  showRep,
  emptyTitle,
  emptyText,
}: {
  rows: PlanListRow[];
  caption: string;
  currency: string;
  showRep: boolean;
  emptyTitle: string;
  emptyText: string;
}) {
  if (rows.length === 0) return <EmptyState title={emptyTitle}>{emptyText}</EmptyState>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>Plan</Th>
          {showRep ? <Th>Rep</Th> : null}
          <Th>Status</Th>
          <Th>Since the start</Th>
          <Th>Baseline → target</Th>
          <Th>Dates</Th>
          <Th>Routines</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const kind = row.progress.lever?.kind ?? "ratio";
          return (
            <tr key={row.id} data-testid="plan-row">
              <Td>
                <Link href={`/plans/${row.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                  {row.competency}
                </Link>
                {row.progress.lever ? <div className="text-xs text-slate-600">{row.progress.lever.label}</div> : null}
              </Td>
              {showRep ? <Td>{row.subject.name}</Td> : null}
              <Td>
                <PlanStatusBadge status={row.progress.status} />
              </Td>
              <Td>
                {formatLeverValue(kind, row.progress.value, currency)}
                <div className="text-xs text-slate-600">
                  n = {row.progress.sample} {row.progress.sampleNoun}
                </div>
              </Td>
              <Td>
                {formatLeverValue(kind, row.progress.baseline, currency)} → {formatLeverValue(kind, row.progress.target, currency)}
              </Td>
              <Td>
                {formatDate(row.startedOn)} to {formatDate(row.targetDate)}
              </Td>
              <Td>{row.routines}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

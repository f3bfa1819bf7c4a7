import { formatLeverComparison, formatPercent, type LeverStatusKey, formatMoney } from "@/lib/format";
import { LeverStatus } from "@/components/dashboard/lever-status";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { KpiSnapshot, SnapshotLever } from "@/lib/validation/one-on-ones";

const KNOWN_STATUS = new Set<string>(["below_benchmark", "at_or_above_benchmark", "insufficient_data", "no_benchmark"]);

function LeverTable({ levers, currency, caption }: { levers: SnapshotLever[]; currency: string; caption: string }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>Lever</Th>
          <Th className="text-right">Actual</Th>
          <Th className="text-right">Benchmark</Th>
          <Th>Against benchmark</Th>
          <Th className="text-right">Sample</Th>
        </tr>
      </thead>
      <tbody>
        {levers.map((lever) => {
          const known = KNOWN_STATUS.has(lever.status);
          const shown = formatLeverComparison(lever.kind, lever.actual, lever.benchmark, known ? (lever.status as LeverStatusKey) : "no_benchmark", currency);
          return (
          <tr key={lever.lever}>
            <Td>
              {lever.label}
              {lever.competency ? <span className="block text-xs text-slate-600">{lever.competency}</span> : null}
            </Td>
            <Td className="text-right tabular-nums">{shown.value}</Td>
            <Td className="text-right tabular-nums">{shown.benchmark}</Td>
            <Td>{known ? <LeverStatus status={shown.displayedStatus} confident={lever.confidence >= 0.8} /> : lever.status}</Td>
            <Td className="text-right tabular-nums">{lever.sampleSize > 0 ? lever.sampleSize : "—"}</Td>
          </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The numbers as they were when the meeting started: the same data points every time. */
export function KpiSnapshotView({ snapshot, capturedLabel }: { snapshot: KpiSnapshot; capturedLabel: string }) {
  const header = (
    <p className="mb-3 text-sm text-slate-600">
      Frozen when the meeting started ({capturedLabel}) · {snapshot.window.label}, {snapshot.window.from} to {snapshot.window.to}
    </p>
  );
  if (snapshot.kind === "LEADER") {
    return (
      <div data-testid="kpi-snapshot">
        {header}
        {snapshot.teams.length === 0 ? <p className="text-sm text-slate-600">This manager ran no team when the meeting started.</p> : null}
        {snapshot.teams.map((team) => (
          <div key={team.teamId} className="mb-4">
            <h4 className="font-medium text-slate-900">
              {team.name} · grade {team.grade ?? "—"} ({formatPercent(team.attainment)} of quota) · most common focus: {team.mostCommonFocus ?? "none"}
            </h4>
            <LeverTable levers={team.levers} currency={snapshot.currency} caption={`${team.name} ratios against benchmark`} />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div data-testid="kpi-snapshot">
      {header}
      <dl className="mb-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Grade</dt>
          <dd className="text-lg font-semibold text-slate-900">{snapshot.grade ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Quota attainment</dt>
          <dd className="text-lg font-semibold text-slate-900">{formatPercent(snapshot.attainment)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Revenue won</dt>
          <dd className="text-lg font-semibold text-slate-900">{formatMoney(snapshot.revenueMinor, snapshot.currency)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Focus then</dt>
          <dd className="font-semibold text-slate-900">{snapshot.focus ? (snapshot.focus.competency ?? snapshot.focus.label) : <Badge>No clear priority</Badge>}</dd>
        </div>
      </dl>
      {snapshot.focus ? null : <p className="mb-2 text-sm text-slate-600">{snapshot.focusReason}</p>}
      <LeverTable levers={snapshot.levers} currency={snapshot.currency} caption="Ratios against benchmark when the meeting started" />
    </div>
  );
}

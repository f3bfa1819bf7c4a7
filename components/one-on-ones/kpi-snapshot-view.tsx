import { formatLeverComparison, formatLeverValue, formatMoney, formatMoneyCompact, formatPercent, formatPointsChange, type LeverKind, type LeverStatusKey } from "@/lib/format";
import { LeverStatus } from "@/components/dashboard/lever-status";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { leverChanges, valueChange, type LeverChange } from "@/lib/coaching/snapshot-change";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "@/lib/coaching/defaults";
import type { KpiSnapshot, SnapshotLever } from "@/lib/validation/one-on-ones";

export type PreviousSnapshot = { label: string; snapshot: KpiSnapshot | null } | null;

/** A change in the lever's own unit: points for a ratio, a day's count for volume, money for deal size. */
function formatDelta(kind: LeverKind, delta: number, currency: string): string {
  if (kind === "ratio") return formatPointsChange(delta, 1);
  const sign = delta > 0 ? "+" : "−";
  const size = Math.abs(delta);
  if (kind === "volume") return `${sign}${size.toFixed(size < 10 ? 1 : 0)}/day`;
  return `${sign}${formatMoneyCompact(size, currency, { significantDigits: 2 })}`;
}

/** "▲ +2.1 pts, was 10.4 %"; equal at the precision shown reads "no change", never a made-up move. */
function ChangeText({ kind, change, currency }: { kind: LeverKind; change: LeverChange | undefined; currency: string }) {
  if (!change || change.kind === "first_meeting") return <span className="text-slate-600">first meeting</span>;
  if (change.kind === "no_data") return <span className="text-slate-600">—</span>;
  const was = formatLeverValue(kind, change.previous, currency);
  if (was === formatLeverValue(kind, change.current, currency)) return <span className="text-slate-700">no change (was {was})</span>;
  const up = change.delta > 0;
  return (
    <span className={up ? "text-emerald-800" : "text-red-800"}>
      <span aria-hidden="true">{up ? "▲" : "▼"} </span>
      <span className="sr-only">{up ? "up" : "down"} </span>
      {formatDelta(kind, change.delta, currency)}
      <span className="block text-xs text-slate-600">was {was}</span>
    </span>
  );
}

const KNOWN_STATUS = new Set<string>(["below_benchmark", "at_or_above_benchmark", "insufficient_data", "no_benchmark"]);

function LeverTable({ levers, currency, caption, changes }: { levers: SnapshotLever[]; currency: string; caption: string; changes: Map<string, LeverChange> }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>Lever</Th>
          <Th className="text-right">Actual</Th>
          <Th className="text-right">Benchmark</Th>
          <Th>Against benchmark</Th>
          <Th className="hidden text-right sm:table-cell">Sample</Th>
          <Th className="text-right">Change</Th>
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
            <Td>{known ? <LeverStatus status={shown.displayedStatus} confident={lever.confident ?? lever.confidence >= DEFAULT_CONFIDENCE_THRESHOLD} /> : lever.status}</Td>
            <Td className="hidden text-right tabular-nums sm:table-cell">{lever.sampleSize > 0 ? lever.sampleSize : "—"}</Td>
            <Td className="text-right tabular-nums" data-testid={`change-${lever.lever}`}>
              <ChangeText kind={lever.kind} change={changes.get(lever.lever)} currency={currency} />
            </Td>
          </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function previousTeamLevers(previous: PreviousSnapshot, teamId: string): SnapshotLever[] | null {
  if (!previous) return null;
  return previous.snapshot?.kind === "LEADER" ? (previous.snapshot.teams.find((team) => team.teamId === teamId)?.levers ?? []) : [];
}

/** The numbers as they were when the meeting started: the same data points every time. */
export function KpiSnapshotView({ snapshot, capturedLabel, previous }: { snapshot: KpiSnapshot; capturedLabel: string; previous: PreviousSnapshot }) {
  const header = (
    <p className="mb-3 text-sm text-slate-600">
      Frozen when the meeting started ({capturedLabel}) · {snapshot.window.label}, {snapshot.window.from} to {snapshot.window.to} ·{" "}
      {previous ? (previous.snapshot ? `Change: since the previous one-on-one (${previous.label})` : `The previous one-on-one (${previous.label}) froze no numbers to compare with`) : "First one-on-one: nothing to compare with yet"}
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
            <LeverTable levers={team.levers} currency={snapshot.currency} caption={`${team.name} ratios against benchmark`} changes={leverChanges(team.levers, previousTeamLevers(previous, team.teamId))} />
          </div>
        ))}
      </div>
    );
  }
  const before = previous?.snapshot?.kind === "REP" ? previous.snapshot : null;
  const attainment = valueChange(snapshot.attainment, before?.attainment);
  const revenue = valueChange(snapshot.revenueMinor, before?.revenueMinor);
  const sinceLast = (text: string | null) => (previous && text ? <span className="block text-xs font-normal text-slate-600">{text} since last time</span> : null);
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
          <dd className="text-lg font-semibold text-slate-900">
            {formatPercent(snapshot.attainment)}
            {sinceLast(attainment ? (formatPercent(attainment.previous) === formatPercent(snapshot.attainment) ? "no change" : formatPointsChange(attainment.delta)) : null)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Revenue won</dt>
          <dd className="text-lg font-semibold text-slate-900">
            {formatMoney(snapshot.revenueMinor, snapshot.currency)}
            {sinceLast(revenue ? (formatMoney(revenue.previous, snapshot.currency) === formatMoney(snapshot.revenueMinor, snapshot.currency) ? "no change" : `${revenue.delta > 0 ? "+" : "−"}${formatMoney(Math.abs(revenue.delta), snapshot.currency)}`) : null)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Focus then</dt>
          <dd className="font-semibold text-slate-900">{snapshot.focus ? (snapshot.focus.competency ?? snapshot.focus.label) : <Badge>No clear priority</Badge>}</dd>
        </div>
      </dl>
      {snapshot.focus ? null : <p className="mb-2 text-sm text-slate-600">{snapshot.focusReason}</p>}
      <LeverTable
        levers={snapshot.levers}
        currency={snapshot.currency}
        caption="Ratios against benchmark when the meeting started, and their change since the previous one-on-one"
        changes={leverChanges(snapshot.levers, previous ? (before?.levers ?? []) : null)}
      />
    </div>
  );
}

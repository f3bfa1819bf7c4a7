import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, formatLeverValue, formatPercent, formatMoney, formatMoneyCompact } from "@/lib/format";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

/** What the card shows, as lib/server/goals/get-rep-reverse-funnel.ts returns it (money in minor units). */
export interface TomorrowTargets {
  currency: string;
  period: { key: string; start: string; end: string };
  /** The figures are as of the close of this day; the per-day targets start on targetDay. */
  today: string;
  targetDay: string;
  window: { label: string };
  quotaMinor: number | null;
  wonToDateMinor: number;
  remainingMinor: number | null;
  workingDaysLeft: number;
  status: "behind" | "ahead" | "no_pace" | "quota_met" | "no_days_left" | "insufficient_data" | "no_quota";
  reasonText: string;
  targets: { stage: string; label: string; neededPerDay: number | null; atBenchmarkPerDay: number | null; pacePerDay: number | null }[];
  gapPerDay: number | null;
  bestLever: {
    lever: string;
    label: string;
    kind: "ratio" | "deal_size";
    value: number;
    benchmark: number;
    topNeededPerDay: number;
    shareOfGap: number | null;
  } | null;
  rates: {
    lever: string;
    label: string;
    kind: "ratio" | "deal_size";
    value: number | null;
    source: "rep" | "team" | null;
    thin: boolean;
    benchmark: number | null;
  }[];
  projection: {
    status: string;
    projectedMinor: number | null;
    lowMinor: number | null;
    highMinor: number | null;
    projectedAttainment: number | null;
    projectedGrade: "A" | "B" | "C" | null;
  };
  projectionMethod: string;
}

/** Whole activities a day (rounded up: 73.2 dials means 74), with a decimal below ten. */
function perDay(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (value >= 10) return Math.ceil(value - 1e-9).toLocaleString("en-US");
  return (Math.ceil(value * 10 - 1e-9) / 10).toLocaleString("en-US", { maximumFractionDigits: 1 });
}

function pace(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return value >= 10 ? Math.round(value).toLocaleString("en-US") : value.toLocaleString("en-US", { maximumFractionDigits: 1 });
}

const GRADE_TONE = { A: "good", B: "warn", C: "bad" } as const;

function sourceText(rate: TomorrowTargets["rates"][number]): string {
  if (rate.source === null) return "no data yet";
  if (rate.source === "team") return "your team's: none of yours yet";
  return rate.thin ? "mostly your team's: few of yours yet" : "yours";
}

/** The rep's home: from what is left of the quota back to each working day's activity, against the recent pace. */
export function TomorrowTargetsCard({ targets: funnel }: { targets: TomorrowTargets }) {
  const { currency } = funnel;
  const top = funnel.targets[0];
  const topLabel = top?.label.toLowerCase() ?? "activities";
  const hasNeeds = funnel.status === "behind" || funnel.status === "ahead" || funnel.status === "no_pace";
  const showTable = hasNeeds || funnel.status === "insufficient_data";
  return (
    <Card>
      <CardHeader>
        <CardTitle>Targets for {formatDate(funnel.targetDay)}</CardTitle>
        <CardDescription>
          {funnel.quotaMinor === null
            ? `${funnel.period.key}: no quota set yet.`
            : `${funnel.period.key} (${formatDate(funnel.period.start)} to ${formatDate(funnel.period.end)}), as of the close of ${formatDate(funnel.today)}: ${formatMoney(funnel.wonToDateMinor, currency)} won in ${funnel.period.key} so far, ${formatMoney(funnel.remainingMinor ?? 0, currency)} left of your ${formatMoney(funnel.quotaMinor, currency)} quota in ${funnel.workingDaysLeft} working days. These targets hold all day.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4" data-testid="tomorrow-targets">
        {hasNeeds && top ? (
          <div>
            <p className="text-lg font-semibold text-slate-900" data-testid="needed-headline">
              At your ratios you need {perDay(top.neededPerDay)} {topLabel} a day; at benchmark ratios, {perDay(top.atBenchmarkPerDay)}.
            </p>
            {funnel.gapPerDay !== null ? (
              <p className="mt-1 text-slate-700">
                Your pace ({funnel.window.label.toLowerCase()}): {pace(top.pacePerDay)} a day —{" "}
                {funnel.gapPerDay > 0 ? (
                  <strong className="text-red-800">{perDay(funnel.gapPerDay)} a day short</strong>
                ) : (
                  <strong className="text-emerald-800">{pace(-funnel.gapPerDay)} a day ahead</strong>
                )}
                .
              </p>
            ) : (
              <p className="mt-1 text-slate-700">{funnel.reasonText}</p>
            )}
            {funnel.bestLever ? (
              <p className="mt-1 text-slate-700" data-testid="best-lever">
                {funnel.gapPerDay !== null && funnel.gapPerDay > 0 ? "What would close most of the gap: " : "Where the benchmark would help most: "}
                {funnel.bestLever.label.toLowerCase()} at its benchmark ({formatLeverValue(funnel.bestLever.kind, funnel.bestLever.benchmark, currency)} instead
                of {formatLeverValue(funnel.bestLever.kind, funnel.bestLever.value, currency)}) would bring the {topLabel} you need down to{" "}
                {perDay(funnel.bestLever.topNeededPerDay)} a day
                {funnel.bestLever.shareOfGap !== null
                  ? funnel.bestLever.shareOfGap >= 1
                    ? ", closing the whole gap."
                    : `, closing ${formatPercent(funnel.bestLever.shareOfGap)} of the gap.`
                  : "."}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="text-slate-800" data-testid="needed-headline">
            {funnel.status === "quota_met"
              ? `Quota met: ${formatMoney(funnel.wonToDateMinor, currency)} won. Everything from here is above quota.`
              : funnel.reasonText}
          </p>
        )}

        {showTable ? (
          <Table>
            <caption className="sr-only">Activity needed per working day at each stage, at your ratios and at benchmark ratios, against your pace</caption>
            <thead>
              <tr className="text-left text-slate-700">
                <Th>Stage</Th>
                <Th>Needed a day (your ratios)</Th>
                <Th>At benchmark ratios</Th>
                <Th>Your pace a day</Th>
              </tr>
            </thead>
            <tbody>
              {funnel.targets.map((target) => (
                <tr key={target.stage} className="border-t border-slate-100" data-testid={`target-${target.stage}`}>
                  <RowTh>{target.label}</RowTh>
                  <Td>{perDay(target.neededPerDay)}</Td>
                  <Td>{perDay(target.atBenchmarkPerDay)}</Td>
                  <Td>{pace(target.pacePerDay)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}

        {showTable ? (
          <details className="text-sm text-slate-700">
            <summary className="cursor-pointer font-medium text-slate-800">The ratios behind these numbers</summary>
            <ul className="mt-2 flex flex-col gap-1">
              {funnel.rates.map((rate) => (
                <li key={rate.lever}>
                  {rate.label}: {formatLeverValue(rate.kind, rate.value, currency)} <span className="text-slate-600">({sourceText(rate)})</span>
                  {rate.benchmark !== null ? (
                    <span className="text-slate-600"> · benchmark {formatLeverValue(rate.kind, rate.benchmark, currency)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}

        {funnel.quotaMinor !== null && funnel.projection.projectedMinor !== null && funnel.status !== "no_days_left" ? (
          <div className="border-t border-slate-100 pt-3 text-sm" data-testid="projection">
            <p className="text-slate-800">
              At today&apos;s pace you finish {funnel.period.key} at about <strong>{formatMoney(funnel.projection.projectedMinor, currency)}</strong> (
              {formatPercent(funnel.projection.projectedAttainment)} of quota
              {funnel.projection.lowMinor !== null && funnel.projection.highMinor !== null
                ? `; 90 % range ${formatMoneyCompact(funnel.projection.lowMinor, currency)}–${formatMoneyCompact(funnel.projection.highMinor, currency)}`
                : ""}
              )
              {funnel.projection.projectedGrade ? (
                <>
                  {" "}
                  <Badge tone={GRADE_TONE[funnel.projection.projectedGrade]}>
                    <span className="sr-only">Grade </span>
                    {funnel.projection.projectedGrade}
                    <span className="sr-only"> projected</span>
                  </Badge>
                </>
              ) : null}
            </p>
            <p className="mt-1 text-xs text-slate-600">{funnel.projectionMethod}</p>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

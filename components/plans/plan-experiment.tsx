import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, formatLeverChange, formatLeverValue } from "@/lib/format";
import type { PlanDetail } from "@/lib/server/plans/get-plan";

type Experiment = NonNullable<PlanDetail["experiment"]>;

const VERDICT = {
  pending: { label: "Review pending", tone: "neutral" },
  not_enough_data: { label: "Not enough data", tone: "neutral" },
  met: { label: "Met its expectation", tone: "good" },
  not_met: { label: "Did not meet its expectation", tone: "bad" },
} as const;

/** The pre-registered expectation (locked), the verdict on the review date, and the plan's audited history. */
export function PlanExperiment({ experiment, history, currency }: { experiment: Experiment | null; history: PlanDetail["history"]; currency: string }) {
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle>Experiment</CardTitle>
          {experiment ? (
            <Badge tone={VERDICT[experiment.verdict.status].tone} data-testid="experiment-status">
              {VERDICT[experiment.verdict.status].label}
            </Badge>
          ) : null}
        </div>
        <CardDescription>
          {experiment
            ? "What the manager expected when the plan started — locked since — judged on the review date against it and against comparable reps without a plan over the same days."
            : "This plan started before experiments were pre-registered: it has no expected change to judge."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {experiment ? <ExperimentBody experiment={experiment} currency={currency} /> : null}
        <section aria-labelledby="plan-history">
          <h3 id="plan-history" className="text-sm font-semibold text-slate-800">
            History
          </h3>
          {history.length ? (
            <ol className="mt-1 flex flex-col gap-1 text-sm text-slate-700" data-testid="plan-history">
              {history.map((entry) => (
                <li key={entry.id}>
                  <span className="text-slate-600">{formatDate(entry.at.slice(0, 10), { withYear: true })}</span> · {describe(entry, experiment, currency)} · {entry.by}
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-1 text-sm text-slate-600">No recorded changes.</p>
          )}
        </section>
      </CardContent>
    </Card>
  );
}

function ExperimentBody({ experiment, currency }: { experiment: Experiment; currency: string }) {
  const { lever, verdict } = experiment;
  const format = (value: number | null) => formatLeverValue(lever.kind, value, currency);
  const change = (value: number | null) => formatLeverChange(lever.kind, value, currency);
  const { comparison } = verdict;
  return (
    <>
      <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-3" data-testid="experiment-registration">
        <div>
          <dt className="text-slate-600">Expected {lever.label}</dt>
          <dd className="text-lg font-semibold text-slate-900">
            {format(experiment.expectedFrom)} → {format(experiment.expectedTo)}
          </dd>
          <dd className="text-xs text-slate-600">locked when the plan started</dd>
        </div>
        <div>
          <dt className="text-slate-600">Review date</dt>
          <dd className="text-lg font-semibold text-slate-900">{formatDate(experiment.reviewOn, { withYear: true })}</dd>
          <dd className="text-xs text-slate-600">
            baseline {formatDate(experiment.before.from)}–{formatDate(experiment.before.to)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Effect against comparable reps</dt>
          <dd className="text-lg font-semibold text-slate-900">{verdict.status === "pending" ? "—" : comparison.status === "measured" ? change(comparison.effect) : "Not enough data"}</dd>
          <dd className="text-xs text-slate-600">
            {verdict.status === "pending"
              ? "difference in differences, on the review date"
              : comparison.interval
                ? `95 % interval ${change(comparison.interval.low)} to ${change(comparison.interval.high)}; n = ${Math.round(comparison.rep.afterSample)} for the rep, ${comparison.comparable.reps} comparable reps`
                : `needs ${comparison.minSample} on each side and ${comparison.minComparables} comparable reps (has ${comparison.comparable.reps})`}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-slate-800" data-testid="experiment-reason">
        {verdict.reasonText}
      </p>
    </>
  );
}

function describe(entry: PlanDetail["history"][number], experiment: Experiment | null, currency: string): string {
  const format = (value: number | null | undefined) => (experiment ? formatLeverValue(experiment.lever.kind, value ?? null, currency) : "—");
  switch (entry.action) {
    case "plan.created":
      return entry.after.reviewOn && experiment
        ? `Started; expected ${format(experiment.expectedFrom)} → ${format(experiment.expectedTo)}, review on ${formatDate(entry.after.reviewOn, { withYear: true })}`
        : "Started";
    case "plan.updated":
      return entry.before.targetDate && entry.after.targetDate && entry.before.targetDate !== entry.after.targetDate
        ? `Target date moved from ${formatDate(entry.before.targetDate, { withYear: true })} to ${formatDate(entry.after.targetDate, { withYear: true })} (the review date stays)`
        : "Notes changed";
    case "plan.routine_attached":
      return "Routine attached";
    case "plan.routine_detached":
      return "Routine removed";
    case "plan.achieved":
      return "Achieved its target";
    case "plan.closed":
      return entry.after.status === "ACHIEVED" ? "Closed as achieved" : "Closed";
    default:
      return entry.action;
  }
}

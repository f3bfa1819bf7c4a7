import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CompetencyRadar } from "@/components/charts/competency-radar";
import { FunnelChart, type FunnelPoint } from "@/components/charts/funnel-chart";
import { RatioTrendCharts, type RatioTrend } from "@/components/charts/ratio-trend-chart";
import { LeverStatus } from "@/components/dashboard/lever-status";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { DataQualityNotice, FocusRuleNote } from "@/components/coaching/data-quality-notice";
import { CONFIDENCE_EXPLAINED, formatConfidence, formatDate, formatLeverComparison, formatLeverValue, formatMoney, formatMoneyCompact, formatPercent } from "@/lib/format";
import { explainLever } from "@/lib/coaching";
import type { RepProfile } from "@/lib/server/reps/get-rep-profile";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

function funnelPoints(profile: RepProfile): FunnelPoint[] {
  let atBenchmark: number | null = null;
  return profile.stages.map((stage, index) => {
    const actual = profile.totals.stageCounts[stage.key] ?? 0;
    const previous = profile.stages[index - 1];
    if (index === 0) atBenchmark = actual;
    else {
      const benchmark = previous ? profile.benchmarks[`${previous.key}_to_${stage.key}`] : null;
      atBenchmark = atBenchmark !== null && benchmark ? atBenchmark * benchmark.value : null;
    }
    return { stage: stage.key, label: stage.label, actual, atBenchmark: atBenchmark === null ? null : Math.round(atBenchmark) };
  });
}

function ratioTrends(profile: RepProfile): RatioTrend[] {
  return profile.levers
    .filter((lever) => lever.kind === "ratio" && lever.from && lever.to)
    .map((lever) => ({
      lever: lever.key,
      label: lever.label,
      benchmark: profile.benchmarks[lever.key]?.value ?? null,
      points: profile.weekly.map((week) => {
        const from = week.totals[lever.from ?? ""] ?? 0;
        const to = week.totals[lever.to ?? ""] ?? 0;
        return { week: week.week, value: from > 0 ? Math.min(1, to / from) : null };
      }),
    }));
}

const STATUS_TONE = { OPEN: "info", DONE: "good", MISSED: "bad" } as const;

export function RepProfileView({ profile, audience, focusAction, openOneOnOnes = true }: { profile: RepProfile; audience: "rep" | "coach"; focusAction?: React.ReactNode; openOneOnOnes?: boolean }) {
  const { report, currency } = profile;
  const focus = report.levers.find((lever) => lever.lever === report.focus) ?? null;
  const you = audience === "rep";
  const windowLabel = profile.window.label.toLowerCase();
  const hasActivity = profile.activeDays > 0;

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 md:grid-cols-3">
        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>{you ? "Your focus" : "Coaching focus"}</CardTitle>
          </CardHeader>
          <CardContent data-testid="focus-card">
            {focus ? (
              <>
                <p className="text-xl font-semibold text-slate-900">{focus.competency?.name ?? focus.label}</p>
                <p className="mt-1 text-slate-700">{explainLever(focus, { currency, windowLabel })}</p>
                <FocusRuleNote report={report} />
              </>
            ) : (
              <>
                <p className="text-xl font-semibold text-slate-900">{report.reason === "data_quality" ? "Data problem, not a rep problem" : "No clear priority"}</p>
                <p className="mt-1 text-slate-700">{report.reasonText}</p>
              </>
            )}
            <DataQualityNotice report={report} you={you} />
            {profile.plays.length ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold text-slate-800">Suggested sales plays</h3>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {profile.plays.map((play) => (
                    <li key={play.id}>
                      <Link href={`/playbook#${play.id}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                        {play.title}
                      </Link>{" "}
                      <span className="text-slate-600">— {play.whenToUse}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {focusAction}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Quota</CardTitle>
            <CardDescription>{profile.window.label}, quota pro-rated to the window</CardDescription>
          </CardHeader>
          <CardContent>
            <p className="text-3xl font-semibold">
              {profile.grade.grade ?? "—"} <span className="text-base font-normal text-slate-700">{formatPercent(profile.grade.attainment)} of quota</span>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {formatMoney(profile.totals.revenueMinor, currency)} won {formatDate(profile.window.from)} to {formatDate(profile.window.to)}
              {profile.quotaMinor !== null ? ` of ${formatMoney(profile.quotaMinor, currency)} (the quota's share of those days)` : " · no quota set"}
            </p>
          </CardContent>
        </Card>
      </div>

      {!hasActivity ? (
        <EmptyState title="No activity in this window yet">{you ? "Log your day and your ratios appear here." : "Ratios appear once activity is logged or imported."}</EmptyState>
      ) : (
        <>
          <Card>
            <CardHeader>
              <CardTitle>Every lever, by revenue at stake</CardTitle>
              <CardDescription>Raw ratio beside the estimate the lift uses (small samples are pulled toward the team), the benchmark, the revenue at benchmark and how sure we are.</CardDescription>
            </CardHeader>
            <CardContent className="overflow-x-auto">
              <Table>
                <thead>
                  <tr className="text-left text-slate-700">
                    <Th>Lever</Th>
                    <Th>Actual</Th>
                    <Th>Estimate</Th>
                    <Th>Benchmark</Th>
                    <Th>Lift at benchmark</Th>
                    <Th>Confidence</Th>
                    <Th>Status</Th>
                  </tr>
                </thead>
                <tbody>
                  {[...report.levers]
                    .sort((a, b) => b.priority - a.priority)
                    .map((lever) => {
                      const shown = formatLeverComparison(lever.kind, lever.actual, lever.benchmark, lever.status, currency);
                      return (
                      <tr key={lever.lever} className="border-t border-slate-100 align-top" data-testid={`lever-${lever.lever}`}>
                        <RowTh>
                          {lever.label}
                          {lever.competency ? <div className="text-xs font-normal text-slate-600">{lever.competency.name}</div> : null}
                          {lever.status === "below_benchmark" ? <div className="mt-1 max-w-md text-xs font-normal text-slate-700">{explainLever(lever, { currency, windowLabel })}</div> : null}
                          {lever.dataQuality.status === "suspect" ? (
                            <Badge tone="warn" className="mt-1" title={lever.dataQuality.reasons.map((reason) => reason.message).join(" ")}>
                              Suspect data
                            </Badge>
                          ) : null}
                        </RowTh>
                        <Td>
                          {shown.value}
                          <div className="text-xs text-slate-600">n = {lever.sampleSize}</div>
                        </Td>
                        <Td>{formatLeverValue(lever.kind, lever.estimate, currency)}</Td>
                        <Td>
                          {shown.benchmark}
                          {lever.benchmarkSource ? <div className="text-xs text-slate-600">{lever.benchmarkSource.replace(/_/g, " ")}</div> : null}
                        </Td>
                        <Td>{lever.liftRevenueMinor > 0 ? formatMoneyCompact(lever.liftRevenueMinor, currency) : "—"}</Td>
                        <Td title={CONFIDENCE_EXPLAINED}>{lever.status === "below_benchmark" ? formatConfidence(lever.confidence) : "—"}</Td>
                        <Td>
                          <LeverStatus status={shown.displayedStatus} confident={lever.confident} />
                        </Td>
                      </tr>
                      );
                    })}
                </tbody>
              </Table>
            </CardContent>
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Funnel against benchmark</CardTitle>
              </CardHeader>
              <CardContent>
                <FunnelChart points={funnelPoints(profile)} title="Funnel: actual counts and counts at benchmark ratios" />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Competencies</CardTitle>
                <CardDescription>Latest manager and self assessment</CardDescription>
              </CardHeader>
              <CardContent>{profile.radar.length ? <CompetencyRadar points={profile.radar} /> : <p className="text-sm text-slate-600">No assessments yet.</p>}</CardContent>
            </Card>
          </div>
          <Card>
            <CardHeader>
              <CardTitle>Weekly ratios</CardTitle>
              <CardDescription>Last 26 weeks; the dashed line is the benchmark.</CardDescription>
            </CardHeader>
            <CardContent>
              <RatioTrendCharts trends={ratioTrends(profile)} />
            </CardContent>
          </Card>
        </>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Commitments</CardTitle>
          </CardHeader>
          <CardContent>
            {profile.commitments.length === 0 ? (
              <p className="text-sm text-slate-600">No commitments yet.</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm" data-testid="commitments">
                {profile.commitments.map((commitment) => (
                  <li key={commitment.id} className="flex items-start justify-between gap-2">
                    <span>{commitment.text}</span>
                    <span className="shrink-0 text-right">
                      {commitment.overdue ? <Badge tone="bad">overdue</Badge> : <Badge tone={STATUS_TONE[commitment.status]}>{commitment.status.toLowerCase()}</Badge>}
                      <span className="block text-xs text-slate-600">due {formatDate(commitment.dueOn)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>One-on-ones</CardTitle>
          </CardHeader>
          <CardContent>
            {profile.oneOnOnes.length === 0 ? (
              <p className="text-sm text-slate-600">None yet.</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm">
                {profile.oneOnOnes.map((meeting) => (
                  <li key={meeting.id} className="flex justify-between gap-2">
                    {/* An administrator sees that meetings happen, not into them: no link to a page that would answer 404. */}
                    {openOneOnOnes ? (
                      <Link href={`/one-on-ones/${meeting.id}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                        {formatDate(meeting.date)}
                      </Link>
                    ) : (
                      <span>{formatDate(meeting.date)}</span>
                    )}
                    <span className="text-slate-700">{meeting.focus ?? "no focus"} · {meeting.status.toLowerCase().replace("_", " ")}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Development plans</CardTitle>
          </CardHeader>
          <CardContent>
            {profile.plans.length === 0 ? (
              <p className="text-sm text-slate-600">No development plan yet.</p>
            ) : (
              <ul aria-label="Development plans" className="flex flex-col gap-2 text-sm">
                {profile.plans.map((plan) => (
                  <li key={plan.id}>
                    <Link href={`/plans/${plan.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                      {plan.competency}
                    </Link>{" "}
                    {plan.progress ? <PlanStatusBadge status={plan.progress.status} /> : <Badge tone={plan.status === "ACHIEVED" ? "good" : "info"}>{plan.status.toLowerCase()}</Badge>}
                    <div className="text-xs text-slate-600">
                      since {formatDate(plan.startedOn)}, target by {formatDate(plan.targetDate)}
                      {plan.progress?.kind ? ` · ${formatLeverValue(plan.progress.kind, plan.progress.value, currency)} since the start (n = ${plan.progress.sample}), target ${formatLeverValue(plan.progress.kind, plan.targetValue, currency)}` : ""}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

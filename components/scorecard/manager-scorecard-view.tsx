import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { formatCount, formatDate } from "@/lib/format";
import { AcceptPriorityButton } from "@/components/scorecard/accept-priority-button";
import { FeedbackText, MedianText, MetricReadingText, TrendList, VersusMedian, windowLabel } from "@/components/scorecard/metric-reading";
import { ScorecardTrendCharts } from "@/components/scorecard/scorecard-trend-charts";
import { FEEDBACK_ANONYMITY_THRESHOLD, formatMetricValue, type LeaderPlanStatus } from "@/lib/coaching/scorecard";
import type { LeaderPlanView, ManagerScorecardView as Scorecard } from "@/lib/server/scorecard/get-manager-scorecard";

const PLAN_STATUS: Record<LeaderPlanStatus, { label: string; tone: "good" | "warn" | "bad" | "neutral" }> = {
  achieved: { label: "Achieved", tone: "good" },
  on_track: { label: "On track", tone: "good" },
  behind: { label: "Behind", tone: "bad" },
  insufficient_data: { label: "Not enough data yet", tone: "neutral" },
};

/** Comments shown before "show more": enough to read, short enough to reach the rest of the page. */
const COMMENTS_SHOWN = 10;

const CADENCE_LABEL = { WEEKLY: "weekly", BIWEEKLY: "every two weeks", MONTHLY: "monthly" } as const;

/**
 * A manager's coaching scorecard: the development priority (and leader plans), every metric against
 * the median manager with its trend, the trend charts, and rep feedback under the anonymity rule.
 * `audience` words it for the manager ("you") or for their VP or an administrator.
 */
export function ManagerScorecardView({ scorecard, audience }: { scorecard: Scorecard; audience: "self" | "leader" }) {
  const subject = audience === "self" ? "You" : (scorecard.manager.name.split(" ")[0] ?? scorecard.manager.name);
  const current = scorecard.windows.at(-1);
  const shareTrends = scorecard.metrics
    .filter((metric) => metric.unit === "share")
    .map((metric) => ({
      key: metric.key,
      label: metric.label,
      points: metric.trend.map((point) => ({ from: point.window.from, to: point.window.to, value: point.reading.value, median: point.median.value })),
    }));
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <PriorityCard scorecard={scorecard} subject={subject} audience={audience} />
        {scorecard.can.seeCoachingContent ? <LeaderPlansCard plans={scorecard.leaderPlans} audience={audience} /> : null}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{audience === "self" ? "Your scorecard" : `${subject}'s scorecard`} against the median manager</CardTitle>
          <CardDescription>
            {current ? `${windowLabel(current)}; ` : ""}the trend shows the same metric over the last four 90-day windows. One-on-one cadence:{" "}
            {CADENCE_LABEL[scorecard.manager.cadence]}; {formatCount(scorecard.manager.repCount, "rep")} on {scorecard.manager.teams.map((team) => team.name).join(", ") || "no team"}.
          </CardDescription>
        </CardHeader>
        <CardContent className="px-2">
          <Table>
            <caption className="sr-only">Each coaching metric: {audience === "self" ? "your" : `${subject}'s`} value with its sample, the median manager, and the trend</caption>
            <thead>
              <tr>
                <Th>Metric</Th>
                <Th>{subject}</Th>
                <Th>Median manager</Th>
                <Th>Against the median</Th>
                <Th>Trend (oldest → now)</Th>
              </tr>
            </thead>
            <tbody>
              {scorecard.metrics.map((metric) => (
                <tr key={metric.key} data-testid={`metric-${metric.key}`}>
                  <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left align-top font-normal">
                    <span className="font-medium text-slate-900">{metric.label}</span>
                    <span className="block max-w-xs text-xs text-slate-600">{metric.description}</span>
                  </th>
                  <Td>
                    <MetricReadingText unit={metric.unit} reading={metric.current} sampleNoun={metric.sampleNoun} />
                  </Td>
                  <Td>
                    <MedianText unit={metric.unit} median={metric.median} />
                  </Td>
                  <Td>
                    <VersusMedian unit={metric.unit} reading={metric.current} median={metric.median} />
                  </Td>
                  <Td>
                    <TrendList unit={metric.unit} points={metric.trend} />
                  </Td>
                </tr>
              ))}
              <tr data-testid="metric-rep_feedback">
                <th scope="row" className="px-3 py-2 text-left align-top font-normal">
                  <span className="font-medium text-slate-900">Rep feedback on one-on-ones</span>
                  <span className="block max-w-xs text-xs text-slate-600">
                    How useful reps rated their one-on-ones (1–5), shown from {FEEDBACK_ANONYMITY_THRESHOLD} answers in the window.
                  </span>
                </th>
                <Td className="border-b-0">
                  <FeedbackText reading={scorecard.feedback.current} />
                </Td>
                <Td className="border-b-0">
                  {scorecard.feedback.median.value === null ? (
                    <span className="text-slate-600">No manager above the threshold</span>
                  ) : (
                    <span>
                      <span className="tabular-nums">{scorecard.feedback.median.value.toFixed(1)} / 5</span>
                      <span className="block text-xs text-slate-600">of {scorecard.feedback.median.managers} managers</span>
                    </span>
                  )}
                </Td>
                <Td className="border-b-0">—</Td>
                <Td className="border-b-0">
                  <ol className="flex flex-wrap gap-x-2 text-xs text-slate-700 tabular-nums">
                    {scorecard.feedback.trend.map((point, index) => (
                      <li key={point.window.to}>
                        <span className="sr-only">{windowLabel(point.window)}: </span>
                        {point.reading.status === "shown" ? point.reading.average.toFixed(1) : <abbr title={`fewer than ${FEEDBACK_ANONYMITY_THRESHOLD} answers`}>hidden</abbr>}
                        {index < scorecard.feedback.trend.length - 1 ? <span aria-hidden="true"> →</span> : null}
                      </li>
                    ))}
                  </ol>
                </Td>
              </tr>
            </tbody>
          </Table>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Trends</CardTitle>
          <CardDescription>Each share metric per 90-day window, with the median manager dashed; a gap in a line is a window without enough data.</CardDescription>
        </CardHeader>
        <CardContent>
          <ScorecardTrendCharts trends={shareTrends} subject={subject} />
        </CardContent>
      </Card>

      <ExperimentsCard scorecard={scorecard} subject={subject} />

      <FeedbackCard scorecard={scorecard} audience={audience} />
      {scorecard.perception ? <PerceptionCard perception={scorecard.perception} audience={audience} /> : null}
    </div>
  );
}

/** The manager's record of pre-registered coaching experiments (decision 0035). */
function ExperimentsCard({ scorecard, subject }: { scorecard: Scorecard; subject: string }) {
  const record = scorecard.experiments;
  const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)} %`);
  const signedPercent = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.round(Math.abs(value) * 100)} %`);
  return (
    <Card data-testid="experiment-record">
      <CardHeader>
        <CardTitle>Coaching experiments</CardTitle>
        <CardDescription>
          Development plans that pre-registered an expected change, judged on their review date: against what was expected, and against comparable reps without a
          plan over the same days.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {record.run === 0 ? (
          <p className="text-sm text-slate-600">{subject === "You" ? "You have" : `${subject} has`} no experiment past its review date yet.</p>
        ) : (
          <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">Experiments run</dt>
              <dd className="text-lg font-semibold text-slate-900">{record.run}</dd>
              <dd className="text-xs text-slate-600">{record.run - record.judged ? `${record.run - record.judged} without enough data to judge` : "all judged"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Met their expectation</dt>
              <dd className="text-lg font-semibold text-slate-900">{percent(record.metShare)}</dd>
              <dd className="text-xs text-slate-600">
                {record.met} of {record.judged} judged
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Average effect vs comparable reps</dt>
              <dd className="text-lg font-semibold text-slate-900">{signedPercent(record.averageEffect)}</dd>
              <dd className="text-xs text-slate-600">
                of the rep&apos;s starting value; n = {record.effectSample} {record.effectSample === 1 ? "experiment" : "experiments"} with enough comparable reps
              </dd>
            </div>
          </dl>
        )}
      </CardContent>
    </Card>
  );
}

function PriorityCard({ scorecard, subject, audience }: { scorecard: Scorecard; subject: string; audience: "self" | "leader" }) {
  const { priority } = scorecard;
  return (
    <Card data-testid="development-priority">
      <CardHeader>
        <CardTitle>Development priority</CardTitle>
        <CardDescription>The measured leader competency furthest below the median manager: one priority at a time.</CardDescription>
      </CardHeader>
      <CardContent>
        {priority.status === "priority" ? (
          <>
            <p className="text-lg font-semibold text-slate-900">{priority.competency.name}</p>
            <p className="mt-1 text-sm text-slate-700">{priority.reasonText}</p>
            {scorecard.can.acceptPriority ? (
              <AcceptPriorityButton managerId={scorecard.manager.id} competencyId={priority.competency.id} competencyName={priority.competency.name} />
            ) : null}
          </>
        ) : (
          <>
            <p className="text-lg font-semibold text-slate-900">No clear priority</p>
            <p className="mt-1 text-sm text-slate-700">{priority.reasonText}</p>
          </>
        )}
        {audience === "self" ? (
          <p className="mt-3 text-xs text-slate-600">Your VP sees the same scorecard and can turn the priority into a development plan for you.</p>
        ) : (
          <p className="mt-3 text-xs text-slate-600">Judgement-only competencies (hiring, forecasting and the rest) are for the one-on-one with {subject}, not this list.</p>
        )}
      </CardContent>
    </Card>
  );
}

function LeaderPlansCard({ plans, audience }: { plans: LeaderPlanView[]; audience: "self" | "leader" }) {
  return (
    <Card data-testid="leader-plans">
      <CardHeader>
        <CardTitle>{audience === "self" ? "Your leader development plan" : "Leader development plan"}</CardTitle>
        <CardDescription>Measured by the scorecard metric over the trailing 90 days; at the target date that window is exactly the plan&apos;s time.</CardDescription>
      </CardHeader>
      <CardContent>
        {plans.length === 0 ? (
          <EmptyState title="No active leader plan">
            {audience === "self" ? "When your VP accepts your development priority, the plan and its progress show here." : "Accept the development priority to start one."}
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {plans.map((plan) => {
              const format = (value: number | null) => (plan.metric ? formatMetricValue(plan.metric.unit, value) : "—");
              const status = PLAN_STATUS[plan.status];
              return (
                <li key={plan.id} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="font-medium text-slate-900">{plan.competency.name}</p>
                    <Badge tone={status.tone}>{status.label}</Badge>
                  </div>
                  {plan.metric ? <p className="text-xs text-slate-600">{plan.metric.label}</p> : null}
                  <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt className="text-xs text-slate-600">Baseline</dt>
                      <dd className="tabular-nums">{format(plan.baseline)}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-600">Now</dt>
                      <dd className="font-medium tabular-nums">{format(plan.current)}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-600">Target</dt>
                      <dd className="tabular-nums">{format(plan.target)}</dd>
                    </div>
                  </dl>
                  <p className="mt-2 text-sm text-slate-700">{plan.reasonText}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {formatDate(plan.startedOn)} to {formatDate(plan.targetDate)}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function FeedbackCard({ scorecard, audience }: { scorecard: Scorecard; audience: "self" | "leader" }) {
  const reading = scorecard.feedback.current;
  return (
    <Card data-testid="rep-feedback">
      <CardHeader>
        <CardTitle>What reps say about {audience === "self" ? "your" : "these"} one-on-ones</CardTitle>
        <CardDescription>
          Answers are shown only from {FEEDBACK_ANONYMITY_THRESHOLD} in the window, without names or dates and in random order, so no answer can be traced to a rep.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {reading.status === "below_threshold" ? (
          <p className="text-sm text-slate-700">Fewer than {reading.needed} answers in this window: nothing is shown yet.</p>
        ) : (
          <>
            <p className="text-sm text-slate-800">
              Average <span className="font-semibold tabular-nums">{reading.average.toFixed(1)} / 5</span> from {reading.count} answers.
            </p>
            {scorecard.can.seeCoachingContent ? (
              reading.comments.length ? (
                <>
                  <CommentList comments={reading.comments.slice(0, COMMENTS_SHOWN)} label="Rep comments, in random order" />
                  {reading.comments.length > COMMENTS_SHOWN ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-medium text-brand-700">Show {reading.comments.length - COMMENTS_SHOWN} more comments</summary>
                      <CommentList comments={reading.comments.slice(COMMENTS_SHOWN)} label="More rep comments" />
                    </details>
                  ) : null}
                </>
              ) : (
                <p className="mt-2 text-sm text-slate-600">No written comments in this window.</p>
              )
            ) : (
              <p className="mt-2 text-sm text-slate-600">Written comments are for the manager and their VP.</p>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}

const rating = (value: { average: number } | null) => (value ? `${value.average.toFixed(1)} / 5` : "—");
const gapText = (gap: number | null) => (gap === null ? "—" : `${gap > 0 ? "+" : gap < 0 ? "−" : "±"}${Math.abs(gap).toFixed(1)}`);

/** Paired perception: how useful the manager thinks their one-on-ones are, beside what the reps say. */
function PerceptionCard({ perception, audience }: { perception: NonNullable<Scorecard["perception"]>; audience: "self" | "leader" }) {
  const { current } = perception;
  const own = audience === "self" ? "Your" : "The manager's";
  return (
    <Card data-testid="paired-perception">
      <CardHeader>
        <CardTitle>{audience === "self" ? "How you rate your one-on-ones, beside your reps" : "Self-rating beside the reps' rating"}</CardTitle>
        <CardDescription>
          After each one-on-one the manager privately rates how useful it was for the rep (1–5). The reps&apos; side shows only from {FEEDBACK_ANONYMITY_THRESHOLD} answers in the window;
          the gap is self minus reps: far above zero, the one-on-ones feel better to the coach than to the reps.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-3 gap-3 text-sm">
          <div>
            <dt className="text-slate-600">{own} average</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="perception-self">
              {rating(current.self)}
            </dd>
            <dd className="text-xs text-slate-600">{current.self ? `${current.self.count} ratings` : "no ratings yet"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Reps&apos; average</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="perception-reps">
              {rating(current.reps)}
            </dd>
            <dd className="text-xs text-slate-600">{current.reps ? `${current.reps.count} answers` : `fewer than ${FEEDBACK_ANONYMITY_THRESHOLD} answers`}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Gap</dt>
            <dd className={`text-lg font-semibold tabular-nums ${current.gap !== null && current.gap >= 1 ? "text-red-800" : "text-slate-900"}`} data-testid="perception-gap">
              {gapText(current.gap)}
            </dd>
            <dd className="text-xs text-slate-600">{current.gap === null ? "needs both sides" : "points"}</dd>
          </div>
        </dl>
        <Table className="mt-4">
          <caption className="sr-only">Self-rating, reps&apos; rating and gap in each window</caption>
          <thead>
            <tr>
              <Th>Window</Th>
              <Th className="text-right">Self</Th>
              <Th className="text-right">Reps</Th>
              <Th className="text-right">Gap</Th>
            </tr>
          </thead>
          <tbody>
            {perception.trend.map((point) => (
              <tr key={point.window.from}>
                <Td>{windowLabel(point.window)}</Td>
                <Td className="text-right tabular-nums">{rating(point.reading.self)}</Td>
                <Td className="text-right tabular-nums">{rating(point.reading.reps)}</Td>
                <Td className="text-right tabular-nums">{gapText(point.reading.gap)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </CardContent>
    </Card>
  );
}

function CommentList({ comments, label }: { comments: string[]; label: string }) {
  return (
    <ul className="mt-3 flex flex-col gap-2" aria-label={label}>
      {comments.map((comment, index) => (
        <li key={index} className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
          “{comment}”
        </li>
      ))}
    </ul>
  );
}

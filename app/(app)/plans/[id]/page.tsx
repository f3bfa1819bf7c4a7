import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { formatDate, formatLeverValue } from "@/lib/format";
import { ClosePlanButton, PlanDetailsForm, PlanRoutines } from "@/components/plans/plan-editor";
import { PlanExperiment } from "@/components/plans/plan-experiment";
import { PlanProgressChart } from "@/components/plans/plan-progress-chart";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { addDays, todayIn } from "@/lib/calendar/days";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getPlan } from "@/lib/server/plans/get-plan";
import { getVisiblePlan } from "@/lib/server/plans/plan-access";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Development plan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("plan.view");
  const { id } = await params;
  // Decide access before anything streams, so another team's or organization's plan answers a real 404.
  const plan = await orNotFound(getVisiblePlan(viewer, id));
  return (
    <Suspense
      fallback={
        <>
          <PageHeader title="Development plan" />
          <SectionSkeleton label="Loading the development plan" />
        </>
      }
    >
      <PlanContent viewer={viewer} planId={plan.id} />
    </Suspense>
  );
}

async function PlanContent({ viewer, planId }: { viewer: Viewer; planId: string }) {
  const plan = await orNotFound(getPlan(viewer, planId));
  const { progress, currency } = plan;
  const kind = progress.lever?.kind ?? "ratio";
  const format = (value: number | null) => formatLeverValue(kind, value, currency);
  const today = todayIn(viewer.organization.timeZone);
  const closed = plan.status !== "ACTIVE";
  return (
    <>
      <PageHeader
        title={`${plan.competency.name} — ${plan.subject.name}`}
        description={
          <>
            Development plan by {plan.owner.name} · started {formatDate(plan.startedOn)} · target by {formatDate(plan.targetDate)}
            {plan.closedOn ? ` · ${plan.status === "ACHIEVED" ? "achieved" : "closed"} ${formatDate(plan.closedOn)}` : ""}
            {plan.can.viewRep ? (
              <>
                {" · "}
                <Link href={`/reps/${plan.subject.id}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                  {plan.subject.name}&apos;s profile
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <div className="flex flex-wrap items-center gap-2">
              <CardTitle>Progress</CardTitle>
              <PlanStatusBadge status={progress.status} />
            </div>
            <CardDescription>
              {progress.lever
                ? `${progress.lever.label}, measured from activity since the plan started (cumulative), against the baseline and the target.`
                : "Measured from activity since the plan started."}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <p className="text-sm text-slate-800" data-testid="plan-status-reason">
              {progress.reasonText}
            </p>
            <dl className="grid grid-cols-2 gap-4 text-sm md:grid-cols-4">
              <div>
                <dt className="text-slate-600">Baseline</dt>
                <dd className="text-lg font-semibold text-slate-900">{format(plan.baseline.value)}</dd>
                <dd className="text-xs text-slate-600">
                  n = {plan.baseline.sample} {progress.sampleNoun}, before the start
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{closed ? "Result" : "Since the start"}</dt>
                <dd className="text-lg font-semibold text-slate-900">{format(progress.value)}</dd>
                <dd className="text-xs text-slate-600">
                  n = {progress.sample} {progress.sampleNoun}
                  {progress.sample < progress.minSample ? ` (${progress.minSample} needed to judge)` : ""}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">Path expects today</dt>
                <dd className="text-lg font-semibold text-slate-900">{closed ? "—" : format(progress.expected)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Target (benchmark)</dt>
                <dd className="text-lg font-semibold text-slate-900">{format(plan.targetValue)}</dd>
                <dd className="text-xs text-slate-600">by {formatDate(plan.targetDate)}</dd>
              </div>
            </dl>
            <PlanProgressChart
              points={progress.points}
              kind={kind}
              currency={currency}
              baseline={plan.baseline.value}
              target={plan.targetValue}
              sampleNoun={progress.sampleNoun}
              title={`${progress.lever?.label ?? plan.competency.name} since ${formatDate(plan.startedOn)}, week by week`}
            />
          </CardContent>
        </Card>

        <PlanExperiment experiment={plan.experiment} history={plan.history} currency={currency} />

        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>Routines</CardTitle>
              <CardDescription>Sales plays of {plan.competency.name} to practise until the ratio moves.</CardDescription>
            </CardHeader>
            <CardContent>
              <PlanRoutines planId={plan.id} routines={plan.routines} available={plan.availablePlays} editable={plan.can.edit} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Plan</CardTitle>
              <CardDescription>{plan.competency.description}</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {plan.can.edit ? (
                <>
                  <PlanDetailsForm
                    planId={plan.id}
                    targetDate={plan.targetDate}
                    notes={plan.notes}
                    minTargetDate={today > addDays(plan.startedOn, 1) ? today : addDays(plan.startedOn, 1)}
                  />
                  <ClosePlanButton planId={plan.id} />
                </>
              ) : (
                <div>
                  <h3 className="text-sm font-semibold text-slate-800">Notes</h3>
                  <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{plan.notes || "No notes."}</p>
                </div>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

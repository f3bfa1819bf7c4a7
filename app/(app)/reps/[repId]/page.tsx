import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { can } from "@/lib/access/policy";
import { PageHeader } from "@/components/ui/page-header";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Alert } from "@/components/ui/alert";
import type { PeriodRequest } from "@/lib/calendar/period";
import { parseScreenPeriod } from "@/lib/validation/period";
import { RepProfileView } from "@/components/reps/rep-profile-view";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getRepProfile, type RepProfile } from "@/lib/server/reps/get-rep-profile";
import { getAssessmentBoard } from "@/lib/server/assessments/get-assessment-board";
import { AssessmentBoardView } from "@/components/assessments/assessment-board";
import { StartPlanForm } from "@/components/plans/start-plan-form";
import { StartOneOnOneButton } from "@/components/one-on-ones/start-one-on-one-button";
import { addDays, todayIn } from "@/lib/calendar/days";
import { DEFAULT_PLAN_DAYS } from "@/lib/validation/plans";
import { formatLeverValue } from "@/lib/format";
import { leverValueToInput } from "@/lib/lever-input";
import { recordManagerAssessmentAction } from "./actions";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { Fragment, Suspense } from "react";
import { DealFiguresCard } from "@/components/deals/deal-figures-card";
import { getRepDealFigures } from "@/lib/server/deals/get-rep-deal-figures";
import { CoCoachesCard } from "@/components/co-coaches/co-coaches-card";
import { listCoCoaches } from "@/lib/server/co-coaches/list-co-coaches";

export const metadata: Metadata = { title: "Rep profile" };

export default async function RepProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ repId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ repId }, query] = await Promise.all([params, searchParams]);
  // A rep following a link to their own profile lands on their own page, not on a 404.
  const self = await requireViewer();
  if (self.kind === "user" && self.id === repId && can(self, "rep.viewOwn")) redirect("/me");
  const viewer = await requireViewer("rep.view");
  // Decide access before anything streams, so another team's rep answers a real 404.
  const rep = await orNotFound(getVisibleRep(viewer, repId));
  // One period for every figure on the page, the deals included.
  const { request: period, problem } = parseScreenPeriod(query);
  const periodKey = JSON.stringify(period);
  return (
    <>
      {problem ? (
        <Alert tone="warning" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      {/* Not streamed: the profile is the page's largest content (LCP; docs/performance.md).
          Keyed by the period, so a new period starts every client component afresh (an open
          picker closes, its date fields take the new range), as the keyed Suspense did. */}
      <Fragment key={periodKey}>
        <RepProfileContent viewer={viewer} repId={rep.id} period={period} />
      </Fragment>
      <Suspense fallback={<SectionSkeleton label="Loading co-coaches" />}>
        <CoCoachesSection viewer={viewer} repId={rep.id} />
      </Suspense>
      <Suspense key={`deals-${periodKey}`} fallback={<SectionSkeleton label="Loading deal figures" />}>
        <RepDealsSection viewer={viewer} repId={rep.id} period={period} />
      </Suspense>
    </>
  );
}

async function CoCoachesSection({ viewer, repId }: { viewer: Viewer; repId: string }) {
  const list = await listCoCoaches(viewer, repId);
  if (list.coCoaches.length === 0 && !list.canAssign) return null;
  return (
    <div className="mt-8">
      <CoCoachesCard list={list} />
    </div>
  );
}

async function RepDealsSection({ viewer, repId, period }: { viewer: Viewer; repId: string; period: PeriodRequest }) {
  const deals = await getRepDealFigures(viewer, repId, period);
  const { figures } = deals;
  if (figures.opened + figures.won + figures.lost + figures.open === 0) return null;
  return (
    <div className="mt-8">
      <DealFiguresCard
        title="Deals"
        rows={[{ id: deals.rep.id, name: deals.rep.name, figures }]}
        currency={deals.currency}
        period={deals.period}
      />
    </div>
  );
}

async function RepProfileContent({ viewer, repId, period }: { viewer: Viewer; repId: string; period: PeriodRequest }) {
  const profile = await getRepProfile(viewer, repId, period);
  return (
    <>
      <PageHeader
        title={profile.rep.name}
        description={
          <>
            {profile.rep.team ? (
              <Link href={`/team/${profile.rep.team.id}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                {profile.rep.team.name}
              </Link>
            ) : (
              "No team"
            )}{" "}
            · {profile.window.label} ({profile.window.from} to {profile.window.to})
          </>
        }
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {can(viewer, "oneOnOne.startWithRep") ? <StartOneOnOneButton memberId={profile.rep.id} memberName={profile.rep.name} /> : null}
            <PeriodPicker basePath={`/reps/${profile.rep.id}`} period={profile.window} />
          </div>
        }
      />
      <RepProfileView profile={profile} audience="coach" openOneOnOnes={can(viewer, "oneOnOne.list")} focusAction={can(viewer, "plan.manage") ? <FocusPlanAction viewer={viewer} profile={profile} /> : null} />
      <section aria-labelledby="assessments-heading" className="mt-8 flex flex-col gap-3">
        <div>
          <h2 id="assessments-heading" className="text-lg font-semibold text-slate-900">
            Competency assessments
          </h2>
          <p className="text-sm text-slate-600">
            {can(viewer, "assessment.score") ? "Score each competency against its rubric, or mark it not observed." : "Scored by the rep's manager; VPs and administrators read them."} A flag appears where the manager&apos;s latest score disagrees with the
            rep&apos;s numbers over {profile.window.label.toLowerCase()}.
          </p>
        </div>
        <Suspense fallback={<SectionSkeleton label="Loading the competency assessments" />}>
          <AssessmentSection viewer={viewer} repId={profile.rep.id} period={period} />
        </Suspense>
      </section>
    </>
  );
}

/** The rep's manager turns the focus into a development plan, or opens the one already running for it. */
function FocusPlanAction({ viewer, profile }: { viewer: Viewer; profile: RepProfile }) {
  const focus = profile.report.levers.find((lever) => lever.lever === profile.report.focus);
  if (!focus?.competency) return null;
  const competency = focus.competency;
  const active = profile.plans.find((plan) => plan.status === "ACTIVE" && plan.competencyId === competency.id);
  if (active) {
    return (
      <p className="mt-4 text-sm">
        <Link href={`/plans/${active.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
          Open the active development plan for {competency.name}
        </Link>
      </p>
    );
  }
  const today = todayIn(viewer.organization.timeZone);
  const currency = viewer.organization.currency;
  const expectation = {
    label: focus.label,
    fromText: formatLeverValue(focus.kind, focus.actual, currency),
    // Suggested: the benchmark, as the plan's target.
    defaultTo: leverValueToInput(focus.kind, focus.benchmark ?? focus.actual ?? 0, currency),
    unit: focus.kind === "ratio" ? "%" : focus.kind === "volume" ? "per day" : currency,
    step: focus.kind === "deal_size" ? 100 : 0.1,
  };
  return (
    <StartPlanForm
      repId={profile.rep.id}
      windowKey={profile.window.key}
      competency={competency.name}
      plays={profile.plays.map((play) => ({ id: play.id, title: play.title }))}
      defaultTargetDate={addDays(today, DEFAULT_PLAN_DAYS)}
      minTargetDate={addDays(today, 1)}
      expectation={expectation}
    />
  );
}

async function AssessmentSection({ viewer, repId, period }: { viewer: Viewer; repId: string; period: PeriodRequest }) {
  const board = await getAssessmentBoard(viewer, repId, period);
  return <AssessmentBoardView board={board} action={board.mode === "LEADER" ? recordManagerAssessmentAction : null} audience="coach" />;
}

import type { Metadata } from "next";
import { Suspense } from "react";
import { can, repScope } from "@/lib/access/policy";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { PlanTable } from "@/components/plans/plan-table";
import { listPlans } from "@/lib/server/plans/list-plans";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Development plans" };

const DESCRIPTION = {
  self: "Your development plans: the competency you are working on, where you started, the target, and your progress measured from your activity.",
  teams: "Your reps' development plans. Start one from a rep's focus on their profile; progress is measured from their activity, never typed in.",
  organization: "Every development plan in the organization, with progress measured from activity since each plan started.",
} as const;

export default async function PlansPage() {
  const viewer = await requireViewer("plan.view");
  return (
    <>
      <PageHeader title="Development plans" description={DESCRIPTION[repScope(viewer)]} />
      <Suspense fallback={<SectionSkeleton label="Loading development plans" />}>
        <PlanLists viewer={viewer} />
      </Suspense>
    </>
  );
}

async function PlanLists({ viewer }: { viewer: Viewer }) {
  const plans = await listPlans(viewer);
  const showRep = can(viewer, "rep.view");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="active-plans-heading" className="flex flex-col gap-2">
        <h2 id="active-plans-heading" className="text-lg font-semibold text-slate-900">
          Active
        </h2>
        <PlanTable
          rows={plans.active}
          caption="Active development plans"
          currency={plans.currency}
          showRep={showRep}
          emptyTitle="No active plans"
          emptyText={
            repScope(viewer) === "teams"
              ? "Open a rep's profile and start a plan from their coaching focus."
              : repScope(viewer) === "self"
                ? "Your manager starts a plan from your focus; it will show up here."
                : "Managers start plans from their reps' focus."
          }
        />
      </section>
      <section aria-labelledby="closed-plans-heading" className="flex flex-col gap-2">
        <h2 id="closed-plans-heading" className="text-lg font-semibold text-slate-900">
          Achieved and closed
        </h2>
        <PlanTable
          rows={plans.closed}
          caption="Achieved and closed development plans"
          currency={plans.currency}
          showRep={showRep}
          emptyTitle="None yet"
          emptyText="Plans keep their result when they are achieved or closed."
        />
      </section>
    </div>
  );
}

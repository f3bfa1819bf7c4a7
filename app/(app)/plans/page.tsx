import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { PlanTable } from "@/components/plans/plan-table";
import { listPlans } from "@/lib/server/plans/list-plans";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Development plans" };

const DESCRIPTION = {
  REP: "Your development plans: the competency you are working on, where you started, the target, and your progress measured from your activity.",
  MANAGER: "Your reps' development plans. Start one from a rep's focus on their profile; progress is measured from their activity, never typed in.",
  VP: "Every development plan in the organization, with progress measured from activity since each plan started.",
} as const;

export default async function PlansPage() {
  const viewer = await requireViewer(["MANAGER", "REP", "VP"]);
  return (
    <>
      <PageHeader title="Development plans" description={DESCRIPTION[viewer.role as keyof typeof DESCRIPTION]} />
      <Suspense fallback={<SectionSkeleton label="Loading development plans" />}>
        <PlanLists viewer={viewer} />
      </Suspense>
    </>
  );
}

async function PlanLists({ viewer }: { viewer: Viewer }) {
  const plans = await listPlans(viewer);
  const showRep = viewer.role !== "REP";
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
            viewer.role === "MANAGER"
              ? "Open a rep's profile and start a plan from their coaching focus."
              : viewer.role === "REP"
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

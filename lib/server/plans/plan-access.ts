import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleRepsWhere } from "@/lib/server/access/scopes";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Who may see and change which development plan:
//   REP      reads their own plans.
//   MANAGER  reads and edits the plans of the reps on their teams.
//   VP       reads every plan of the organization.
//   ADMIN    nothing (as for one-on-ones: an administrator runs the organization, not its
//            coaching); API tokens likewise. Both get 404, like a stranger.
// A plan's subject is a plain id (no relation), so a manager's scope is resolved to rep ids first.
// Leader plans (a manager's plan on a LEADER competency, owned by the VP) are not rep plans: they
// live on the coaching scorecard (lib/server/scorecard), so every rule here is for REP competencies.

/**
 * `client`: inside a transaction, pass it. A query on another connection would wait for the
 * transaction on the embedded database (one backend), which then times out.
 */
export async function visiblePlansWhere(viewer: Viewer, client: Pick<Prisma.TransactionClient, "user"> = db): Promise<Prisma.DevelopmentPlanWhereInput | null> {
  if (viewer.kind !== "user") return null;
  const organizationId = viewer.organizationId;
  const competency = { kind: "REP" } as const;
  switch (viewer.role) {
    case "REP":
      return { organizationId, competency, subjectId: viewer.id };
    case "MANAGER": {
      const reps = await client.user.findMany({ where: visibleRepsWhere(viewer), select: { id: true } });
      return { organizationId, competency, subjectId: { in: reps.map((rep) => rep.id) } };
    }
    case "VP":
      return { organizationId, competency };
    case "ADMIN":
      return null;
  }
}

/** Only the subject's manager changes a plan; everyone else who can see it reads it. */
export function canEditPlan(viewer: Viewer): boolean {
  return viewer.kind === "user" && viewer.role === "MANAGER";
}

/** The plan if the viewer may see it, else NotFoundError (unknown, other team's and other organization's ids alike). */
export async function getVisiblePlan(viewer: Viewer, planId: string) {
  const where = await visiblePlansWhere(viewer);
  if (!where) throw new NotFoundError("Development plan");
  const plan = await db.developmentPlan.findFirst({
    where: { AND: [where, { id: planId }] },
    select: { id: true, subjectId: true, competencyId: true, status: true },
  });
  if (!plan) throw new NotFoundError("Development plan");
  return plan;
}

const lockedSelect = {
  id: true,
  subjectId: true,
  competencyId: true,
  status: true,
  leverKey: true,
  baselineValue: true,
  targetValue: true,
  startedOn: true,
  targetDate: true,
  notes: true,
  competency: { select: { name: true } },
} as const;

/**
 * For a write: the visible, still active plan, its row locked until the transaction ends (so an
 * edit and a close cannot interleave). Not visible → NotFoundError; visible but not the subject's
 * manager → ForbiddenError; closed → ConflictError.
 */
export async function lockEditablePlan(tx: Prisma.TransactionClient, viewer: Viewer, planId: string, doing: string) {
  const where = await visiblePlansWhere(viewer, tx);
  if (!where) throw new NotFoundError("Development plan");
  const visible = await tx.developmentPlan.findFirst({ where: { AND: [where, { id: planId }] }, select: { id: true } });
  if (!visible) throw new NotFoundError("Development plan");
  if (!canEditPlan(viewer)) throw new ForbiddenError(`Only the rep's manager can ${doing}`);
  await tx.$queryRaw`SELECT "id" FROM "DevelopmentPlan" WHERE "id" = ${visible.id} AND "organizationId" = ${viewer.organizationId} FOR UPDATE`;
  const plan = await tx.developmentPlan.findUniqueOrThrow({ where: { id: visible.id }, select: lockedSelect });
  if (plan.status !== "ACTIVE") throw new ConflictError("This plan is closed: it keeps its result and can no longer change");
  return plan;
}

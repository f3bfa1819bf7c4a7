import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, plansNeedManagedReps, visiblePlansWhere as plansWhere, visibleRepsWhere } from "@/lib/access/policy";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Who may see and change which development plan is the access policy's (lib/access/policy.ts:
// visiblePlansWhere, "plan.manage"). A plan's subject is a plain id (no relation), so a manager's
// scope is resolved to rep ids here first. Leader plans live on the coaching scorecard.

/**
 * `client`: inside a transaction, pass it. A query on another connection would wait for the
 * transaction on the embedded database (one backend), which then times out.
 */
export async function visiblePlansWhere(viewer: Viewer, client: Pick<Prisma.TransactionClient, "user"> = db): Promise<Prisma.DevelopmentPlanWhereInput | null> {
  const managedRepIds = plansNeedManagedReps(viewer) ? (await client.user.findMany({ where: visibleRepsWhere(viewer), select: { id: true } })).map((rep) => rep.id) : [];
  return plansWhere(viewer, managedRepIds);
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
  if (!can(viewer, "plan.manage")) throw new ForbiddenError(`Only the rep's manager can ${doing}`);
  await tx.$queryRaw`SELECT "id" FROM "DevelopmentPlan" WHERE "id" = ${visible.id} AND "organizationId" = ${viewer.organizationId} FOR UPDATE`;
  const plan = await tx.developmentPlan.findUniqueOrThrow({ where: { id: visible.id }, select: lockedSelect });
  if (plan.status !== "ACTIVE") throw new ConflictError("This plan is closed: it keeps its result and can no longer change");
  return plan;
}

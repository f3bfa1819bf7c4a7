import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

/**
 * VP or ADMIN: withdraws a benchmark that was set by mistake. The row stays (history shows it
 * retracted, by whom and when) but no longer counts: whatever was in force before it applies again.
 */
export async function retractBenchmark(viewer: Viewer, benchmarkId: string): Promise<void> {
  if (!can(viewer, "benchmark.set")) throw new ForbiddenError("Only a VP or an administrator can retract benchmarks");
  await db.$transaction(async (tx) => {
    const benchmark = await tx.benchmark.findFirst({
      where: { id: benchmarkId, organizationId: viewer.organizationId },
      select: { id: true, teamId: true, leverKey: true, value: true, effectiveFrom: true, retractedAt: true },
    });
    if (!benchmark) throw new NotFoundError("Benchmark");
    if (benchmark.retractedAt) throw new ConflictError("This benchmark is already retracted");
    const retractedAt = new Date();
    await tx.benchmark.update({ where: { id: benchmark.id }, data: { retractedAt, retractedById: viewerUserId(viewer) } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "benchmark.retracted",
        entityType: "Benchmark",
        entityId: benchmark.id,
        before: { teamId: benchmark.teamId, lever: benchmark.leverKey, value: benchmark.value, effectiveFrom: dayKey(benchmark.effectiveFrom) },
        after: { retractedAt: retractedAt.toISOString() },
      },
      tx,
    );
  });
}

import "server-only";
import { db } from "@/lib/db";
import { findRevenueWithoutWins } from "@/lib/activity/revenue-without-wins";
import { upsertActivityRows, type ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { todayIn } from "@/lib/calendar/days";
import { formatMoney } from "@/lib/format";
import { toMinorUnits } from "@/lib/money";
import { activityWritableRepsWhere } from "@/lib/access/policy";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { describeZodError } from "@/lib/server/http/api/api-error-response";
import { activityItemSchema } from "@/lib/validation/api";

export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

/**
 * `POST /api/v1/activity`: items `{ repEmail, date, stage, count }` (stage "revenue" carries an
 * amount in the organization's currency). Every item is checked and every failing one reported;
 * nothing is written unless all pass, then one upsert writes them all.
 */
export async function recordActivityBatch(viewer: Viewer, items: readonly unknown[]) {
  const writable = activityWritableRepsWhere(viewer);
  if (!writable) throw new ForbiddenError("Your role cannot record activity");
  const [stages, reps, organization] = await Promise.all([
    getFunnelStages(viewer.organizationId),
    db.user.findMany({ where: { ...writable, role: "REP" }, select: { id: true, email: true, active: true } }),
    db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { currency: true, timeZone: true } }),
  ]);
  const stageKeys = new Set(stages.map((stage) => stage.key));
  const repsByEmail = new Map(reps.map((rep) => [rep.email, rep]));
  const today = todayIn(organization.timeZone);
  const problems: RowProblem[] = [];
  const rows: ActivityRow[] = [];
  // The batch row (1-based) each written row came from, for row errors found after the write.
  const positions: number[] = [];
  const seen = new Map<string, number>();

  items.forEach((item, index) => {
    const row = index + 1;
    const parsed = activityItemSchema.safeParse(item);
    if (!parsed.success) {
      for (const detail of describeZodError(parsed.error).details) problems.push({ row, column: detail.path === "(body)" ? null : detail.path, message: detail.message });
      return;
    }
    const { repEmail, date, stage, count } = parsed.data;
    const rep = repsByEmail.get(repEmail);
    if (!rep) problems.push({ row, column: "repEmail", message: `unknown rep '${repEmail}'` });
    else if (!rep.active) problems.push({ row, column: "repEmail", message: `rep '${repEmail}' is deactivated` });
    if (stage !== "revenue" && !stageKeys.has(stage)) problems.push({ row, column: "stage", message: `unknown stage '${stage}' (use GET /api/v1/funnel for the keys, or 'revenue')` });
    if (date > today) problems.push({ row, column: "date", message: `${date} is in the future` });
    if (stage !== "revenue" && !Number.isInteger(count)) problems.push({ row, column: "count", message: "must be a whole number for a funnel stage" });
    if (stage === "revenue" && !Number.isSafeInteger(toMinorUnits(count, organization.currency))) problems.push({ row, column: "count", message: "is too large for an amount" });
    const key = `${repEmail}|${date}|${stage}`;
    const earlier = seen.get(key);
    if (earlier) problems.push({ row, column: null, message: `duplicates row ${earlier} (same repEmail, date and stage)` });
    else seen.set(key, row);
    if (rep) {
      rows.push({ repId: rep.id, day: date, stage, value: stage === "revenue" ? toMinorUnits(count, organization.currency) : count });
      positions.push(row);
    }
  });
  if (problems.length) throw new UnprocessableRowsError(`${new Set(problems.map((problem) => problem.row)).size} of ${items.length} rows failed validation; nothing was written`, problems);

  const counts = await db.$transaction(
    async (tx) => {
      const result = await upsertActivityRows(tx, viewer.organizationId, rows);
      // Checked after the write, against what the day now holds (this batch and what was there):
      // a refusal throws, and the transaction takes the whole batch back.
      const wonStage = stages.at(-1);
      const unearned = wonStage ? await findRevenueWithoutWins(tx, viewer.organizationId, wonStage.key, rows) : [];
      if (wonStage && unearned.length) {
        const emailOf = new Map(reps.map((rep) => [rep.id, rep.email]));
        const rowOf = (repId: string, day: string) => {
          const index = rows.findIndex((row) => row.repId === repId && row.day === day && row.stage === "revenue");
          return index >= 0 ? index : rows.findIndex((row) => row.repId === repId && row.day === day);
        };
        const refused = unearned.map((day) => {
          const index = rowOf(day.repId, day.day);
          const message = `${formatMoney(day.revenueMinor, organization.currency)} of revenue on ${day.day} for ${emailOf.get(day.repId) ?? "this rep"} needs at least 1 in '${wonStage.key}' that day; record the deals won too`;
          return { row: positions[index] ?? 0, column: rows[index]?.stage === "revenue" ? "count" : "stage", message };
        });
        throw new UnprocessableRowsError(`${refused.length} of ${items.length} rows would leave revenue on a day without a deal won; nothing was written`, refused);
      }
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "activity.recorded", entityType: "Activity", after: { received: rows.length, ...result, via: viewer.kind === "token" ? "api" : "app" } }, tx);
      return result;
    },
    { timeout: 120_000 },
  );
  return { received: rows.length, ...counts };
}

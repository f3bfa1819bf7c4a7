import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { parseQuotaCsv, type QuotaCsvRow } from "@/lib/goals/parse-quota-csv";
import { currencyMinorDigits } from "@/lib/money";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { lockPeriod, refuseSilentOverAllocation } from "@/lib/server/goals/cascade-rules";
import { allocationScopes, loadAllocationState } from "@/lib/server/goals/load-allocation-state";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN (or an API token): quotas from a CSV with the columns rep_email, period, amount. Like the
 * activity import it is all or nothing: every failing row is reported as { row, column, message }
 * (422) and nothing is written unless all pass; then one transaction adds a quota row for each
 * rep and period whose amount changes (the newest is in force, so history stays). Quotas adding
 * up to more than a team's goal are refused with the amount over unless confirmed.
 */
export async function importQuotas(viewer: Viewer, csv: string, options: { confirmOverAllocation?: boolean } = {}) {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator imports quotas");
  const [organization, reps] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { name: true, currency: true, fiscalYearStartMonth: true } }),
    db.user.findMany({ where: { organizationId: viewer.organizationId, role: "REP" }, select: { id: true, email: true, active: true } }),
  ]);
  const parsed = parseQuotaCsv(csv, {
    reps: new Map(reps.map((rep) => [rep.email.toLowerCase(), { id: rep.id, active: rep.active }])),
    fiscalYearStartMonth: organization.fiscalYearStartMonth,
    currencyMinorDigits: currencyMinorDigits(organization.currency),
  });
  if (!parsed.ok) {
    const failing = new Set(parsed.errors.map((error) => error.row)).size;
    throw new UnprocessableRowsError(`${failing} ${failing === 1 ? "row" : "rows"} of the file failed validation; nothing was imported`, parsed.errors);
  }

  const byPeriod = new Map<string, QuotaCsvRow[]>();
  for (const row of parsed.rows) byPeriod.set(row.period.key, [...(byPeriod.get(row.period.key) ?? []), row]);
  const periods = [...byPeriod.keys()].sort();

  return db.$transaction(
    async (tx) => {
      let changed = 0;
      for (const periodKey of periods) {
        const rows = byPeriod.get(periodKey) ?? [];
        await lockPeriod(tx, viewer.organizationId, periodKey);
        const state = await loadAllocationState(viewer.organizationId, periodKey, tx);
        const changes = rows.filter((row) => state.quotaInForce.get(row.repId)?.amountMinor !== row.amountMinor);
        if (changes.length === 0) continue;
        refuseSilentOverAllocation({
          before: allocationScopes(state, organization.name),
          after: allocationScopes(state, organization.name, { quotasMinor: new Map(changes.map((row) => [row.repId, row.amountMinor])) }),
          confirmed: options.confirmOverAllocation === true,
          currency: organization.currency,
          periodKey,
        });
        await tx.quota.createMany({
          data: changes.map((row) => ({
            organizationId: viewer.organizationId,
            repId: row.repId,
            period: periodKey,
            periodStart: new Date(`${row.period.start}T00:00:00Z`),
            periodEnd: new Date(`${row.period.end}T00:00:00Z`),
            amountMinor: BigInt(row.amountMinor),
            setById: viewerUserId(viewer),
          })),
        });
        changed += changes.length;
      }
      const result = { rows: parsed.rows.length, changed, unchanged: parsed.rows.length - changed, periods };
      await recordAudit(
        {
          organizationId: viewer.organizationId,
          ...auditActor(viewer),
          action: "quota.imported",
          entityType: "Quota",
          after: { ...result, overAllocationConfirmed: options.confirmOverAllocation === true },
        },
        tx,
      );
      return result;
    },
    { timeout: 60_000 },
  );
}

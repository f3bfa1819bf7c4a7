import "server-only";
import { db } from "@/lib/db";
import { upsertActivityRows } from "@/lib/activity/upsert-activity-rows";
import { parseDay, todayIn } from "@/lib/calendar/days";
import { parseAmountMinor, parseCount } from "@/lib/import/quantities";
import { DEFAULT_MIN_DATE, REVENUE_STAGE } from "@/lib/import/types";
import { currencyMinorDigits } from "@/lib/money";
import { formatMoney } from "@/lib/format";
import { activityWritableRepsWhere } from "@/lib/access/policy";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

const dayLabel = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });

export interface SavedActivityCell {
  repId: string;
  day: string;
  stage: string;
  /** The value now stored (a count, or revenue in minor units); null when the cell is empty. */
  value: number | null;
  /** The value it replaced. */
  previous: number | null;
}

/**
 * Saves ONE cell of the activity grid: a count for a funnel stage, or revenue won typed in the
 * currency's major units; an empty value clears the cell. Refuses future days, negative and
 * fractional counts with a message naming the cell. The write (the same upsert as imports) and
 * its audit record (who, old → new) commit together; an unchanged value writes nothing.
 */
export async function saveActivityCell(viewer: Viewer, input: { repId: string; day: string; stage: string; value: string }): Promise<SavedActivityCell> {
  const writable = activityWritableRepsWhere(viewer);
  if (!writable) throw new ForbiddenError("Your role cannot log activity");
  const { organizationId } = viewer;
  const [rep, stages, organization] = await Promise.all([
    db.user.findFirst({ where: { AND: [writable, { id: input.repId }] }, select: { id: true, name: true, active: true } }),
    getFunnelStages(organizationId),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true, currency: true } }),
  ]);
  if (!rep) throw new NotFoundError("Rep");
  const stage = input.stage === REVENUE_STAGE ? { key: REVENUE_STAGE, label: "Revenue won" } : stages.find((candidate) => candidate.key === input.stage);
  if (!stage) throw new InvalidInputError(`stage: '${input.stage}' is not a stage of your funnel`, { stage: ["is not a stage of your funnel"] });
  const cell = `${stage.label} on ${dayLabel.format(parseDay(input.day))}`;
  const refuse = (message: string) => new InvalidInputError(`${cell}: ${message}`, { value: [message] });
  if (!rep.active) throw refuse(`${rep.name} is deactivated`);
  const today = todayIn(organization.timeZone);
  if (input.day > today) throw refuse(`${input.day} is in the future (today is ${today})`);
  if (input.day < DEFAULT_MIN_DATE) throw refuse(`${input.day} is before ${DEFAULT_MIN_DATE}, the earliest date accepted`);

  const text = input.value.trim();
  let value: number | null = null;
  if (text !== "") {
    const parsed = stage.key === REVENUE_STAGE ? parseAmountMinor(text, currencyMinorDigits(organization.currency)) : parseCount(text);
    if (!parsed.ok) throw refuse(parsed.message);
    value = parsed.value;
  }

  return db.$transaction(async (tx) => {
    // Funnel edits lock the organization row FOR UPDATE: the stage cannot disappear under this write.
    await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR KEY SHARE`;
    if (stage.key !== REVENUE_STAGE && (await tx.funnelStage.count({ where: { organizationId, key: stage.key } })) === 0) {
      throw new ConflictError(`${cell}: the funnel changed and '${stage.key}' is no longer a stage; reload the page`);
    }
    const current = await tx.$queryRaw<{ value: bigint }[]>`
      SELECT "value" FROM "Activity"
      WHERE "organizationId" = ${organizationId} AND "repId" = ${rep.id} AND "day" = ${input.day}::date AND "stage" = ${stage.key}
      FOR UPDATE`;
    const previous = current[0] ? Number(current[0].value) : null;
    const saved = { repId: rep.id, day: input.day, stage: stage.key, value, previous };
    if (previous === value) return saved;
    // Revenue is won with deals: a day's revenue needs at least one deal won (the funnel's last
    // stage) that day, and the deals won cannot drop to none while revenue stands.
    const wonStage = stages.at(-1);
    if (wonStage && (stage.key === REVENUE_STAGE ? (value ?? 0) > 0 : stage.key === wonStage.key && !value)) {
      const other = stage.key === REVENUE_STAGE ? wonStage.key : REVENUE_STAGE;
      const rows = await tx.$queryRaw<{ value: bigint }[]>`
        SELECT "value" FROM "Activity"
        WHERE "organizationId" = ${organizationId} AND "repId" = ${rep.id} AND "day" = ${input.day}::date AND "stage" = ${other}`;
      const otherValue = rows[0] ? Number(rows[0].value) : 0;
      if (stage.key === REVENUE_STAGE && otherValue === 0) throw refuse(`revenue needs at least 1 in ${wonStage.label} that day; log the deals won first`);
      if (stage.key !== REVENUE_STAGE && otherValue > 0) throw refuse(`${formatMoney(otherValue, organization.currency)} of revenue is logged that day; clear the revenue first`);
    }
    if (value === null) {
      await tx.activity.deleteMany({ where: { organizationId, repId: rep.id, day: parseDay(input.day), stage: stage.key } });
    } else {
      await upsertActivityRows(tx, organizationId, [{ repId: rep.id, day: input.day, stage: stage.key, value }]);
    }
    await recordAudit(
      {
        organizationId,
        ...auditActor(viewer),
        action: "activity.cell_saved",
        entityType: "Activity",
        entityId: `${rep.id}/${input.day}/${stage.key}`,
        before: { value: previous },
        after: { repId: rep.id, day: input.day, stage: stage.key, value },
      },
      tx,
    );
    return saved;
  });
}

import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { resolveWindow } from "@/lib/calendar/coaching-window";
import { Prisma } from "@/lib/generated/prisma/client";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { getRepPriorities } from "@/lib/server/coaching/get-rep-priorities";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { leverValueFromInput } from "@/lib/lever-input";
import { DEFAULT_PLAN_DAYS, type CreatePlanFromFocusInput } from "@/lib/validation/plans";

/**
 * The rep's manager turns the rep's coaching focus into a development plan in one step: the focus
 * lever's competency, the rep's raw value over the profile's window as the baseline (with its
 * sample size), the benchmark as the target, a target date (default in 90 days) and any of the
 * competency's sales plays as routines. Everything is recomputed here; the only number taken from
 * the client is the pre-registered expectation (decision 0035): the lever from the baseline to
 * `expectedTo` (default: the target) by `reviewOn` (default: the target date), locked from now on.
 * One active plan per rep and competency (a unique index) → ConflictError.
 */
export async function createPlanFromFocus(
  viewer: Viewer,
  input: Pick<CreatePlanFromFocusInput, "repId" | "window"> & Partial<Pick<CreatePlanFromFocusInput, "targetDate" | "salesPlayIds" | "expectedTo" | "reviewOn">>,
): Promise<{ id: string }> {
  // Another team's or organization's rep is unknown (404) before anything else.
  const rep = await getVisibleRep(viewer, input.repId);
  if (!can(viewer, "plan.manage")) throw new ForbiddenError("Only the rep's manager can start a development plan");
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const today = todayIn(settings.timeZone);
  const targetDate = input.targetDate ?? addDays(today, DEFAULT_PLAN_DAYS);
  if (targetDate <= today) throw new InvalidInputError("Target date: must be after today", { targetDate: ["must be after today"] });
  const reviewOn = input.reviewOn ?? targetDate;
  if (reviewOn <= today) throw new InvalidInputError("Review date: must be after today", { reviewOn: ["must be after today"] });

  const window = resolveWindow(input.window, settings);
  const { rep: coached } = await getRepPriorities(viewer, rep.id, { windowDays: window.days, asOf: window.to });
  const focus = coached.report.levers.find((lever) => lever.lever === coached.report.focus);
  if (!focus) throw new ConflictError(`There is no clear priority to plan for: ${coached.report.reasonText}`);
  if (!focus.competency)
    throw new InvalidInputError(`No competency drives ${focus.label}: link one in the competency framework first`, {
      competencyId: ["no competency drives the focus lever"],
    });
  const competency = focus.competency;
  const expectedFrom = focus.actual;
  const expectedTo = input.expectedTo === undefined ? focus.benchmark : leverValueFromInput(focus.kind, input.expectedTo, settings.currency);
  if (expectedFrom === null || expectedTo === null || !Number.isFinite(expectedFrom))
    throw new ConflictError(`There is no measured ${focus.label} to expect a change from`);
  if (focus.kind === "ratio" && expectedTo > 1) throw new InvalidInputError("Expected value: a ratio is at most 100 %", { expectedTo: ["must be at most 100"] });
  // The levers are "more is better": an experiment expects the lever to rise.
  if (!(expectedTo > expectedFrom))
    throw new InvalidInputError(`Expected value: must be above today's ${focus.label}`, { expectedTo: ["must be above the value today"] });

  const playIds = [...new Set(input.salesPlayIds ?? [])];
  try {
    return await db.$transaction(async (tx) => {
      const plays = playIds.length
        ? await tx.salesPlay.findMany({
            where: { organizationId: viewer.organizationId, competencyId: competency.id, retiredAt: null, id: { in: playIds } },
            select: { id: true },
          })
        : [];
      if (plays.length !== playIds.length)
        throw new InvalidInputError(`Sales plays: choose plays of ${competency.name}`, { salesPlayIds: [`must be sales plays of ${competency.name}`] });
      const data = {
        subjectId: rep.id,
        ownerId: viewer.id,
        competencyId: competency.id,
        leverKey: focus.lever,
        baselineValue: focus.actual,
        baselineSample: Math.round(focus.sampleSize),
        targetValue: focus.benchmark,
        startedOn: new Date(`${today}T00:00:00Z`),
        targetDate: new Date(`${targetDate}T00:00:00Z`),
        expectedFrom,
        expectedTo,
        reviewOn: new Date(`${reviewOn}T00:00:00Z`),
      };
      const plan = await tx.developmentPlan.create({
        data: { organizationId: viewer.organizationId, ...data, routines: { create: plays.map((play) => ({ salesPlayId: play.id })) } },
        select: { id: true },
      });
      await recordAudit(
        {
          organizationId: viewer.organizationId,
          ...auditActor(viewer),
          action: "plan.created",
          entityType: "DevelopmentPlan",
          entityId: plan.id,
          after: {
            ...data,
            startedOn: today,
            targetDate,
            reviewOn,
            window: { from: window.from, to: window.to },
            benchmarkSource: focus.benchmarkSource,
            salesPlayIds: plays.map((play) => play.id),
          },
        },
        tx,
      );
      return plan;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError(`There is already an active plan for ${competency.name}`);
    throw error;
  }
}

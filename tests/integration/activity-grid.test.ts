// The activity grid's operations on a real database: the week a rep sees, saving one cell (scope,
// validation naming the cell, audit, undo through the same save) and today's targets.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, isWeekday, startOfIsoWeek, todayIn } from "@/lib/calendar/days";
import { targetDayOf } from "@/lib/coaching/pacing";
import { getActivityWeek } from "@/lib/server/activity/get-activity-week";
import { getDailyTargets } from "@/lib/server/activity/get-daily-targets";
import { saveActivityCell } from "@/lib/server/activity/save-activity-cell";
import { setTeamBenchmarks } from "@/lib/server/benchmarks/set-team-benchmarks";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let other: Cast;
let organizationId: string;
let today: string;
let rep: Viewer;
let managerA: Viewer;
let managerB: Viewer;
let admin: Viewer;
let vp: Viewer;

const cell = (repId: string, day: string, stage: string) =>
  db.activity.findUnique({ where: { organizationId_repId_day_stage: { organizationId, repId, day: new Date(`${day}T00:00:00Z`), stage } }, select: { value: true } });
const audits = () => db.auditLog.findMany({ where: { organizationId, action: "activity.cell_saved" }, orderBy: { createdAt: "asc" }, select: { actorId: true, entityId: true, before: true, after: true } });

async function refusal(work: Promise<unknown>): Promise<InvalidInputError> {
  const error = await work.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

beforeAll(async () => {
  cast = await createOrganizationCast("Grid");
  other = await createOrganizationCast("Grid Other");
  organizationId = cast.organization.id;
  today = todayIn("America/New_York");
  rep = await viewerFor(cast.repA1);
  managerA = await viewerFor(cast.managerA);
  managerB = await viewerFor(cast.managerB);
  admin = await viewerFor(cast.admin);
  vp = await viewerFor(cast.vp);
});

describe("the week a viewer sees", () => {
  it("shows a rep their own Monday-to-Sunday week, with today marked and later days closed", async () => {
    const week = await getActivityWeek(rep, {});
    expect(week.rep?.id).toBe(cast.repA1.id);
    expect(week.reps.map((entry) => entry.id)).toEqual([cast.repA1.id]);
    expect(week.week.start).toBe(startOfIsoWeek(today));
    expect(week.days.map((day) => day.day)).toEqual(Array.from({ length: 7 }, (_, offset) => addDays(startOfIsoWeek(today), offset)));
    expect(week.days.find((day) => day.isToday)?.day).toBe(today);
    expect(week.days.filter((day) => day.isFuture).every((day) => day.day > today)).toBe(true);
    expect(week.week.next).toBeNull();
    expect(week.stages.map((stage) => stage.key)).toEqual(["dials", "conversations", "meetings", "opportunities", "proposals", "won"]);
    await expect(getActivityWeek(rep, { repId: cast.repA2.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives a manager a picker of their own reps only, and an admin every rep; a VP gets a 404", async () => {
    const week = await getActivityWeek(managerA, { repId: cast.repA2.id, week: "2026-01-07" });
    expect(week.reps.map((entry) => entry.id).sort()).toEqual([cast.repA1.id, cast.repA2.id].sort());
    expect(week.rep?.id).toBe(cast.repA2.id);
    expect(week.week.start).toBe("2026-01-05");
    expect(week.week.next).toBe("2026-01-12");
    await expect(getActivityWeek(managerA, { repId: cast.repB1.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActivityWeek(admin, { repId: other.repA1.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getActivityWeek(admin, {})).reps.map((entry) => entry.id).sort()).toEqual([cast.repA1.id, cast.repA2.id, cast.repB1.id].sort());
    await expect(getActivityWeek(vp, {})).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("saving one cell", () => {
  it("inserts, updates and clears a cell, each change audited with who and old → new; an unchanged value writes nothing", async () => {
    const first = await saveActivityCell(rep, { repId: cast.repA1.id, day: today, stage: "dials", value: "12" });
    expect(first).toEqual({ repId: cast.repA1.id, day: today, stage: "dials", value: 12, previous: null });
    const second = await saveActivityCell(rep, { repId: cast.repA1.id, day: today, stage: "dials", value: "15" });
    expect(second).toMatchObject({ value: 15, previous: 12 });
    expect((await cell(cast.repA1.id, today, "dials"))?.value).toBe(BigInt(15));
    expect(await saveActivityCell(rep, { repId: cast.repA1.id, day: today, stage: "dials", value: " 15 " })).toMatchObject({ value: 15, previous: 15 });

    // Undo of the last change is a save of the value it replaced.
    expect(await saveActivityCell(rep, { repId: cast.repA1.id, day: today, stage: "dials", value: String(second.previous) })).toMatchObject({ value: 12, previous: 15 });
    // An empty cell is nothing logged, not a zero: undoing the first entry removes the row.
    expect(await saveActivityCell(rep, { repId: cast.repA1.id, day: today, stage: "dials", value: "" })).toMatchObject({ value: null, previous: 12 });
    expect(await cell(cast.repA1.id, today, "dials")).toBeNull();

    const trail = await audits();
    expect(trail.map((audit) => [audit.before, (audit.after as { value: number | null }).value])).toEqual([
      [{ value: null }, 12],
      [{ value: 12 }, 15],
      [{ value: 15 }, 12],
      [{ value: 12 }, null],
    ]);
    expect(trail.every((audit) => audit.actorId === cast.repA1.id && audit.entityId === `${cast.repA1.id}/${today}/dials`)).toBe(true);
  });

  it("takes revenue in the currency's major units, stored in minor units", async () => {
    await saveActivityCell(managerA, { repId: cast.repA2.id, day: "2026-01-07", stage: "won", value: "1" });
    const saved = await saveActivityCell(managerA, { repId: cast.repA2.id, day: "2026-01-07", stage: "revenue", value: "1234.5" });
    expect(saved).toMatchObject({ value: 123_450, previous: null });
    expect((await cell(cast.repA2.id, "2026-01-07", "revenue"))?.value).toBe(BigInt(123_450));
    const week = await getActivityWeek(managerA, { repId: cast.repA2.id, week: "2026-01-07" });
    expect(week.values["2026-01-07|revenue"]).toBe(123_450);
  });

  it("refuses revenue on a day with no deal won, and deals won dropping to none under revenue", async () => {
    const day = "2026-01-08";
    const noDeal = await refusal(saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "revenue", value: "9000" }));
    expect(noDeal.message).toBe("Revenue won on Thu, Jan 8: revenue needs at least 1 in Deals won that day; log the deals won first");
    expect(noDeal.fieldErrors.value).toHaveLength(1);
    await saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "won", value: "0" });
    expect((await refusal(saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "revenue", value: "9000" }))).fieldErrors.value).toHaveLength(1);
    expect(await cell(cast.repA2.id, day, "revenue")).toBeNull();

    await saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "won", value: "1" });
    await saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "revenue", value: "9000" });
    expect((await refusal(saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "won", value: "0" }))).message).toBe(
      "Deals won on Thu, Jan 8: $9,000 of revenue is logged that day; clear the revenue first",
    );
    expect((await cell(cast.repA2.id, day, "won"))?.value).toBe(BigInt(1));
    // Clearing the revenue first, then the deals, is fine.
    await saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "revenue", value: "" });
    await saveActivityCell(managerA, { repId: cast.repA2.id, day, stage: "won", value: "" });
    expect(await cell(cast.repA2.id, day, "won")).toBeNull();
  });

  it("refuses future days, negative, fractional and non-numeric counts and over-precise amounts, naming the cell", async () => {
    const tomorrow = addDays(today, 1);
    const future = await refusal(saveActivityCell(rep, { repId: cast.repA1.id, day: tomorrow, stage: "dials", value: "3" }));
    expect(future.message).toMatch(/^Dials on \w{3}, \w{3} \d{1,2}: \d{4}-\d{2}-\d{2} is in the future/);
    expect(future.fieldErrors.value).toHaveLength(1);
    expect((await refusal(saveActivityCell(rep, { repId: cast.repA1.id, day: "2026-01-07", stage: "meetings", value: "-1" }))).message).toBe("Meetings held on Wed, Jan 7: count '-1' is negative");
    expect((await refusal(saveActivityCell(rep, { repId: cast.repA1.id, day: "2026-01-07", stage: "won", value: "1.5" }))).message).toBe("Deals won on Wed, Jan 7: count '1.5' is not a whole number");
    expect((await refusal(saveActivityCell(rep, { repId: cast.repA1.id, day: "2026-01-07", stage: "dials", value: "lots" }))).message).toBe("Dials on Wed, Jan 7: count 'lots' is not a number");
    expect((await refusal(saveActivityCell(rep, { repId: cast.repA1.id, day: "2026-01-07", stage: "revenue", value: "10.005" }))).message).toBe("Revenue won on Wed, Jan 7: amount '10.005' has more than 2 decimal places");
    await refusal(saveActivityCell(rep, { repId: cast.repA1.id, day: "2026-01-07", stage: "smoke_signals", value: "1" }));
    expect(await cell(cast.repA1.id, "2026-01-07", "meetings")).toBeNull();
    expect(await cell(cast.repA1.id, tomorrow, "dials")).toBeNull();
  });

  it("lets a rep log only for self, a manager only for own reps, an admin for anyone in the organization, and a VP not at all", async () => {
    await expect(saveActivityCell(rep, { repId: cast.repA2.id, day: "2026-01-07", stage: "dials", value: "1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivityCell(managerB, { repId: cast.repA1.id, day: "2026-01-07", stage: "dials", value: "1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivityCell(admin, { repId: other.repA1.id, day: "2026-01-07", stage: "dials", value: "1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivityCell(vp, { repId: cast.repA1.id, day: "2026-01-07", stage: "dials", value: "1" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.activity.count({ where: { repId: { in: [cast.repA1.id, other.repA1.id] }, day: new Date("2026-01-07T00:00:00Z"), stage: "dials" } })).toBe(0);
    expect(await saveActivityCell(managerB, { repId: cast.repB1.id, day: "2026-01-07", stage: "dials", value: "7" })).toMatchObject({ value: 7 });
    expect(await saveActivityCell(admin, { repId: cast.repA1.id, day: "2026-01-07", stage: "dials", value: "8" })).toMatchObject({ value: 8 });
    const saved = await db.auditLog.findFirst({ where: { organizationId, action: "activity.cell_saved", entityId: `${cast.repA1.id}/2026-01-07/dials` }, select: { actorId: true } });
    expect(saved?.actorId).toBe(cast.admin.id);
  });

  it("refuses a deactivated rep", async () => {
    const leaver = await createUser(organizationId, "REP", { teamId: cast.teamA.id, active: false });
    await expect(saveActivityCell(admin, { repId: leaver.id, day: "2026-01-07", stage: "dials", value: "1" })).rejects.toThrow(/is deactivated/);
  });
});

describe("today's targets", () => {
  it("are none on a weekend day", async () => {
    const saturday = addDays(startOfIsoWeek(today), 5);
    const targets = await getDailyTargets(rep, { repId: cast.repA1.id, day: saturday });
    expect(targets.source).toBe("non_working_day");
    expect(targets.perStage).toEqual({});
  });

  it("cascade the organization's volume benchmark down the funnel by its ratio benchmarks", async () => {
    // Today's targets, or the next working day's on a weekend (#20 finding 8: none on a day off).
    const targets = await getDailyTargets(rep, { repId: cast.repA1.id, day: targetDayOf(today) });
    const { perStage } = targets;
    expect(perStage.dials).toBe(50);
    expect(perStage.conversations).toBeCloseTo(5);
    expect(perStage.meetings).toBeCloseTo(1.75);
    expect(perStage.opportunities).toBeCloseTo(0.9625);
    expect(perStage.proposals).toBeCloseTo(0.5775);
    expect(perStage.won).toBeCloseTo(0.144375);
    expect(perStage.revenue).toBe(Math.round(0.144375 * 2_400_000));
  });

  it("follow the latest organization-level benchmark in force, not a team's", async () => {
    await setTeamBenchmarks(vp, cast.teamA.id, { volume: 80 });
    expect((await getDailyTargets(rep, { repId: cast.repA1.id, day: targetDayOf(today) })).perStage.dials).toBe(50);
    await setTeamBenchmarks(vp, null, { volume: 60, dials_to_conversations: 0.2 });
    const updated = await getDailyTargets(rep, { repId: cast.repA1.id, day: targetDayOf(today) });
    expect(updated.perStage.dials).toBe(60);
    expect(updated.perStage.conversations).toBeCloseTo(12);
    // An earlier day still uses what was in force then.
    expect((await getDailyTargets(rep, { repId: cast.repA1.id, day: "2025-06-02" })).perStage.dials).toBe(50);
    // The grid shows today's targets, and none on a weekend.
    expect((await getActivityWeek(rep, {})).targets?.dials).toBe(isWeekday(today) ? 60 : undefined);
    await expect(getDailyTargets(rep, { repId: cast.repA2.id, day: today })).rejects.toBeInstanceOf(NotFoundError);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCoachingTimePlan } from "@/lib/server/coaching-time/get-coaching-time-plan";
import { setCoachingCapacity } from "@/lib/server/coaching-time/set-coaching-capacity";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;

beforeAll(async () => {
  cast = await createOrganizationCast("Coaching time");
});

describe("coaching-time allocator", () => {
  it("shows what the team needs before a capacity is set, and no minutes", async () => {
    const plan = await getCoachingTimePlan(await viewerFor(cast.managerA), cast.teamA.id);
    expect(plan.capacityMinutes).toBeNull();
    expect(plan.canSetCapacity).toBe(true);
    // Both reps joined today: new, so each needs at least the floor.
    expect(plan.rows.every((row) => row.isNew)).toBe(true);
    expect(plan.neededMinutes).toBe(60);
    expect(plan.rows.map((row) => row.minutes)).toEqual([0, 0]);
  });

  it("a manager sets their capacity once, audited, and the team's minutes add up to it", async () => {
    const manager = await viewerFor(cast.managerA);
    const audits = await db.auditLog.count({ where: { organizationId: cast.organization.id } });
    await setCoachingCapacity(manager, 90);
    expect(await db.auditLog.count({ where: { organizationId: cast.organization.id } })).toBe(audits + 1);
    const record = await db.auditLog.findFirstOrThrow({ where: { organizationId: cast.organization.id, action: "user.coaching_capacity_set" }, select: { entityId: true, before: true, after: true } });
    expect(record).toMatchObject({ entityId: cast.managerA.id, before: { coachingCapacityMinutes: null }, after: { coachingCapacityMinutes: 90 } });

    const plan = await getCoachingTimePlan(manager, cast.teamA.id);
    expect(plan.capacityMinutes).toBe(90);
    expect(plan.rows.reduce((sum, row) => sum + row.minutes, 0)).toBe(90);
    for (const row of plan.rows) expect(row.minutes).toBeGreaterThanOrEqual(30);
    expect(plan.shortfallMinutes).toBe(0);
  });

  it("notes a shortfall when the team needs more than the capacity", async () => {
    const manager = await viewerFor(cast.managerA);
    await createUser(cast.organization.id, "REP", { teamId: cast.teamA.id });
    await setCoachingCapacity(manager, 60);
    const plan = await getCoachingTimePlan(manager, cast.teamA.id);
    expect(plan.neededMinutes).toBe(90);
    expect(plan.shortfallMinutes).toBe(30);
    expect(plan.floorsUncovered).toBe(true);
    expect(plan.rows.reduce((sum, row) => sum + row.minutes, 0)).toBe(60);
  });

  it("the VP reads the plan but only the team's manager sets the capacity; another manager's team is not found", async () => {
    const vpPlan = await getCoachingTimePlan(await viewerFor(cast.vp), cast.teamA.id);
    expect(vpPlan.capacityMinutes).toBe(60);
    expect(vpPlan.canSetCapacity).toBe(false);
    expect((await getCoachingTimePlan(await viewerFor(cast.managerB), cast.teamB.id)).canSetCapacity).toBe(true);
    await expect(getCoachingTimePlan(await viewerFor(cast.managerB), cast.teamA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCoachingTimePlan(await viewerFor(cast.repA1), cast.teamA.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const user of [cast.repA1, cast.vp, cast.admin]) await expect(setCoachingCapacity(await viewerFor(user), 60)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

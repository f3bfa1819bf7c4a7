// Issue #20: the same figure is equal on every surface that shows it — the team dashboard, the
// rep profile, /me, /one-on-ones, the weekly digest, the coaching scorecard and the API — for the
// demo organization and for a hand-built one. Each surface is read through its own operation.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPrioritiesRoute } from "@/app/api/v1/reps/[id]/priorities/route";
import { GET as getReverseFunnelRoute } from "@/app/api/v1/reps/[id]/reverse-funnel/route";
import { upsertActivityRows, type ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { addDays, isWeekday, todayIn } from "@/lib/calendar/days";
import { fiscalQuarterOf } from "@/lib/calendar/periods";
import { targetDayOf } from "@/lib/coaching/pacing";
import { db } from "@/lib/db";
import { fromMinorUnits } from "@/lib/money";
import { getDailyTargets } from "@/lib/server/activity/get-daily-targets";
import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { buildManagerDigest } from "@/lib/server/digest/build-manager-digest";
import { setQuotas } from "@/lib/server/goals/set-quotas";
import { getRepReverseFunnel } from "@/lib/server/goals/get-rep-reverse-funnel";
import { findRepsOutOfCadence } from "@/lib/server/one-on-ones/find-reps-out-of-cadence";
import { getRepProfile } from "@/lib/server/reps/get-rep-profile";
import { getOrganizationOverview } from "@/lib/server/organization/get-organization-overview";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { seedDemoOrganization } from "../../prisma/seed/seed-demo-organization";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

const TIME_ZONE = "America/New_York";
const today = todayIn(TIME_ZONE);

interface Organization {
  token: string;
  vp: Viewer | null;
  managers: { viewer: Viewer; teamId: string }[];
}

type LeverJson = { lever: string; liftRevenue: number; confidence: number };

/** Every surface, for every rep of one manager's team. */
async function expectSurfacesAgree(organization: Organization, manager: Viewer, teamId: string) {
  const [dashboard, onOneOnOnes, digest, scorecard] = await Promise.all([
    getTeamDashboard(manager, teamId, { window: "90" }),
    findRepsOutOfCadence(manager),
    buildManagerDigest(manager, today),
    getManagerScorecard(manager, manager.id),
  ]);
  expect(dashboard.rows.length).toBeGreaterThan(0);
  const pastCadence = new Set(dashboard.rows.filter((row) => row.outOfCadence !== null).map((row) => row.repId));

  // Cadence: the dashboard, /one-on-ones and the digest flag the same reps …
  expect(new Set(onOneOnOnes.filter((rep) => rep.teamId === teamId).map((rep) => rep.repId))).toEqual(pastCadence);
  expect(new Set(digest.outOfCadence.filter((rep) => dashboard.rows.some((row) => row.repId === rep.repId)).map((rep) => rep.repId))).toEqual(pastCadence);
  // … and the scorecard never counts a rep past cadence today as coached on cadence.
  const cadenceKept = scorecard.metrics.find((metric) => metric.key === "cadence_kept")?.current;
  if (cadenceKept?.status === "measured" && cadenceKept.value !== null) {
    const kept = Math.round(cadenceKept.value * cadenceKept.sample);
    expect(kept).toBeLessThanOrEqual(cadenceKept.sample - pastCadence.size);
  }

  // The team on /org: the pooled attainment, revenue and most common focus of the dashboard.
  if (organization.vp) {
    const overview = await getOrganizationOverview(organization.vp, { window: "90" });
    const team = overview.teams.find((entry) => entry.id === teamId);
    expect(team).toMatchObject({ attainment: dashboard.pooled.attainment, revenueMinor: dashboard.pooled.revenueMinor });
    const common = dashboard.pooled.mostCommonFocus;
    expect(team?.mostCommonFocus ?? null).toEqual(common ? { name: common.label, count: common.count } : null);
  }

  // Overdue commitments: the digest lists the ones the dashboard counts.
  const digestOverdue = (name: string) => digest.overdueCommitments.filter((commitment) => commitment.memberName === name).length;
  expect(digest.overdueCommitments.length).toBe(dashboard.rows.reduce((sum, row) => sum + row.overdueCommitments, 0));

  for (const row of dashboard.rows) {
    const rep = await db.user.findUniqueOrThrow({ where: { id: row.repId }, select: { id: true, organizationId: true } });
    const repViewer = await viewerFor(rep);
    const [profile, me, priorities, card, targets, apiFunnel] = await Promise.all([
      getRepProfile(manager, row.repId, { window: "90" }),
      getRepProfile(repViewer, row.repId, { window: "90" }),
      callApi(getPrioritiesRoute, { token: organization.token, params: { id: row.repId }, query: { window: "90" } }),
      getRepReverseFunnel(repViewer, row.repId),
      getDailyTargets(repViewer, { repId: row.repId, day: targetDayOf(today) }),
      callApi(getReverseFunnelRoute, { token: organization.token, params: { id: row.repId } }),
    ]);
    const label = `${row.name} (${row.repId})`;

    expect(digestOverdue(row.name), label).toBe(row.overdueCommitments);
    for (const surface of [profile, me]) expect(surface.commitments.filter((commitment) => commitment.overdue).length, label).toBe(row.overdueCommitments);

    // Attainment and grade over the window.
    for (const surface of [profile, me]) expect(surface.grade, label).toEqual({ grade: row.grade, attainment: row.attainment });
    expect(priorities.json.grade, label).toEqual({ grade: row.grade, attainment: row.attainment });

    // The focus, its confidence and the money at stake.
    for (const surface of [profile, me]) expect(surface.report.focus ?? null, label).toBe(row.focus?.lever ?? null);
    expect(priorities.json.focus ?? null, label).toBe(row.focus?.lever ?? null);
    const inDigest = digest.focus.find((entry) => entry.repId === row.repId);
    if (row.focus) {
      const focusLever = (report: { levers: { lever: string; confidence: number; liftRevenueMinor: number }[] }) => report.levers.find((lever) => lever.lever === row.focus?.lever);
      for (const surface of [profile, me]) {
        expect(focusLever(surface.report)?.confidence, label).toBe(row.focus.confidence);
        expect(Math.round(focusLever(surface.report)?.liftRevenueMinor ?? NaN), label).toBe(row.focus.liftRevenueMinor);
      }
      const apiLever = (priorities.json.levers as LeverJson[]).find((lever) => lever.lever === row.focus?.lever);
      expect(apiLever?.confidence, label).toBe(row.focus.confidence);
      expect(apiLever?.liftRevenue, label).toBe(fromMinorUnits(row.focus.liftRevenueMinor, dashboard.currency));
      expect(inDigest, label).toMatchObject({ lever: row.focus.lever, confidence: row.focus.confidence, liftRevenueMinor: row.focus.liftRevenueMinor });
    } else {
      expect(inDigest, label).toBeUndefined();
    }

    // Daily targets: /activity's, /me's and the API's are one figure.
    const apiStages = apiFunnel.json.stages as { stage: string; neededPerDay: number | null }[];
    for (const [index, target] of card.targets.entries()) {
      expect(apiStages[index]?.neededPerDay ?? null, label).toBe(target.neededPerDay);
      if (targets.source === "quota_reverse_funnel") expect(targets.perStage[target.stage] ?? null, label).toBe(target.neededPerDay);
    }
    expect(apiFunnel.json.workingDaysLeft, label).toBe(card.workingDaysLeft);
  }
}

describe("the demo organization", () => {
  const organization: Organization = { token: "", vp: null, managers: [] };

  beforeAll(async () => {
    const { organizationId } = await seedDemoOrganization(db, { today });
    organization.token = await createApiToken(organizationId);
    organization.vp = await viewerFor(await db.user.findFirstOrThrow({ where: { organizationId, role: "VP" }, select: { id: true, organizationId: true } }));
    for (const email of ["manager1@acme.test", "manager2@acme.test"]) {
      const user = await db.user.findFirstOrThrow({ where: { organizationId, email }, select: { id: true, organizationId: true, managedTeams: { select: { id: true } } } });
      organization.managers.push({ viewer: await viewerFor(user), teamId: user.managedTeams[0]!.id });
    }
  }, 180_000);

  it("shows the same cadence, overdue commitments, attainment, focus, confidence, money and daily targets on every surface (the exemplary manager)", async () => {
    const { viewer, teamId } = organization.managers[0]!;
    await expectSurfacesAgree(organization, viewer, teamId);
  }, 120_000);

  it("… and for the manager who skips one-on-ones, who has reps past cadence", async () => {
    const { viewer, teamId } = organization.managers[1]!;
    expect((await findRepsOutOfCadence(viewer)).length).toBeGreaterThan(0);
    await expectSurfacesAgree(organization, viewer, teamId);
  }, 120_000);
});

describe("a hand-built organization", () => {
  let cast: Awaited<ReturnType<typeof createOrganizationCast>>;
  const organization: Organization = { token: "", vp: null, managers: [] };

  function workingDays(from: string, to: string): string[] {
    const days: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) if (isWeekday(day)) days.push(day);
    return days;
  }

  beforeAll(async () => {
    cast = await createOrganizationCast("Numbers agree");
    const organizationId = cast.organization.id;
    organization.token = await createApiToken(organizationId);
    // On the team long before the windows start.
    await db.user.updateMany({ where: { organizationId, role: "REP" }, data: { createdAt: new Date(`${addDays(today, -400)}T12:00:00Z`) } });

    const rows: ActivityRow[] = [];
    for (const [index, day] of workingDays(addDays(today, -120), addDays(today, -1)).entries()) {
      for (const [repId, dials, won] of [
        [cast.repA1.id, 60, index % 4 === 0 ? 1 : 0],
        [cast.repA2.id, 40, index % 9 === 0 ? 1 : 0],
        [cast.repB1.id, 50, index % 6 === 0 ? 1 : 0],
      ] as const) {
        rows.push(
          { repId, day, stage: "dials", value: dials },
          { repId, day, stage: "conversations", value: Math.round(dials / 8) },
          { repId, day, stage: "meetings", value: 2 },
          { repId, day, stage: "opportunities", value: 1 },
          { repId, day, stage: "proposals", value: 1 },
          { repId, day, stage: "won", value: won },
        );
        if (won) rows.push({ repId, day, stage: "revenue", value: 1_500_000 });
      }
    }
    await upsertActivityRows(db, organizationId, rows);
    const quarter = fiscalQuarterOf(today, 1);
    await setQuotas(await viewerFor(cast.vp), {
      period: quarter.key,
      quotas: [
        { repId: cast.repA1.id, amount: 300_000 },
        { repId: cast.repA2.id, amount: 250_000 },
      ],
      confirmOverAllocation: true,
    });

    // Biweekly cadence (the organization's default). Rep A1: every two weeks up to three days ago.
    // Rep A2: as many meetings in the last 90 days, but the last one 20 days ago — past cadence today.
    const meeting = (memberId: string, daysAgo: number) => ({
      organizationId,
      kind: "REP" as const,
      coachId: cast.managerA.id,
      memberId,
      scheduledAt: new Date(`${addDays(today, -daysAgo)}T15:00:00Z`),
      status: "COMPLETED" as const,
      completedAt: new Date(`${addDays(today, -daysAgo)}T16:00:00Z`),
    });
    await db.oneOnOne.createMany({
      data: [...[3, 17, 31, 45, 59, 73, 87].map((daysAgo) => meeting(cast.repA1.id, daysAgo)), ...[20, 30, 40, 50, 60, 70, 80].map((daysAgo) => meeting(cast.repA2.id, daysAgo))],
    });

    const commitment = (memberId: string, dueInDays: number, status: "OPEN" | "DONE" = "OPEN") => ({
      organizationId,
      memberId,
      ownerId: memberId,
      text: `Due in ${dueInDays} days`,
      dueOn: new Date(`${addDays(today, dueInDays)}T00:00:00Z`),
      status,
      createdById: cast.managerA.id,
    });
    await db.commitment.createMany({
      data: [commitment(cast.repA1.id, -5), commitment(cast.repA1.id, 5), commitment(cast.repA1.id, -10, "DONE"), commitment(cast.repA2.id, -2), commitment(cast.repA2.id, -30)],
    });
    organization.vp = await viewerFor(cast.vp);
    organization.managers.push({ viewer: await viewerFor(cast.managerA), teamId: cast.teamA.id });
  }, 120_000);

  it("flags the rep whose last one-on-one is 20 days old everywhere, and the scorecard does not count them as on cadence", async () => {
    const { viewer, teamId } = organization.managers[0]!;
    const dashboard = await getTeamDashboard(viewer, teamId, { window: "90" });
    expect(dashboard.rows.filter((row) => row.outOfCadence !== null).map((row) => row.repId)).toEqual([cast.repA2.id]);
    expect(dashboard.rows.map((row) => [row.repId, row.overdueCommitments])).toEqual(
      expect.arrayContaining([
        [cast.repA1.id, 1],
        [cast.repA2.id, 2],
      ]),
    );
    const cadenceKept = (await getManagerScorecard(viewer, viewer.id)).metrics.find((metric) => metric.key === "cadence_kept")?.current;
    expect(cadenceKept).toMatchObject({ status: "measured", value: 0.5, sample: 2 });
  });

  it("holds the daily targets still while the rep logs today's activity", async () => {
    const rep = await viewerFor(cast.repA1);
    const before = await getRepReverseFunnel(rep, cast.repA1.id);
    expect(before.status).toMatch(/behind|ahead|no_pace/);
    await upsertActivityRows(db, cast.organization.id, [
      { repId: cast.repA1.id, day: today, stage: "dials", value: 90 },
      { repId: cast.repA1.id, day: today, stage: "won", value: 2 },
      { repId: cast.repA1.id, day: today, stage: "revenue", value: 4_000_000 },
    ]);
    const after = await getRepReverseFunnel(rep, cast.repA1.id);
    expect(after.targets).toEqual(before.targets);
    expect(after.wonToDateMinor).toBe(before.wonToDateMinor);
    const grid = await getDailyTargets(rep, { repId: cast.repA1.id, day: targetDayOf(today) });
    if (grid.source === "quota_reverse_funnel") expect(grid.perStage.dials).toBe(before.targets[0]?.neededPerDay);
  });

  it("shows the same figures on every surface", async () => {
    const { viewer, teamId } = organization.managers[0]!;
    await expectSurfacesAgree(organization, viewer, teamId);
  }, 120_000);
});

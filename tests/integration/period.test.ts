// Any period (issue 19 §3): the API takes from/to beside window/asOf, and every screen's figures
// over a past period match a sum computed here, independently, from the rows the test wrote.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPriorities } from "@/app/api/v1/reps/[id]/priorities/route";
import { GET as getReverseFunnel } from "@/app/api/v1/reps/[id]/reverse-funnel/route";
import { GET as getTeamDeals } from "@/app/api/v1/teams/[id]/deals/route";
import { upsertActivityRows, type ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { addDays, daysBetween } from "@/lib/calendar/days";
import { db } from "@/lib/db";
import { getBenchmarkBoard } from "@/lib/server/benchmarks/get-benchmark-board";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { getOrganizationOverview } from "@/lib/server/organization/get-organization-overview";
import { getRepProfile } from "@/lib/server/reps/get-rep-profile";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let token: string;
let rows: ActivityRow[];
let stageKeys: string[];

// Fiscal year from January: 2026-Q2 is April–June, a quarter long past on any day this runs.
const Q2 = { key: "2026-Q2", from: "2026-04-01", to: "2026-06-30" };
const RANGE = { from: "2026-02-10", to: "2026-05-20" };
const HISTORY = { from: "2025-10-01", to: "2026-08-31" };

// A deterministic, uneven history: each rep, stage and day gets its own count.
function history(repIds: readonly string[], stages: readonly string[]): ActivityRow[] {
  const result: ActivityRow[] = [];
  const days = daysBetween(HISTORY.from, HISTORY.to) + 1;
  repIds.forEach((repId, repIndex) => {
    for (let offset = 0; offset < days; offset++) {
      const day = addDays(HISTORY.from, offset);
      stages.forEach((stage, stageIndex) => {
        const value = stage === "revenue" ? ((offset * 37 + repIndex * 11) % 5) * 125_000 : Math.max(0, ((offset * (repIndex + 3) + stageIndex * 7) % (40 >> stageIndex)) - stageIndex);
        if (value > 0) result.push({ repId, day, stage, value });
      });
    }
  });
  return result;
}

const sumOver = (repId: string, stage: string, period: { from: string; to: string }) =>
  rows.filter((row) => row.repId === repId && row.stage === stage && row.day >= period.from && row.day <= period.to).reduce((sum, row) => sum + row.value, 0);

beforeAll(async () => {
  cast = await createOrganizationCast("Period Org");
  await db.organization.update({ where: { id: cast.organization.id }, data: { timeZone: "UTC", fiscalYearStartMonth: 1 } });
  token = await createApiToken(cast.organization.id);
  const settings = await loadCoachingSettings(cast.organization.id);
  stageKeys = [...settings.stages.map((stage) => stage.key), "revenue"];
  rows = history([cast.repA1.id, cast.repA2.id, cast.repB1.id], stageKeys);
  await upsertActivityRows(db, cast.organization.id, rows);
});

describe("from/to in the API", () => {
  const priorities = (query: Record<string, string>) => callApi(getPriorities, { token, params: { id: cast.repA1.id }, query });
  const details = async (response: Awaited<ReturnType<typeof callApi>>) => ((response.json as { error: { details: { path: string }[] } }).error.details ?? []).map((detail) => detail.path);

  it("computes the priorities over from–to, as of to", async () => {
    const response = await priorities(RANGE);
    expect(response.status).toBe(200);
    expect(response.json.window).toEqual({ days: daysBetween(RANGE.from, RANGE.to) + 1, ...RANGE });
  });

  it("refuses a reversed range, one too long, a bad year and from–to beside window, naming the field", async () => {
    const reversed = await priorities({ from: "2026-05-20", to: "2026-02-10" });
    expect(reversed.status).toBe(400);
    expect(await details(reversed)).toEqual(["to"]);
    const tooLong = await priorities({ from: "2022-01-01", to: "2026-01-01" });
    expect(tooLong.status).toBe(400);
    expect(await details(tooLong)).toEqual(["to"]);
    const badYear = await priorities({ from: "1969-12-01", to: "1970-01-31" });
    expect(badYear.status).toBe(400);
    expect(await details(badYear)).toEqual(["from"]);
    const both = await priorities({ window: "30", ...RANGE });
    expect(both.status).toBe(400);
    expect(await details(both)).toEqual(["window"]);
    const alone = await priorities({ to: "2026-05-20" });
    expect(alone.status).toBe(400);
    expect(await details(alone)).toEqual(["from"]);
  });

  it("takes from–to as the reverse funnel's pace window and the deal figures' period", async () => {
    const funnel = await callApi(getReverseFunnel, { token, params: { id: cast.repA1.id }, query: RANGE });
    expect(funnel.status).toBe(200);
    expect(funnel.json.paceWindow).toEqual({ days: daysBetween(RANGE.from, RANGE.to) + 1, ...RANGE });
    expect((await callApi(getReverseFunnel, { token, params: { id: cast.repA1.id }, query: { from: "2026-05-20", to: "2026-02-10" } })).status).toBe(400);
    expect((await callApi(getTeamDeals, { token, params: { id: cast.teamA.id }, query: { from: "2100-01-01", to: "2200-01-01" } })).status).toBe(400);
  });
});

describe("figures over a past period", () => {
  it("the team dashboard over a previous quarter and a custom range sums exactly that period's activity", async () => {
    const manager = await viewerFor(cast.managerA);
    for (const [request, period] of [
      [{ window: Q2.key }, Q2],
      [RANGE, RANGE],
    ] as const) {
      const dashboard = await getTeamDashboard(manager, cast.teamA.id, request);
      expect(dashboard.window).toMatchObject({ from: period.from, to: period.to, days: daysBetween(period.from, period.to) + 1 });
      for (const rep of [cast.repA1, cast.repA2]) {
        expect(dashboard.rows.find((row) => row.repId === rep.id)?.revenueMinor).toBe(sumOver(rep.id, "revenue", period));
      }
      for (const point of dashboard.funnel) {
        expect(point.actual, point.stage).toBe(sumOver(cast.repA1.id, point.stage, period) + sumOver(cast.repA2.id, point.stage, period));
      }
    }
  });

  it("the rep profile and the VP's overview count the same period as the team dashboard", async () => {
    const [manager, vp] = await Promise.all([viewerFor(cast.managerA), viewerFor(cast.vp)]);
    const profile = await getRepProfile(manager, cast.repA1.id, RANGE);
    expect(profile.window).toMatchObject(RANGE);
    expect(profile.totals.revenueMinor).toBe(sumOver(cast.repA1.id, "revenue", RANGE));
    const overview = await getOrganizationOverview(vp, { window: Q2.key });
    expect(overview.window).toMatchObject({ from: Q2.from, to: Q2.to });
    expect(overview.teams.find((team) => team.id === cast.teamB.id)?.revenueMinor).toBe(sumOver(cast.repB1.id, "revenue", Q2));
  });

  it("suggests benchmarks from the organization's top quartile over the chosen period, with n", async () => {
    const vp = await viewerFor(cast.vp);
    const recent = await getBenchmarkBoard(vp);
    const past = await getBenchmarkBoard(vp, { window: Q2.key });
    expect(past.window).toMatchObject({ from: Q2.from, to: Q2.to });
    const suggestion = (board: typeof past, lever: string) => board.suggestions.find((entry) => entry.lever === lever);
    // The history stops at HISTORY.to: the last 90 days have no data, the past quarter has three reps' worth.
    const [firstStage, secondStage] = stageKeys;
    const lever = `${firstStage}_to_${secondStage}`;
    expect(suggestion(recent, lever)).toMatchObject({ value: null, sampleSize: 0 });
    expect(suggestion(past, lever)?.sampleSize).toBe(3);
    const rates = [cast.repA1, cast.repA2, cast.repB1].map((rep) => sumOver(rep.id, secondStage ?? "", Q2) / sumOver(rep.id, firstStage ?? "", Q2)).sort((a, b) => a - b);
    expect(suggestion(past, lever)?.value).toBeGreaterThanOrEqual(rates[1] ?? 0);
    expect(suggestion(past, lever)?.value).toBeLessThanOrEqual(rates[2] ?? 0);
  });
});

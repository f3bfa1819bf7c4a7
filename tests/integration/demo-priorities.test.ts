// The acceptance stories of the engine, on the seeded demo organization through the public API.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPriorities } from "@/app/api/v1/reps/[id]/priorities/route";
import { GET as getBenchmarks, PUT as putBenchmarks } from "@/app/api/v1/teams/[id]/benchmarks/route";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { seedDemoOrganization } from "../../prisma/seed/seed-demo-organization";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast } from "../helpers/factories";

let token: string;
let otherToken: string;
const repIds = new Map<string, string>();

beforeAll(async () => {
  const { organizationId } = await seedDemoOrganization(db, { today: todayIn("America/New_York") });
  token = await createApiToken(organizationId);
  const other = await createOrganizationCast("Other");
  otherToken = await createApiToken(other.organization.id);
  for (const user of await db.user.findMany({ where: { organizationId }, select: { id: true, email: true } })) repIds.set(user.email, user.id);
}, 120_000);

async function priorities(email: string, query: Record<string, string> = {}) {
  const id = repIds.get(email) ?? "missing";
  return callApi(getPriorities, { token, params: { id }, query });
}

describe("GET /api/v1/reps/{id}/priorities on the demo organization", () => {
  it("names Discovery (meetings → opportunities) for the rep weak at discovery", async () => {
    const { status, json } = await priorities("rep2@acme.test");
    expect(status).toBe(200);
    expect(json.focus).toBe("meetings_to_opportunities");
    const lever = (json.levers as { lever: string; competency: string | null; confidence: number; liftRevenue: number; actual: number; estimate: number }[]).find((entry) => entry.lever === "meetings_to_opportunities");
    expect(lever?.competency).toBe("Discovery");
    expect(lever?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(lever?.liftRevenue).toBeGreaterThan(0);
    // The lift uses the shrunk estimate, which sits between the raw ratio and the team's rate.
    expect(lever?.estimate).toBeGreaterThan(lever?.actual ?? 1);
  });

  it("names Closing (proposals → won) for the weak closer", async () => {
    const { json } = await priorities("rep3@acme.test");
    expect(json.focus).toBe("proposals_to_won");
  });

  it("gives the brand-new rep no clear priority because of too little data", async () => {
    const { json } = await priorities("rep8@acme.test");
    expect(json.focus).toBeNull();
    expect(String(json.reason)).toMatch(/data/i);
  });

  it("shows the rep whose weak opening ratio is a logging gap as a data problem, with the days, and no focus", async () => {
    const { status, json } = await priorities("rep25@acme.test");
    expect(status).toBe(200);
    expect(json.focus).toBeNull();
    expect(json.reason).toBe("data_quality");
    expect(String(json.reasonText)).toMatch(/^Data problem, not a rep problem: the biggest gap \(Prospecting\)/);
    expect(json.dataQuality).toMatchObject({ status: "suspect", suspectLevers: ["dials_to_conversations", "conversations_to_meetings"] });
    const opening = (json.levers as { lever: string; status: string; dataQuality: { status: string; reasons: { code: string; days: string[] }[] } }[]).find((lever) => lever.lever === "dials_to_conversations");
    expect(opening?.status).toBe("below_benchmark");
    expect(opening?.dataQuality.status).toBe("suspect");
    expect(opening?.dataQuality.reasons[0]?.code).toBe("sudden_stop");
    expect(opening?.dataQuality.reasons[0]?.days).toHaveLength(10);
    // Her grade is her revenue against quota, whatever the data checks say.
    expect(json.grade).toMatchObject({ grade: expect.stringMatching(/^[ABC]$/) });
  });

  it("finds nothing suspect in the other demo reps' steady logging", async () => {
    for (const email of [...repIds.keys()].filter((key) => /^rep\d+@/.test(key) && key !== "rep25@acme.test")) {
      const { json } = await priorities(email);
      expect({ email, status: (json.dataQuality as { status: string }).status }).toEqual({ email, status: "ok" });
      expect(json.focusRule).toBe("revenue_at_stake");
    }
  });

  it("returns finite numbers for every lever and honours window and asOf", async () => {
    const { json } = await priorities("rep1@acme.test", { window: "30", asOf: "2026-06-30" });
    expect(json.window).toEqual({ days: 30, from: "2026-06-01", to: "2026-06-30" });
    for (const lever of json.levers as Record<string, unknown>[]) {
      for (const key of ["liftRevenue", "confidence", "priority"]) expect(Number.isFinite(lever[key])).toBe(true);
    }
  });

  it("rejects a bad window (400) and answers 404 for an unknown id and another organization's token", async () => {
    expect((await priorities("rep1@acme.test", { window: "abc" })).status).toBe(400);
    expect((await priorities("rep1@acme.test", { asOf: "2026-13-01" })).status).toBe(400);
    expect((await callApi(getPriorities, { token, params: { id: "nope" } })).status).toBe(404);
    expect((await callApi(getPriorities, { token: otherToken, params: { id: repIds.get("rep2@acme.test") ?? "" } })).status).toBe(404);
  });
});

describe("the focus rule on the demo organization", () => {
  type Lever = { lever: string; status: string; confidence: number; dataQuality: { status: string } };
  it("effort first puts a confident volume gap before the ratios, and the API says which rule chose", async () => {
    const reps = [...repIds.keys()].filter((key) => /^rep\d+@/.test(key));
    const before = new Map<string, { focus: unknown; chosenBy: unknown }>();
    for (const email of reps) {
      const { json } = await priorities(email);
      before.set(email, { focus: json.focus, chosenBy: json.chosenBy });
      if (json.focus) expect(json.chosenBy).toBe("revenue_at_stake");
    }
    const organizationId = (await db.user.findFirstOrThrow({ where: { email: "rep1@acme.test" }, select: { organizationId: true } })).organizationId;
    await db.organization.update({ where: { id: organizationId }, data: { focusRule: "EFFORT_FIRST" } });
    try {
      const switched: string[] = [];
      for (const email of reps) {
        const { json } = await priorities(email);
        expect(json.focusRule).toBe("effort_first");
        const volume = (json.levers as Lever[]).find((lever) => lever.lever === "volume");
        // A rep too new to coach on the numbers (fewer than ten working days) stays without a focus.
        const confidentGap = json.reason !== "insufficient_data" && volume?.status === "below_benchmark" && volume.confidence >= 0.8 && volume.dataQuality.status === "ok";
        if (confidentGap) expect({ email, focus: json.focus, chosenBy: json.chosenBy }).toEqual({ email, focus: "volume", chosenBy: "effort_first" });
        else expect({ email, focus: json.focus }).toEqual({ email, focus: before.get(email)?.focus });
        if (json.focus === "volume" && before.get(email)?.focus !== "volume") switched.push(email);
      }
      // Marcus, the weak closer, also dials below the benchmark: effort first coaches his dials before his closing.
      expect(switched).toContain("rep3@acme.test");
    } finally {
      await db.organization.update({ where: { id: organizationId }, data: { focusRule: "REVENUE_AT_STAKE" } });
    }
  });
});

describe("team benchmarks", () => {
  it("shows organization benchmarks, then the team's own after a PUT, with history kept", async () => {
    const team = await db.team.findFirstOrThrow({ where: { name: "East Enterprise" }, select: { id: true } });
    const before = await callApi(getBenchmarks, { token, params: { id: team.id } });
    expect(before.status).toBe(200);
    const closing = (before.json.benchmarks as { lever: string; source: string; benchmark: number }[]).find((entry) => entry.lever === "proposals_to_won");
    expect(closing).toMatchObject({ source: "organization", benchmark: 0.25 });

    const put = await callApi(putBenchmarks, { token, method: "PUT", params: { id: team.id }, json: { proposals_to_won: 0.3, deal_size: 30000 } });
    expect(put.status).toBe(200);
    const after = put.json.benchmarks as { lever: string; source: string; benchmark: number }[];
    expect(after.find((entry) => entry.lever === "proposals_to_won")).toMatchObject({ source: "team", benchmark: 0.3 });
    expect(after.find((entry) => entry.lever === "deal_size")).toMatchObject({ source: "team", benchmark: 30000 });
    expect(after.find((entry) => entry.lever === "dials_to_conversations")?.source).toBe("organization");
    expect(await db.benchmark.count({ where: { teamId: team.id } })).toBe(2);
  });

  it("refuses unknown levers and ratios above 1 (400), and another organization's team (404)", async () => {
    const team = await db.team.findFirstOrThrow({ where: { name: "East Enterprise" }, select: { id: true } });
    const unknown = await callApi(putBenchmarks, { token, method: "PUT", params: { id: team.id }, json: { closing_vibes: 0.3 } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error?.message).toMatch(/^closing_vibes: unknown lever/);
    expect((await callApi(putBenchmarks, { token, method: "PUT", params: { id: team.id }, json: { proposals_to_won: 1.5 } })).status).toBe(400);
    expect((await callApi(getBenchmarks, { token: otherToken, params: { id: team.id } })).status).toBe(404);
  });
});

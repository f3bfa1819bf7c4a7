// A benchmark set by mistake is retracted: the engine stops using it (what was in force before it
// applies again), the history keeps it marked with who retracted it, and the change is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { getBenchmarkBoard } from "@/lib/server/benchmarks/get-benchmark-board";
import { retractBenchmark } from "@/lib/server/benchmarks/retract-benchmark";
import { setTeamBenchmarks } from "@/lib/server/benchmarks/set-team-benchmarks";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { setBenchmarkFormSchema } from "@/lib/validation/benchmarks";
import { createOrganizationCast, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let other: Cast;

beforeAll(async () => {
  cast = await createOrganizationCast("Retracting");
  other = await createOrganizationCast("Elsewhere");
});

const inForce = async (organizationId: string, lever: string) =>
  (await loadOrganizationCoachingSettings(organizationId)).benchmarkRecords.filter((record) => record.teamId === null && record.lever === lever).map((record) => record.value);

describe("retracting a benchmark", () => {
  it("stops the engine using it, keeps it in the history and audits it", async () => {
    const vp = await viewerFor(cast.vp);
    const today = todayIn(vp.organization.timeZone);
    await setTeamBenchmarks(vp, null, { proposals_to_won: 0.31 }, addDays(today, -30));
    await setTeamBenchmarks(vp, null, { proposals_to_won: 0.9 }, today);
    expect((await inForce(cast.organization.id, "proposals_to_won")).slice(-2)).toEqual([0.31, 0.9]);

    const mistake = await db.benchmark.findFirstOrThrow({ where: { organizationId: cast.organization.id, value: 0.9 }, select: { id: true } });
    await retractBenchmark(vp, mistake.id);
    expect((await inForce(cast.organization.id, "proposals_to_won")).slice(-1)).toEqual([0.31]);

    const board = await getBenchmarkBoard(vp);
    expect(board.organization.find((entry) => entry.lever === "proposals_to_won")?.benchmark?.value).toBe(0.31);
    const row = board.history.find((entry) => entry.id === mistake.id);
    expect(row?.retracted).toEqual({ on: today, by: cast.vp.name });
    expect(board.history.find((entry) => entry.value === 0.31)?.retracted).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: cast.organization.id, action: "benchmark.retracted" }, select: { entityId: true, actorId: true } });
    expect(audit).toEqual({ entityId: mistake.id, actorId: cast.vp.id });
    expect(await rejection(retractBenchmark(vp, mistake.id))).toBeInstanceOf(ConflictError);
  });

  it("is for a VP or an administrator of the same organization only", async () => {
    const vp = await viewerFor(cast.vp);
    await setTeamBenchmarks(vp, cast.teamA.id, { volume: 40 });
    const benchmark = await db.benchmark.findFirstOrThrow({ where: { organizationId: cast.organization.id, teamId: cast.teamA.id }, select: { id: true } });
    expect(await rejection(retractBenchmark(await viewerFor(cast.managerA), benchmark.id))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(retractBenchmark(await viewerFor(cast.repA1), benchmark.id))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(retractBenchmark(await viewerFor(other.vp), benchmark.id))).toBeInstanceOf(NotFoundError);
    await retractBenchmark(await viewerFor(cast.admin), benchmark.id);
    expect((await db.benchmark.findUniqueOrThrow({ where: { id: benchmark.id }, select: { retractedById: true } })).retractedById).toBe(cast.admin.id);
  });
});

describe("the benchmark form", () => {
  it("refuses a conversion rate over 100 % in percent, on the target field", () => {
    const parsed = setBenchmarkFormSchema.safeParse({ scope: "organization", lever: "proposals_to_won", value: "150", effectiveFrom: "2026-12-01" });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(["value"]);
    expect(issue?.message).toBe("Target (%) must be at most 100 % for a conversion rate; 150 % was entered");
    expect(setBenchmarkFormSchema.safeParse({ scope: "organization", lever: "volume", value: "150", effectiveFrom: "2026-12-01" }).success).toBe(true);
  });
});

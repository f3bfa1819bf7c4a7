// The demo organization shows coaching that proves itself (decision 0035): a finished experiment
// that worked and one that did not, each manager's record on the scorecard, commitments scored at
// the next one-on-one and a playbook that counts what moved its metric.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { getPlan } from "@/lib/server/plans/get-plan";
import { getPlaybookOutcomes } from "@/lib/server/playbook/get-playbook-outcomes";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import { seedDemoOrganization } from "../../prisma/seed/seed-demo-organization";
import { viewerFor } from "../helpers/factories";

let organizationId: string;
const user = (email: string) => db.user.findFirstOrThrow({ where: { organizationId, email }, select: { id: true, organizationId: true } });
const planOf = async (email: string) => (await db.developmentPlan.findFirstOrThrow({ where: { organizationId, subjectId: (await user(email)).id }, select: { id: true } })).id;

beforeAll(async () => {
  ({ organizationId } = await seedDemoOrganization(db, { today: todayIn("America/New_York") }));
}, 120_000);

describe("the demo's coaching experiments", () => {
  it("Sofia's opening plan met its expectation against comparable reps; Grace Liu's did not", async () => {
    const vp = await viewerFor(await user("vp@acme.test"));
    const worked = (await getPlan(vp, await planOf("rep4@acme.test"))).experiment?.verdict;
    expect(worked?.status).toBe("met");
    expect(worked?.comparison.status).toBe("measured");
    expect(worked?.comparison.interval?.low).toBeGreaterThan(0);
    expect(worked?.comparison.comparable.reps).toBeGreaterThanOrEqual(10);
    const failed = (await getPlan(vp, await planOf("rep23@acme.test"))).experiment?.verdict;
    expect(failed?.status).toBe("not_met");
    expect(failed?.comparison.interval?.low).toBeLessThan(0);
  });

  it("the scorecard: Dana's experiments met their expectation, Grace's did not", async () => {
    const vp = await viewerFor(await user("vp@acme.test"));
    const dana = await getManagerScorecard(vp, (await user("manager1@acme.test")).id);
    const grace = await getManagerScorecard(vp, (await user("manager3@acme.test")).id);
    expect(dana.experiments.run).toBe(3);
    expect(dana.experiments.metShare).toBe(1);
    expect(grace.experiments.run).toBe(4);
    expect(grace.experiments.metShare).toBe(0);
    expect(dana.experiments.averageEffect!).toBeGreaterThan(grace.experiments.averageEffect!);
  });

  it("commitments are scored at the next one-on-one, and the playbook counts them per play and commitment type", async () => {
    const dana = await viewerFor(await user("manager1@acme.test"));
    const sofia = await user("rep4@acme.test");
    const [last] = await db.oneOnOne.findMany({ where: { organizationId, memberId: sofia.id, status: "COMPLETED" }, orderBy: { scheduledAt: "desc" }, take: 1, select: { id: true } });
    const meeting = await getOneOnOne(dana, last?.id ?? "missing");
    expect(meeting.scoredCommitments.length).toBeGreaterThan(0);
    expect(meeting.scoredCommitments.every((commitment) => commitment.status !== "pending")).toBe(true);
    const outcomes = await getPlaybookOutcomes(dana);
    const scored = outcomes.byCommitmentType.reduce((sum, type) => sum + type.rate.scored, 0);
    expect(scored).toBeGreaterThan(20);
    expect(outcomes.byCommitmentType.some((type) => type.rate.moved > 0)).toBe(true);
    expect(outcomes.byCommitmentType.some((type) => type.rate.moved < type.rate.scored)).toBe(true);
    expect(Object.keys(outcomes.byPlay).length).toBeGreaterThan(0);
  });
});

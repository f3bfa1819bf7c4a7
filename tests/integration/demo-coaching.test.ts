// The demo organization shows what good coaching looks like (issue #20, finding 12): every seeded
// one-on-one froze its numbers, the exemplary manager keeps a rep's focus for weeks while the
// ratio moves, and commitments are specific to each rep rather than the same lines for everyone.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import { kpiSnapshotSchema } from "@/lib/validation/one-on-ones";
import { seedDemoOrganization } from "../../prisma/seed/seed-demo-organization";
import { viewerFor } from "../helpers/factories";

let organizationId: string;
const today = () => todayIn("America/New_York");

beforeAll(async () => {
  ({ organizationId } = await seedDemoOrganization(db, { today: today() }));
}, 120_000);

async function meetingsOf(coachEmail: string) {
  return db.oneOnOne.findMany({
    where: { organizationId, kind: "REP", status: "COMPLETED", coachId: (await db.user.findFirstOrThrow({ where: { organizationId, email: coachEmail }, select: { id: true } })).id },
    select: { id: true, memberId: true, kpiSnapshot: true, focusCompetency: { select: { leverKey: true } } },
    orderBy: { scheduledAt: "asc" },
  });
}

describe("the demo's one-on-ones", () => {
  it("every completed meeting, rep or leader, froze numbers (never 'No numbers were recorded')", async () => {
    const meetings = await db.oneOnOne.findMany({ where: { organizationId, status: "COMPLETED" }, select: { kind: true, kpiSnapshot: true } });
    expect(meetings.length).toBeGreaterThan(100);
    for (const meeting of meetings) {
      const snapshot = kpiSnapshotSchema.parse(meeting.kpiSnapshot);
      expect(snapshot.kind).toBe(meeting.kind);
      const levers = snapshot.kind === "REP" ? snapshot.levers : snapshot.teams.flatMap((team) => team.levers);
      expect(levers.filter((lever) => lever.actual !== null && Number.isFinite(lever.actual)).length).toBeGreaterThanOrEqual(5);
    }
    expect(meetings.some((meeting) => meeting.kind === "LEADER")).toBe(true);
  });

  it("a later meeting's page has the previous meeting's numbers to show what moved", async () => {
    const dana = await viewerFor(await db.user.findFirstOrThrow({ where: { organizationId, email: "manager1@acme.test" }, select: { id: true, organizationId: true } }));
    const meetings = await meetingsOf("manager1@acme.test");
    const last = meetings.filter((meeting) => meeting.memberId === meetings[0]?.memberId).at(-1);
    const view = await getOneOnOne(dana, last?.id ?? "missing");
    expect(view.snapshot?.kind).toBe("REP");
    expect(view.previousSnapshot?.snapshot?.kind).toBe("REP");
  });

  it("Dana keeps each rep's focus from meeting to meeting; Sofia's opening ratio moves up under it", async () => {
    const meetings = await meetingsOf("manager1@acme.test");
    const focusByRep = new Map<string, Set<string | null | undefined>>();
    for (const meeting of meetings) focusByRep.set(meeting.memberId, (focusByRep.get(meeting.memberId) ?? new Set()).add(meeting.focusCompetency?.leverKey));
    expect(focusByRep.size).toBe(7);
    for (const focuses of focusByRep.values()) expect(focuses.size).toBe(1);

    const sofia = await db.user.findFirstOrThrow({ where: { organizationId, email: "rep4@acme.test" }, select: { id: true } });
    const opening = meetings
      .filter((meeting) => meeting.memberId === sofia.id)
      .map((meeting) => {
        const snapshot = kpiSnapshotSchema.parse(meeting.kpiSnapshot);
        return snapshot.kind === "REP" ? snapshot.levers.find((lever) => lever.lever === "dials_to_conversations")?.actual : null;
      });
    expect(new Set(focusByRep.get(sofia.id))).toEqual(new Set(["dials_to_conversations"]));
    expect(opening.at(-1) ?? 0).toBeGreaterThan((opening[0] ?? 1) * 1.2);

    // The contrast: the manager whose commitments slip changes the focus most meetings.
    const grace = await meetingsOf("manager3@acme.test");
    const graceFocus = new Map<string, Set<string | null | undefined>>();
    for (const meeting of grace) graceFocus.set(meeting.memberId, (graceFocus.get(meeting.memberId) ?? new Set()).add(meeting.focusCompetency?.leverKey));
    expect([...graceFocus.values()].filter((focuses) => focuses.size > 2).length).toBeGreaterThan(4);
  });

  it("commitments are specific to each rep, not the same lines for everyone", async () => {
    const commitments = await db.commitment.findMany({ where: { organizationId }, select: { memberId: true, text: true } });
    const reps = await db.user.findMany({ where: { organizationId, role: "REP" }, select: { id: true } });
    const textsByRep = new Map<string, Set<string>>();
    for (const commitment of commitments) if (reps.some((rep) => rep.id === commitment.memberId)) textsByRep.set(commitment.memberId, (textsByRep.get(commitment.memberId) ?? new Set()).add(commitment.text));
    const sets = [...textsByRep.values()];
    expect(sets.length).toBeGreaterThan(20);
    // No commitment is shared by every rep, and no two reps have the same list.
    for (const text of new Set(commitments.map((commitment) => commitment.text))) expect(sets.every((set) => set.has(text))).toBe(false);
    const signatures = sets.map((set) => [...set].sort().join("|"));
    expect(new Set(signatures).size).toBe(signatures.length);
    expect(new Set(commitments.map((commitment) => commitment.text)).size).toBeGreaterThanOrEqual(30);
  });

  it("paired perception: Grace rates her one-on-ones far above what her reps say; Dana's rating is close to her reps'", async () => {
    const vpUser = await db.user.findFirstOrThrow({ where: { organizationId, email: "vp@acme.test" }, select: { id: true, organizationId: true } });
    const vp = await viewerFor(vpUser);
    const managerId = async (email: string) => (await db.user.findFirstOrThrow({ where: { organizationId, email }, select: { id: true } })).id;
    const grace = (await getManagerScorecard(vp, await managerId("manager3@acme.test"))).perception?.current;
    const dana = (await getManagerScorecard(vp, await managerId("manager1@acme.test"))).perception?.current;
    expect(grace?.self?.average).toBeGreaterThan(4.5);
    expect(grace?.gap).toBeGreaterThanOrEqual(1);
    expect(Math.abs(dana?.gap ?? 9)).toBeLessThan(0.6);
  });

  it("seeding again changes nothing", async () => {
    const before = await db.oneOnOne.count({ where: { organizationId } });
    expect(await seedDemoOrganization(db, { today: today() })).toMatchObject({ created: false, organizationId });
    expect(await db.oneOnOne.count({ where: { organizationId } })).toBe(before);
  });
});

import { describe, expect, it } from "vitest";
import { can, oneOnOneMembersWhere, roleInOneOnOne, type AccessSubject } from "./policy";

const coCoach: AccessSubject = { kind: "user", id: "erin", role: "MANAGER", organizationId: "org-1", teamId: null, managedTeamIds: [], coCoachedRepIds: ["priya"] };
const danaMeetingWithPriya = { kind: "REP" as const, coachId: "dana", memberId: "priya" };

describe("co-coaching in the access policy", () => {
  it("a co-coach observes the rep's meetings with another coach and never reads their private note", () => {
    expect(roleInOneOnOne(coCoach, danaMeetingWithPriya)).toBe("observer");
    expect(can(coCoach, "oneOnOne.view", danaMeetingWithPriya)).toBe(true);
    expect(can(coCoach, "oneOnOne.readPrivateNote", danaMeetingWithPriya)).toBe(false);
  });

  it("coaches their own meeting with the rep, and nothing of other reps or of leader meetings", () => {
    expect(roleInOneOnOne(coCoach, { kind: "REP", coachId: "erin", memberId: "priya" })).toBe("coach");
    expect(roleInOneOnOne(coCoach, { kind: "REP", coachId: "dana", memberId: "jordan" })).toBeNull();
    expect(roleInOneOnOne(coCoach, { kind: "LEADER", coachId: "vp", memberId: "priya" })).toBeNull();
  });

  it("co-coaching counts for a manager only, and widens one-on-one members, not visible reps", () => {
    expect(roleInOneOnOne({ ...coCoach, role: "REP" }, danaMeetingWithPriya)).toBeNull();
    expect(JSON.stringify(oneOnOneMembersWhere(coCoach))).toContain("priya");
    expect(JSON.stringify(oneOnOneMembersWhere({ ...coCoach, coCoachedRepIds: [] }))).not.toContain("priya");
  });
});

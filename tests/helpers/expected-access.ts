// The expected answer of every permission of lib/access/policy.ts, written by hand from PRODUCT.md's
// role rules. lib/access/policy.test.ts checks the policy against it (a permission without a row
// here fails typecheck and that test), tests/integration/access-rules.test.ts against viewers loaded
// from the database, and tests/e2e/authorization-rows.ts derives its page rows from it.
import type { OneOnOneParties, Permission, PermissionResources } from "@/lib/access/policy";

export type Caller = "REP" | "MANAGER" | "VP" | "ADMIN" | "TOKEN";
export const CALLERS: Caller[] = ["REP", "MANAGER", "VP", "ADMIN", "TOKEN"];

/** A resource permission's case: the resource as seen by a caller ("self"/"other" stand for ids). */
export interface ResourceCase<R> {
  name: string;
  resource: (self: string) => R;
  allowed: Caller[];
}

type Expected = { [P in Permission]: PermissionResources[P] extends void ? Caller[] : ResourceCase<PermissionResources[P]>[] };

const OTHER = "someone-else";
const repMeeting = (coachId: string, memberId: string): OneOnOneParties => ({ kind: "REP", coachId, memberId });
const leaderMeeting = (coachId: string, memberId: string): OneOnOneParties => ({ kind: "LEADER", coachId, memberId });

export const EXPECTED_ACCESS: Expected = {
  "organization.admin": ["ADMIN"],
  "organization.manage": ["ADMIN", "TOKEN"],
  "organization.view": ["VP", "ADMIN", "TOKEN"],
  "team.view": ["MANAGER", "VP", "ADMIN", "TOKEN"],
  "rep.view": ["MANAGER", "VP", "ADMIN", "TOKEN"],
  "rep.viewOwn": ["REP"],
  "activity.log": ["REP", "MANAGER", "ADMIN", "TOKEN"],
  "activity.import": ["MANAGER", "ADMIN", "TOKEN"],
  "deal.import": ["ADMIN", "TOKEN"],
  "assessment.self": ["REP"],
  "assessment.score": ["MANAGER"],
  "goal.set": ["VP", "TOKEN"],
  "quota.set": ["MANAGER", "VP", "TOKEN"],
  "quota.setForTeam": [
    { name: "own team", resource: (self) => ({ managerId: self }), allowed: ["MANAGER", "VP", "TOKEN"] },
    { name: "another manager's team", resource: () => ({ managerId: OTHER }), allowed: ["VP", "TOKEN"] },
    { name: "a team without a manager", resource: () => ({ managerId: null }), allowed: ["VP", "TOKEN"] },
  ],
  "benchmark.view": ["VP", "ADMIN", "TOKEN"],
  "benchmark.set": ["VP", "ADMIN", "TOKEN"],
  "plan.view": ["REP", "MANAGER", "VP"],
  "plan.manage": ["MANAGER"],
  "leaderPlan.manage": ["VP"],
  "scorecard.viewOwn": ["MANAGER"],
  "scorecard.viewAll": ["VP", "ADMIN"],
  "scorecard.view": [
    { name: "own scorecard", resource: (self) => ({ managerId: self }), allowed: ["MANAGER", "VP", "ADMIN"] },
    { name: "another manager's", resource: () => ({ managerId: OTHER }), allowed: ["VP", "ADMIN"] },
  ],
  "scorecard.viewCoachingContent": [
    { name: "own scorecard", resource: (self) => ({ managerId: self }), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "another manager's", resource: () => ({ managerId: OTHER }), allowed: ["VP"] },
  ],
  "digest.view": ["MANAGER"],
  "oneOnOne.list": ["REP", "MANAGER", "VP"],
  "oneOnOne.schedule": ["MANAGER", "VP"],
  "oneOnOne.setCadence": ["MANAGER"],
  "coachingTime.setCapacity": ["MANAGER"],
  "oneOnOne.startWithRep": ["MANAGER"],
  "oneOnOne.rateOwn": ["MANAGER"],
  "oneOnOne.observe": ["VP"],
  "oneOnOne.giveFeedback": ["REP"],
  "oneOnOne.view": [
    { name: "coaching a rep meeting", resource: (self) => repMeeting(self, OTHER), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "member of a rep meeting", resource: (self) => repMeeting(OTHER, self), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "someone else's rep meeting", resource: () => repMeeting(OTHER, OTHER), allowed: ["VP"] },
    { name: "someone else's leader meeting", resource: () => leaderMeeting(OTHER, OTHER), allowed: [] },
    { name: "member of a leader meeting", resource: (self) => leaderMeeting(OTHER, self), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
  ],
  "oneOnOne.readPrivateNote": [
    { name: "the coach", resource: (self) => repMeeting(self, OTHER), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "the member", resource: (self) => repMeeting(OTHER, self), allowed: [] },
    { name: "an observer", resource: () => repMeeting(OTHER, OTHER), allowed: [] },
  ],
  "play.write": ["MANAGER", "VP", "ADMIN"],
  "play.retire": ["VP", "ADMIN"],
  "groupSession.list": ["REP", "MANAGER", "VP"],
  "groupSession.run": ["MANAGER"],
  "groupSession.view": [
    { name: "coaching the session", resource: (self) => ({ coachId: self, attendeeIds: [OTHER] }), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "attending it", resource: (self) => ({ coachId: OTHER, attendeeIds: [self] }), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "someone else's session", resource: () => ({ coachId: OTHER, attendeeIds: [OTHER] }), allowed: ["VP"] },
  ],
  "groupSession.writeNotes": [
    { name: "coaching the session", resource: (self) => ({ coachId: self, attendeeIds: [OTHER] }), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "attending it", resource: (self) => ({ coachId: OTHER, attendeeIds: [self] }), allowed: ["REP", "MANAGER", "VP", "ADMIN"] },
    { name: "someone else's session", resource: () => ({ coachId: OTHER, attendeeIds: [OTHER] }), allowed: [] },
  ],
  "coCoach.assign": [
    { name: "a rep of one's own team", resource: (self) => ({ managerId: self }), allowed: ["MANAGER", "VP"] },
    { name: "a rep of another manager's team", resource: () => ({ managerId: OTHER }), allowed: ["VP"] },
    { name: "a rep of a team without a manager", resource: () => ({ managerId: null }), allowed: ["VP"] },
  ],
};

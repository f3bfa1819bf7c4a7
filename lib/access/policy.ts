import type { Prisma } from "@/lib/generated/prisma/client";
import type { OneOnOneKind, Role } from "@/lib/generated/prisma/enums";

// Who may do what, in one place (docs/decisions/0012-one-access-policy.md). Pages (requireViewer),
// server actions (viewerAction), route handlers (sessionRoute), the navigation and every lib/server
// operation ask this module; nothing else compares a viewer's role. It is pure (no I/O, not
// server-only) so the navigation and tests can import it; lib/server/access adds the queries.
//
// PRODUCT.md's rules in short:
//   REP      their own numbers, plans, one-on-ones (as the member) and self-assessment.
//   MANAGER  the reps of the teams they run: dashboards, one-on-ones (as coach), plans, scores.
//   VP       the whole organization: goals, benchmarks, the managers' coaching (LEADER one-on-ones
//            and plans), every REP one-on-one read-only as an observer.
//   ADMIN    runs the organization (users, teams, framework, settings) and sees its dashboards,
//            but no coaching content: one-on-ones and plans answer 404 as for a stranger.
//   API token  acts with ADMIN scope for the public API, never for the settings screens or coaching.

/** The part of a viewer the policy reads; lib/server's Viewer satisfies it. */
export interface AccessSubject {
  kind: "user" | "token";
  id: string;
  role: Role;
  organizationId: string;
  /** The team a rep is on. */
  teamId: string | null;
  /** The teams a manager runs. */
  managedTeamIds: readonly string[];
  /** Reps a manager co-coaches (beyond their own teams): their one-on-ones, as coach or observer. */
  coCoachedRepIds?: readonly string[];
}

export type OneOnOneRole = "coach" | "member" | "observer";
export interface GroupSessionParties {
  coachId: string;
  attendeeIds: readonly string[];
}
export interface OneOnOneParties {
  kind: OneOnOneKind;
  coachId: string;
  memberId: string;
}

/** Each permission and the resource it is decided on (`void`: the viewer alone decides). */
export interface PermissionResources {
  /** The settings screens, API tokens and the competency framework: a signed-in ADMIN only. */
  "organization.admin": void;
  /** Administration that the public API may do too (users, teams, quota imports, jobs, agenda template). */
  "organization.manage": void;
  /** Organization-wide dashboards and goals. */
  "organization.view": void;
  /** Team dashboards and team figures. */
  "team.view": void;
  /** Reps other than oneself (which ones: visibleRepsWhere). */
  "rep.view": void;
  /** A rep's own numbers (/me). */
  "rep.viewOwn": void;
  "activity.log": void;
  "activity.import": void;
  /** CRM deals, imported for the whole organization (owners may be anyone): an ADMIN or an API token. */
  "deal.import": void;
  "assessment.self": void;
  /** The rep's manager scores competencies; VPs and administrators read them. */
  "assessment.score": void;
  "goal.set": void;
  /** Quotas of a team's reps (which teams: visibleTeamsWhere). */
  "quota.set": void;
  /** …of this team: a VP, an API token, or the team's own manager. */
  "quota.setForTeam": { managerId: string | null };
  "benchmark.view": void;
  "benchmark.set": void;
  "plan.view": void;
  /** Only the subject's manager starts and changes a rep's plan. */
  "plan.manage": void;
  /** Leader plans: the VP starts them and sees which run. */
  "leaderPlan.manage": void;
  "scorecard.viewOwn": void;
  "scorecard.viewAll": void;
  /** One manager's coaching scorecard. */
  "scorecard.view": { managerId: string };
  /** Rep comments and leader plans on a scorecard: the manager themself and the VP. */
  "scorecard.viewCoachingContent": { managerId: string };
  "digest.view": void;
  /** The one-on-ones screens. */
  "oneOnOne.list": void;
  "oneOnOne.schedule": void;
  "oneOnOne.setCadence": void;
  /** A manager's weekly coaching capacity, which the team dashboard shares across their reps. */
  "coachingTime.setCapacity": void;
  /** "Start a one-on-one" with a rep from their profile or the team dashboard: the rep's coach, a manager. */
  "oneOnOne.startWithRep": void;
  /** The coach of a rep meeting rates it privately, for the scorecard's paired perception. */
  "oneOnOne.rateOwn": void;
  /** The VP reads every REP meeting of the organization read-only. */
  "oneOnOne.observe": void;
  "oneOnOne.giveFeedback": void;
  /** One meeting: any part in it (coach, member, observer). */
  "oneOnOne.view": OneOnOneParties;
  /** The coach's private notes: the coach only, never the member or an observer (docs/decisions/0004). */
  "oneOnOne.readPrivateNote": OneOnOneParties;
  "play.write": void;
  "play.retire": void;
  /** The group sessions screen: the reps who attend, the managers who run them, the VP who reads them. */
  "groupSession.list": void;
  /** Planning a group session for reps of one's own team: a manager. */
  "groupSession.run": void;
  /** One group session: its coach, its attendees, or the VP (read-only). */
  "groupSession.view": GroupSessionParties;
  /** Shared notes and commitments of a session: its coach; attendees write the shared notes too. */
  "groupSession.writeNotes": GroupSessionParties;
  /** Adding or removing a rep's co-coach: the rep's own manager, or the VP. */
  "coCoach.assign": { managerId: string | null };
}

export type Permission = keyof PermissionResources;
/** Permissions the viewer alone decides: what pages, actions and routes are guarded by. */
export type ViewerPermission = { [P in Permission]: PermissionResources[P] extends void ? P : never }[Permission];

const isUser = (viewer: AccessSubject) => viewer.kind === "user";
const coCoachedIds = (viewer: AccessSubject): string[] => [...(viewer.coCoachedRepIds ?? [])];
const isToken = (viewer: AccessSubject) => viewer.kind === "token";
const is = (viewer: AccessSubject, ...roles: Role[]) => roles.includes(viewer.role);

export const PERMISSIONS: { [P in Permission]: (viewer: AccessSubject, resource: PermissionResources[P]) => boolean } = {
  "organization.admin": (viewer) => isUser(viewer) && is(viewer, "ADMIN"),
  "organization.manage": (viewer) => isToken(viewer) || is(viewer, "ADMIN"),
  "organization.view": (viewer) => is(viewer, "VP", "ADMIN"),
  "team.view": (viewer) => !is(viewer, "REP"),
  "rep.view": (viewer) => !is(viewer, "REP"),
  "rep.viewOwn": (viewer) => isUser(viewer) && is(viewer, "REP"),
  "activity.log": (viewer) => is(viewer, "REP", "MANAGER", "ADMIN"),
  "activity.import": (viewer) => is(viewer, "MANAGER", "ADMIN"),
  "deal.import": (viewer) => isToken(viewer) || is(viewer, "ADMIN"),
  "assessment.self": (viewer) => isUser(viewer) && is(viewer, "REP"),
  "assessment.score": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "goal.set": (viewer) => isToken(viewer) || is(viewer, "VP"),
  "quota.set": (viewer) => isToken(viewer) || is(viewer, "VP", "MANAGER"),
  "quota.setForTeam": (viewer, team) => isToken(viewer) || is(viewer, "VP") || (is(viewer, "MANAGER") && team.managerId === viewer.id),
  "benchmark.view": (viewer) => is(viewer, "VP", "ADMIN"),
  "benchmark.set": (viewer) => is(viewer, "VP", "ADMIN"),
  "plan.view": (viewer) => isUser(viewer) && is(viewer, "REP", "MANAGER", "VP"),
  "plan.manage": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "leaderPlan.manage": (viewer) => isUser(viewer) && is(viewer, "VP"),
  "scorecard.viewOwn": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "scorecard.viewAll": (viewer) => isUser(viewer) && is(viewer, "VP", "ADMIN"),
  "scorecard.view": (viewer, { managerId }) => isUser(viewer) && (is(viewer, "VP", "ADMIN") || (is(viewer, "MANAGER") && viewer.id === managerId)),
  "scorecard.viewCoachingContent": (viewer, { managerId }) => isUser(viewer) && (is(viewer, "VP") || viewer.id === managerId),
  "digest.view": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "oneOnOne.list": (viewer) => isUser(viewer) && is(viewer, "REP", "MANAGER", "VP"),
  "oneOnOne.schedule": (viewer) => schedulableOneOnOneKind(viewer) !== null,
  "oneOnOne.setCadence": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "coachingTime.setCapacity": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "oneOnOne.startWithRep": (viewer) => schedulableOneOnOneKind(viewer) === "REP",
  "oneOnOne.rateOwn": (viewer) => schedulableOneOnOneKind(viewer) === "REP",
  "oneOnOne.observe": (viewer) => isUser(viewer) && is(viewer, "VP"),
  "oneOnOne.giveFeedback": (viewer) => isUser(viewer) && is(viewer, "REP"),
  "oneOnOne.view": (viewer, meeting) => roleInOneOnOne(viewer, meeting) !== null,
  "oneOnOne.readPrivateNote": (viewer, meeting) => roleInOneOnOne(viewer, meeting) === "coach",
  "play.write": (viewer) => isUser(viewer) && !is(viewer, "REP"),
  "play.retire": (viewer) => isUser(viewer) && is(viewer, "VP", "ADMIN"),
  "groupSession.list": (viewer) => isUser(viewer) && is(viewer, "REP", "MANAGER", "VP"),
  "groupSession.run": (viewer) => isUser(viewer) && is(viewer, "MANAGER"),
  "groupSession.view": (viewer, session) => roleInGroupSession(viewer, session) !== null,
  "groupSession.writeNotes": (viewer, session) => {
    const role = roleInGroupSession(viewer, session);
    return role === "coach" || role === "member";
  },
  "coCoach.assign": (viewer, team) => isUser(viewer) && (is(viewer, "VP") || (is(viewer, "MANAGER") && team.managerId === viewer.id)),
};

export function can<P extends Permission>(viewer: AccessSubject, permission: P, ...resource: PermissionResources[P] extends void ? [] : [PermissionResources[P]]): boolean {
  const rule = PERMISSIONS[permission] as (viewer: AccessSubject, resource: unknown) => boolean;
  return rule(viewer, resource[0]);
}

/** Where a signed-in user lands. */
export function homePath(viewer: Pick<AccessSubject, "role">): string {
  return HOME[viewer.role];
}
const HOME: Record<Role, string> = { REP: "/me", MANAGER: "/team", VP: "/org", ADMIN: "/settings" };

/** Whose reps the viewer reaches: their own numbers, the teams they run, or the organization. */
export function repScope(viewer: AccessSubject): "self" | "teams" | "organization" {
  return is(viewer, "REP") ? "self" : is(viewer, "MANAGER") ? "teams" : "organization";
}

/** What one-on-one the viewer holds as coach: a manager with a rep (REP), a VP with a manager (LEADER). */
export function schedulableOneOnOneKind(viewer: AccessSubject): OneOnOneKind | null {
  if (!isUser(viewer)) return null;
  return is(viewer, "MANAGER") ? "REP" : is(viewer, "VP") ? "LEADER" : null;
}

// One-on-ones, written once over coach and member so that REP meetings (manager ↔ rep) and
// LEADER meetings (VP ↔ manager) share every operation (docs/decisions/0004).
//   REP      their own REP meetings, as the member.
//   MANAGER  the REP meetings they coach, and their own LEADER meetings as the member.
//   VP       the LEADER meetings they coach; every REP meeting read-only, as an observer.
//   ADMIN and API tokens: nothing, 404 like a stranger.
// Inside a meeting the part decides (lib/server/one-on-ones/one-on-one-access.ts requireRole): the
// coach runs it (start, focus, complete, cancel, private notes), coach and member edit the shared
// agenda and notes, an observer only reads.

export function roleInOneOnOne(viewer: AccessSubject, meeting: OneOnOneParties): OneOnOneRole | null {
  if (!isUser(viewer)) return null;
  if (meeting.coachId === viewer.id) return "coach";
  if (meeting.memberId === viewer.id) return "member";
  if (is(viewer, "VP") && meeting.kind === "REP") return "observer";
  // A co-coach reads the rep's meetings with other coaches: shared notes, never private ones.
  if (meeting.kind === "REP" && coCoaches(viewer, meeting.memberId)) return "observer";
  return null;
}

/** A group session has no private part: its coach runs it, attendees take part, the VP observes. */
export function roleInGroupSession(viewer: AccessSubject, session: GroupSessionParties): OneOnOneRole | null {
  if (!isUser(viewer)) return null;
  if (session.coachId === viewer.id) return "coach";
  if (session.attendeeIds.includes(viewer.id)) return "member";
  if (is(viewer, "VP")) return "observer";
  return null;
}

export function visibleGroupSessionsWhere(viewer: AccessSubject): Prisma.GroupSessionWhereInput | null {
  if (!isUser(viewer)) return null;
  const organizationId = viewer.organizationId;
  switch (viewer.role) {
    case "REP":
      return { organizationId, attendees: { some: { repId: viewer.id } } };
    case "MANAGER":
      return { organizationId, coachId: viewer.id };
    case "VP":
      return { organizationId };
    case "ADMIN":
      return null;
  }
}

/** A manager who co-coaches this rep (another team's, or an enablement person's charge). */
export function coCoaches(viewer: AccessSubject, repId: string): boolean {
  return isUser(viewer) && is(viewer, "MANAGER") && (viewer.coCoachedRepIds ?? []).includes(repId);
}

// The same rules as Prisma filters, always including the organization. A REP sees only themself;
// a MANAGER the reps of their own teams; a VP and an ADMIN the organization.

export function visibleRepsWhere(viewer: AccessSubject): Prisma.UserWhereInput {
  const base: Prisma.UserWhereInput = { organizationId: viewer.organizationId, role: "REP" };
  switch (viewer.role) {
    case "REP":
      return { ...base, id: viewer.id };
    case "MANAGER":
      return { ...base, teamId: { in: [...viewer.managedTeamIds] } };
    case "VP":
    case "ADMIN":
      return base;
  }
}

/**
 * Reps the viewer may hold a one-on-one with as coach: their visible reps plus those they co-coach.
 * Only one-on-ones widen: a co-coach does not see the rep's dashboards, plans or quotas.
 */
export function oneOnOneMembersWhere(viewer: AccessSubject): Prisma.UserWhereInput {
  const visible = visibleRepsWhere(viewer);
  if (coCoachedIds(viewer).length === 0) return visible;
  return { organizationId: viewer.organizationId, role: "REP", OR: [visible, { id: { in: coCoachedIds(viewer) } }] };
}

export function visibleTeamsWhere(viewer: AccessSubject): Prisma.TeamWhereInput {
  const base: Prisma.TeamWhereInput = { organizationId: viewer.organizationId };
  switch (viewer.role) {
    case "REP":
      return { ...base, id: viewer.teamId ?? "__none__" };
    case "MANAGER":
      return { ...base, managerId: viewer.id };
    case "VP":
    case "ADMIN":
      return base;
  }
}

/** Who may log or import activity for whom: a REP for self, a MANAGER for own reps, an ADMIN for anyone. */
export function activityWritableRepsWhere(viewer: AccessSubject): Prisma.UserWhereInput | null {
  if (is(viewer, "VP")) return null;
  return visibleRepsWhere(viewer);
}

export function visibleOneOnOnesWhere(viewer: AccessSubject): Prisma.OneOnOneWhereInput | null {
  if (!isUser(viewer)) return null;
  const organizationId = viewer.organizationId;
  switch (viewer.role) {
    case "REP":
      return { organizationId, kind: "REP", memberId: viewer.id };
    case "MANAGER":
      return {
        organizationId,
        OR: [{ kind: "REP", coachId: viewer.id }, { kind: "LEADER", memberId: viewer.id }, ...(coCoachedIds(viewer).length > 0 ? [{ kind: "REP" as const, memberId: { in: coCoachedIds(viewer) } }] : [])],
      };
    case "VP":
      return { organizationId, OR: [{ kind: "LEADER", coachId: viewer.id }, { kind: "REP" }] };
    case "ADMIN":
      return null;
  }
}

/**
 * Development plans on REP competencies (leader plans live on the coaching scorecard): a REP reads
 * their own, a MANAGER those of their reps (`managedRepIds`, resolved by the caller, because a
 * plan's subject is a plain id), a VP every one; an ADMIN and API tokens none (null → 404).
 */
export function visiblePlansWhere(viewer: AccessSubject, managedRepIds: readonly string[]): Prisma.DevelopmentPlanWhereInput | null {
  if (!isUser(viewer)) return null;
  const organizationId = viewer.organizationId;
  const competency = { kind: "REP" } as const;
  switch (viewer.role) {
    case "REP":
      return { organizationId, competency, subjectId: viewer.id };
    case "MANAGER":
      return { organizationId, competency, subjectId: { in: [...managedRepIds] } };
    case "VP":
      return { organizationId, competency };
    case "ADMIN":
      return null;
  }
}

/** Whether plans of the viewer's reps must be resolved to ids before visiblePlansWhere. */
export const plansNeedManagedReps = (viewer: AccessSubject) => isUser(viewer) && is(viewer, "MANAGER");

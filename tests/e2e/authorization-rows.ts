// The rows of the authorization matrix. Paths use {placeholders}: self (rep1), teammate (rep2,
// same team), otherTeamRep (rep9), ownTeam (East Enterprise, manager1's), otherTeam (West
// Mid-Market), manager / otherManager (manager1 / manager2), unknown (an id that exists nowhere — also what another organization's id looks like).
import type { ViewerPermission } from "@/lib/access/policy";
import { EXPECTED_ACCESS, type Caller } from "../helpers/expected-access";

export type Persona = "anonymous" | "rep" | "manager" | "otherManager" | "vp" | "admin" | "outsider" | "token" | "foreignToken";
export type Expectation = "ok" | "login" | "notFound" | "redirect" | "unauthenticated";

export const PERSONAS: Record<Persona, string | null> = {
  anonymous: null,
  rep: "rep1@acme.test",
  manager: "manager1@acme.test",
  otherManager: "manager2@acme.test",
  vp: "vp@acme.test",
  admin: "admin@acme.test",
  outsider: "admin@globex.test",
  token: null,
  foreignToken: null,
};

interface Check {
  as: Persona;
  path: string;
  expect: Expectation;
  method?: string;
}

export interface MatrixRow {
  pattern: string;
  checks: Check[];
}

const USERS: Persona[] = ["anonymous", "rep", "manager", "otherManager", "vp", "admin", "outsider"];

/** One path for every signed-in persona; anonymous visitors always go to the login page. */
function page(path: string, allowed: Persona[], other: Expectation = "notFound"): Check[] {
  return USERS.map((as) => ({ as, path, expect: as === "anonymous" ? "login" : allowed.includes(as) ? "ok" : other }));
}

const PERSONA_CALLER: Partial<Record<Persona, Caller>> = { rep: "REP", manager: "MANAGER", otherManager: "MANAGER", vp: "VP", admin: "ADMIN", outsider: "ADMIN" };

/** The signed-in personas a page guarded by this permission lets in, from the expected table (tests/helpers/expected-access.ts). */
function allowedBy(permission: ViewerPermission): Persona[] {
  const callers: Caller[] = EXPECTED_ACCESS[permission];
  return USERS.filter((as) => {
    const caller = PERSONA_CALLER[as];
    return caller !== undefined && callers.includes(caller);
  });
}

function api(path: string, method = "GET"): Check[] {
  return [
    { as: "anonymous", path, method, expect: "unauthenticated" },
    { as: "token", path, method, expect: "ok" },
  ];
}

export const MATRIX: MatrixRow[] = [
  { pattern: "/", checks: USERS.map((as) => ({ as, path: "/", expect: as === "anonymous" ? "login" : "redirect" })) },
  { pattern: "/login", checks: [{ as: "anonymous", path: "/login", expect: "ok" }, { as: "rep", path: "/login", expect: "redirect" }] },
  // Signed-out pages of #18: sign-up (SIGNUP=open in the e2e server), forgot/reset password, invitation links.
  { pattern: "/signup", checks: [{ as: "anonymous", path: "/signup", expect: "ok" }, { as: "rep", path: "/signup", expect: "redirect" }] },
  { pattern: "/forgot-password", checks: [{ as: "anonymous", path: "/forgot-password", expect: "ok" }] },
  // A missing, unknown or used token shows the same "no longer works" page (200), never whether it existed.
  { pattern: "/reset-password", checks: [{ as: "anonymous", path: "/reset-password?token={unknown}", expect: "ok" }] },
  { pattern: "/invitation", checks: [{ as: "anonymous", path: "/invitation?token={unknown}", expect: "ok" }, { as: "rep", path: "/invitation", expect: "ok" }] },
  // Development only: the production build answers 404 to everyone.
  { pattern: "/dev/outbox", checks: [{ as: "anonymous", path: "/dev/outbox", expect: "notFound" }, { as: "admin", path: "/dev/outbox", expect: "notFound" }] },
  { pattern: "/getting-started", checks: page("/getting-started", allowedBy("organization.admin")) },
  { pattern: "/me", checks: page("/me", allowedBy("rep.viewOwn")) },
  { pattern: "/me/assessment", checks: page("/me/assessment", allowedBy("assessment.self")) },
  // A manager's own coaching scorecard; everyone else (the VP included, who opens /org/coaching/{id}) gets 404.
  { pattern: "/me/coaching", checks: page("/me/coaching", allowedBy("scorecard.viewOwn")) },
  // Everyone signed in sees their own account (the signed-in floor of `npm run bench:load`).
  { pattern: "/account", checks: page("/account", ["rep", "manager", "otherManager", "vp", "admin", "outsider"]) },
  // Everyone in an organization reads the framework and the playbook (ADMIN edits the framework).
  { pattern: "/competencies", checks: page("/competencies", ["rep", "manager", "otherManager", "vp", "admin", "outsider"]) },
  {
    pattern: "/playbook",
    checks: [...page("/playbook", ["rep", "manager", "otherManager", "vp", "admin", "outsider"]), { as: "rep", path: "/playbook?q=close&competency={unknown}", expect: "ok" }],
  },
  // ADMIN has no access to coaching content (plans included), as for one-on-ones.
  { pattern: "/plans", checks: page("/plans", allowedBy("plan.view")) },
  // Plan ids are created at run time, not in the fixtures: an unknown id (what another organization's or another
  // team's plan looks like) is a 404 for everyone; the per-plan rules (the rep's manager edits, another manager
  // gets 404, the rep and a VP read) are in tests/integration/plans-and-competencies.test.ts.
  { pattern: "/plans/[id]", checks: page("/plans/{unknown}", []) },
  {
    pattern: "/activity",
    checks: [
      ...page("/activity", allowedBy("activity.log")),
      { as: "rep", path: "/activity?rep={teammate}", expect: "notFound" },
      { as: "manager", path: "/activity?rep={teammate}", expect: "ok" },
      { as: "manager", path: "/activity?rep={otherTeamRep}", expect: "notFound" },
      { as: "outsider", path: "/activity?rep={self}", expect: "notFound" },
    ],
  },
  { pattern: "/activity/import", checks: page("/activity/import", allowedBy("activity.import")) },
  {
    pattern: "/activity/import/upload",
    checks: [
      { as: "anonymous", path: "/activity/import/upload", method: "POST", expect: "login" },
      { as: "rep", path: "/activity/import/upload", method: "POST", expect: "notFound" },
      { as: "vp", path: "/activity/import/upload", method: "POST", expect: "notFound" },
      { as: "admin", path: "/activity/import/upload?job={unknown}", expect: "notFound" },
      { as: "outsider", path: "/activity/import/upload?job={unknown}", expect: "notFound" },
    ],
  },
  // Deals are imported for the whole organization: ADMIN only (the API's token too).
  { pattern: "/deals/import", checks: page("/deals/import", allowedBy("deal.import")) },
  {
    pattern: "/deals/import/upload",
    checks: [
      { as: "anonymous", path: "/deals/import/upload", method: "POST", expect: "login" },
      { as: "rep", path: "/deals/import/upload", method: "POST", expect: "notFound" },
      { as: "manager", path: "/deals/import/upload", method: "POST", expect: "notFound" },
      { as: "vp", path: "/deals/import/upload", method: "POST", expect: "notFound" },
    ],
  },
  {
    pattern: "/team",
    checks: [
      { as: "anonymous", path: "/team", expect: "login" },
      { as: "rep", path: "/team", expect: "notFound" },
      // A manager with a single team goes straight to its dashboard.
      { as: "manager", path: "/team", expect: "redirect" },
      { as: "otherManager", path: "/team", expect: "redirect" },
      { as: "vp", path: "/team", expect: "ok" },
      { as: "admin", path: "/team", expect: "ok" },
      { as: "outsider", path: "/team", expect: "ok" },
    ],
  },
  {
    pattern: "/team/[teamId]",
    checks: [
      ...page("/team/{ownTeam}", ["manager", "vp", "admin"]),
      { as: "otherManager", path: "/team/{ownTeam}", expect: "notFound" },
      { as: "manager", path: "/team/{otherTeam}", expect: "notFound" },
      { as: "vp", path: "/team/{unknown}", expect: "notFound" },
    ],
  },
  {
    // The team's own manager and the VP allocate quotas; an ADMIN imports them on /org/goals instead.
    pattern: "/team/[teamId]/goals",
    checks: [
      ...page("/team/{ownTeam}/goals", ["manager", "vp"]),
      { as: "manager", path: "/team/{otherTeam}/goals", expect: "notFound" },
      { as: "vp", path: "/team/{unknown}/goals", expect: "notFound" },
    ],
  },
  {
    pattern: "/reps/[repId]",
    checks: [
      ...page("/reps/{teammate}", ["manager", "vp", "admin"]),
      // A rep opening their own profile is taken to /me.
      { as: "rep", path: "/reps/{self}", expect: "redirect" },
      { as: "manager", path: "/reps/{otherTeamRep}", expect: "notFound" },
      { as: "admin", path: "/reps/{unknown}", expect: "notFound" },
    ],
  },
  { pattern: "/org", checks: page("/org", allowedBy("organization.view")) },
  { pattern: "/org/benchmarks", checks: page("/org/benchmarks", allowedBy("benchmark.view")) },
  // Every manager's coaching scorecard: VP and ADMIN, each of their own organization.
  { pattern: "/org/coaching", checks: page("/org/coaching", allowedBy("scorecard.viewAll")) },
  {
    // One manager's scorecard: not for a manager (their own is /me/coaching), a rep or another organization;
    // a rep's id or an unknown id is not a manager.
    pattern: "/org/coaching/[managerId]",
    checks: [
      ...page("/org/coaching/{manager}", ["vp", "admin"]),
      { as: "vp", path: "/org/coaching/{otherManager}", expect: "ok" },
      { as: "manager", path: "/org/coaching/{otherManager}", expect: "notFound" },
      { as: "vp", path: "/org/coaching/{self}", expect: "notFound" },
      { as: "vp", path: "/org/coaching/{unknown}", expect: "notFound" },
    ],
  },
  // VP edits, ADMIN reads (and imports quotas); the period is in the query string.
  { pattern: "/org/goals", checks: [...page("/org/goals", allowedBy("organization.view")), { as: "vp", path: "/org/goals?period=not-a-period", expect: "ok" }] },
  { pattern: "/settings", checks: page("/settings", allowedBy("organization.admin")) },
  { pattern: "/settings/agenda", checks: page("/settings/agenda", allowedBy("organization.admin")) },
  { pattern: "/settings/users", checks: page("/settings/users", allowedBy("organization.admin")) },
  { pattern: "/settings/teams", checks: page("/settings/teams", allowedBy("organization.admin")) },
  { pattern: "/settings/users/import", checks: page("/settings/users/import", allowedBy("organization.admin")) },
  { pattern: "/settings/security", checks: page("/settings/security", allowedBy("organization.admin")) },
  { pattern: "/settings/funnel", checks: page("/settings/funnel", allowedBy("organization.admin")) },
  { pattern: "/settings/organization", checks: page("/settings/organization", allowedBy("organization.admin")) },
  { pattern: "/settings/api-tokens", checks: page("/settings/api-tokens", allowedBy("organization.admin")) },
  { pattern: "/settings/audit", checks: page("/settings/audit", allowedBy("organization.admin")) },
  { pattern: "/settings/export", checks: page("/settings/export", allowedBy("organization.admin")) },
  // Downloads: session-authenticated, ADMIN only; anyone else gets the same 404 as the settings pages.
  { pattern: "/settings/export/json", checks: page("/settings/export/json", allowedBy("organization.admin")) },
  { pattern: "/settings/export/csv", checks: page("/settings/export/csv", allowedBy("organization.admin")) },
  { pattern: "/settings/jobs", checks: page("/settings/jobs", allowedBy("organization.admin")) },
  { pattern: "/digest", checks: page("/digest", allowedBy("digest.view")) },
  // ADMIN has no access to one-on-one content (see lib/server/one-on-ones/one-on-one-access.ts).
  { pattern: "/one-on-ones", checks: page("/one-on-ones", allowedBy("oneOnOne.list")) },
  // Meeting ids are not in the fixtures: an unknown id (what another organization's looks like) is a 404 for everyone;
  // the per-meeting rules (other manager, teammate, VP read-only) are in tests/integration/one-on-ones.test.ts.
  { pattern: "/one-on-ones/[id]", checks: page("/one-on-ones/{unknown}", []) },
  // Group sessions (docs/decisions/0036): ADMIN has no access, like one-on-ones; the per-session
  // rules (coach, attendee, VP read-only, everyone else 404) are in tests/integration/group-sessions.test.ts.
  { pattern: "/group-sessions", checks: page("/group-sessions", allowedBy("groupSession.list")) },
  { pattern: "/group-sessions/[id]", checks: page("/group-sessions/{unknown}", []) },
  // "Add to calendar": the meeting's coach and member only (per-meeting rules in tests/integration/reminders.test.ts).
  { pattern: "/one-on-ones/[id]/calendar", checks: page("/one-on-ones/{unknown}/calendar", []) },
  // Everyone signed in has their own reminders, preferences and calendar link (API tokens have none).
  { pattern: "/notifications", checks: page("/notifications", ["rep", "manager", "otherManager", "vp", "admin", "outsider"]) },
  { pattern: "/settings/profile", checks: page("/settings/profile", ["rep", "manager", "otherManager", "vp", "admin", "outsider"]) },
  // The personal calendar feed: its secret token is the credential; an unknown or revoked one is a 404 for anyone.
  {
    pattern: "/api/calendar/[token]",
    checks: [
      { as: "anonymous", path: "/api/calendar/{unknown}.ics", expect: "notFound" },
      { as: "rep", path: "/api/calendar/{unknown}.ics", expect: "notFound" },
      { as: "anonymous", path: "/api/calendar/not-a-feed", expect: "notFound" },
    ],
  },
  { pattern: "/api/auth/[...nextauth]", checks: [{ as: "anonymous", path: "/api/auth/csrf", expect: "ok" }] },
  { pattern: "/api/v1/funnel", checks: api("/api/v1/funnel") },
  { pattern: "/api/v1/teams", checks: api("/api/v1/teams") },
  { pattern: "/api/v1/users", checks: api("/api/v1/users") },
  { pattern: "/api/v1/invitations", checks: [...api("/api/v1/invitations"), { as: "anonymous", path: "/api/v1/invitations", method: "POST", expect: "unauthenticated" }] },
  { pattern: "/api/v1/activity", checks: [{ as: "anonymous", path: "/api/v1/activity", method: "POST", expect: "unauthenticated" }] },
  { pattern: "/api/v1/activity/import", checks: [{ as: "anonymous", path: "/api/v1/activity/import", method: "POST", expect: "unauthenticated" }] },
  { pattern: "/api/v1/people/import", checks: [{ as: "anonymous", path: "/api/v1/people/import", method: "POST", expect: "unauthenticated" }] },
  { pattern: "/api/v1/openapi.json", checks: [{ as: "anonymous", path: "/api/v1/openapi.json", expect: "ok" }] },
  // Any path no route serves: the JSON 404, signed in or not, whatever the method.
  {
    pattern: "/api/v1/[...path]",
    checks: [
      { as: "anonymous", path: "/api/v1/no-such-endpoint", expect: "notFound" },
      { as: "token", path: "/api/v1/no-such-endpoint/{unknown}", expect: "notFound" },
      { as: "token", path: "/api/v1/no-such-endpoint", method: "POST", expect: "notFound" },
    ],
  },
  {
    pattern: "/api/v1/reps/[id]/priorities",
    checks: [...api("/api/v1/reps/{teammate}/priorities"), { as: "foreignToken", path: "/api/v1/reps/{teammate}/priorities", expect: "notFound" }, { as: "token", path: "/api/v1/reps/{unknown}/priorities", expect: "notFound" }],
  },
  {
    pattern: "/api/v1/teams/[id]/benchmarks",
    checks: [...api("/api/v1/teams/{ownTeam}/benchmarks"), { as: "foreignToken", path: "/api/v1/teams/{ownTeam}/benchmarks", expect: "notFound" }],
  },
  { pattern: "/api/v1/goals", checks: [...api("/api/v1/goals"), { as: "anonymous", path: "/api/v1/goals?period=2026-Q1", method: "PUT", expect: "unauthenticated" }] },
  {
    pattern: "/api/v1/reps/[id]/quota",
    checks: [
      ...api("/api/v1/reps/{teammate}/quota"),
      { as: "anonymous", path: "/api/v1/reps/{teammate}/quota?period=2026-Q1", method: "PUT", expect: "unauthenticated" },
      { as: "foreignToken", path: "/api/v1/reps/{teammate}/quota", expect: "notFound" },
      { as: "token", path: "/api/v1/reps/{unknown}/quota", expect: "notFound" },
    ],
  },
  { pattern: "/api/v1/deals/import", checks: [{ as: "anonymous", path: "/api/v1/deals/import", method: "POST", expect: "unauthenticated" }] },
  {
    pattern: "/api/v1/reps/[id]/deals",
    checks: [...api("/api/v1/reps/{teammate}/deals"), { as: "foreignToken", path: "/api/v1/reps/{teammate}/deals", expect: "notFound" }, { as: "token", path: "/api/v1/reps/{unknown}/deals", expect: "notFound" }],
  },
  {
    pattern: "/api/v1/teams/[id]/deals",
    checks: [...api("/api/v1/teams/{ownTeam}/deals"), { as: "foreignToken", path: "/api/v1/teams/{ownTeam}/deals", expect: "notFound" }, { as: "token", path: "/api/v1/teams/{unknown}/deals", expect: "notFound" }],
  },
  {
    pattern: "/api/v1/reps/[id]/reverse-funnel",
    checks: [...api("/api/v1/reps/{teammate}/reverse-funnel"), { as: "foreignToken", path: "/api/v1/reps/{teammate}/reverse-funnel", expect: "notFound" }, { as: "token", path: "/api/v1/reps/{unknown}/reverse-funnel", expect: "notFound" }],
  },
];

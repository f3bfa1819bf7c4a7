// Sign-up, the getting-started checklist and `npm run org:create`, against the real database.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_FUNNEL, DEFAULT_LEADER_COMPETENCIES, DEFAULT_REP_COMPETENCIES, DEFAULT_SALES_PLAYS } from "@/lib/defaults";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { ForbiddenError } from "@/lib/server/http/errors";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { findInvitation } from "@/lib/server/invitations/find-invitation";
import { inviteUser } from "@/lib/server/invitations/invite-user";
import { getGettingStarted } from "@/lib/server/onboarding/get-getting-started";
import { SIGN_UP_LIMITS, signUpOrganization } from "@/lib/server/signup/sign-up-organization";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

const PASSWORD = "a long enough passphrase";
const run = promisify(execFile);

function form(email: string, overrides: Partial<{ organizationName: string; name: string; currency: string; timeZone: string }> = {}) {
  return { organizationName: "Initech", name: "Bill Lumbergh", email, password: PASSWORD, currency: "EUR", timeZone: "Europe/Berlin", ...overrides };
}

let existingEmail: string;

beforeAll(async () => {
  const cast = await createOrganizationCast("Acme");
  existingEmail = cast.repA1.email;
});

describe("sign-up", () => {
  it("creates the organization with the seed's defaults and its ADMIN, who can sign in; audited", async () => {
    const outcome = await signUpOrganization({ ...form("bill@initech.test"), ip: "10.20.0.1" });
    expect(outcome).toEqual({ status: "created", email: "bill@initech.test" });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "bill@initech.test" }, select: { id: true, role: true, organizationId: true, organization: { select: { name: true, currency: true, timeZone: true } } } });
    expect(admin).toMatchObject({ role: "ADMIN", organization: { name: "Initech", currency: "EUR", timeZone: "Europe/Berlin" } });
    const organizationId = admin.organizationId;
    expect(await db.funnelStage.count({ where: { organizationId } })).toBe(DEFAULT_FUNNEL.length);
    expect(await db.competency.count({ where: { organizationId, kind: "REP" } })).toBe(DEFAULT_REP_COMPETENCIES.length);
    expect(await db.competency.count({ where: { organizationId, kind: "LEADER" } })).toBe(DEFAULT_LEADER_COMPETENCIES.length);
    expect(await db.salesPlay.count({ where: { organizationId } })).toBe(DEFAULT_SALES_PLAYS.length);
    expect(await db.agendaTemplate.count({ where: { organizationId } })).toBe(2);
    expect(await db.benchmark.count({ where: { organizationId } })).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { organizationId, action: { in: ["organization.created", "user.created"] } } })).toBe(2);
    expect((await verifyCredentials({ email: "bill@initech.test", password: PASSWORD, ip: "10.20.0.2" })).status).toBe("ok");
  });

  it("an address already in use gets the same answer as any refusal, and nothing is created", async () => {
    const organizations = await db.organization.count();
    expect(await signUpOrganization({ ...form(existingEmail), ip: "10.21.0.1" })).toEqual({ status: "refused" });
    expect(await signUpOrganization({ ...form("bill@initech.test"), ip: "10.21.0.1" })).toEqual({ status: "refused" });
    expect(await db.organization.count()).toBe(organizations);
  });

  it("is rate-limited per client and per address", async () => {
    for (let attempt = 0; attempt < SIGN_UP_LIMITS.perClient; attempt++) await signUpOrganization({ ...form(existingEmail), ip: "10.22.0.1" });
    expect(await signUpOrganization({ ...form("fresh@initrode.test"), ip: "10.22.0.1" })).toMatchObject({ status: "limited" });
    for (let attempt = 0; attempt < SIGN_UP_LIMITS.perAddress; attempt++) await signUpOrganization({ ...form("probe@initrode.test"), ip: `10.23.0.${attempt}` });
    expect((await signUpOrganization({ ...form("probe@initrode.test"), ip: "10.23.1.1" })).status).toBe("limited");
  });
});

describe("getting-started checklist", () => {
  it("ticks each step from the organization's data, and is for an ADMIN only", async () => {
    await signUpOrganization({ ...form("peter@initrode.test", { organizationName: "Initrode" }), ip: "10.24.0.1" });
    const adminUser = await db.user.findUniqueOrThrow({ where: { email: "peter@initrode.test" }, select: { id: true, organizationId: true } });
    const admin = await viewerFor(adminUser);
    const done = async () => Object.fromEntries((await getGettingStarted(admin)).map((step) => [step.key, step.done]));
    expect(await done()).toEqual({ people: false, activity: false, benchmarks: false, "one-on-one": false });

    const invited = await inviteUser(admin, { name: "Milton Waddams", email: "milton@initrode.test", role: "MANAGER", teamId: null });
    expect(await done()).toMatchObject({ people: true, activity: false });
    const rep = await db.user.create({ data: { organizationId: admin.organizationId, email: "samir@initrode.test", name: "Samir", role: "REP" }, select: { id: true } });
    await db.activity.create({ data: { organizationId: admin.organizationId, repId: rep.id, day: new Date("2026-11-02"), stage: "dials", value: 40n } });
    await db.auditLog.create({ data: { organizationId: admin.organizationId, actorId: admin.id, action: "benchmark.set", entityType: "Team" } });
    expect(await done()).toEqual({ people: true, activity: true, benchmarks: true, "one-on-one": false });
    expect(await db.invitation.count({ where: { id: invited.id } })).toBe(1);

    const managerUser = await db.user.findUniqueOrThrow({ where: { email: "milton@initrode.test" }, select: { id: true, organizationId: true } });
    await db.user.update({ where: { id: managerUser.id }, data: { passwordHash: "x" } });
    await expect(getGettingStarted(await viewerFor(managerUser))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("npm run org:create", () => {
  it("creates the organization and an ADMIN without a password, and prints a single-use invitation link", async () => {
    const { stdout } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/org-create.ts", "--name", "Chotchkie's", "--admin-email", "stan@chotchkies.test", "--currency", "USD"], { env: process.env });
    const link = stdout.trim();
    expect(link).toMatch(/\/invitation\?token=[A-Za-z0-9_-]+$/);
    const token = new URL(link).searchParams.get("token") ?? "";
    expect(await findInvitation(token)).toEqual({ name: "stan", email: "stan@chotchkies.test", organizationName: "Chotchkie's" });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "stan@chotchkies.test" }, select: { role: true, passwordHash: true, organizationId: true } });
    expect(admin).toMatchObject({ role: "ADMIN", passwordHash: null });
    expect(await db.funnelStage.count({ where: { organizationId: admin.organizationId } })).toBe(DEFAULT_FUNNEL.length);
    expect(await acceptInvitation({ token, password: PASSWORD })).toEqual({ email: "stan@chotchkies.test" });
    expect(await acceptInvitation({ token, password: PASSWORD })).toBeNull();
  });
});

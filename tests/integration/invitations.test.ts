// Invitations and password resets against the real database and pg-boss: tokens hashed, links
// single-use and expiring, neutral answers, rate limits, the email job queued in the same
// transaction as the rows, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listInvitationsRoute, POST as postInvitation } from "@/app/api/v1/invitations/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { runSendEmailJob } from "@/lib/jobs/handlers/send-email";
import { SEND_EMAIL, type SendEmailJobData } from "@/lib/jobs/queues";
import { hashOneTimeToken } from "@/lib/security/one-time-token";
import { verifyPassword } from "@/lib/security/password";
import { PASSWORD_RESET_LIMITS, requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { findPasswordReset, resetPassword } from "@/lib/server/auth/reset-password";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { copyInvitationLink } from "@/lib/server/invitations/copy-invitation-link";
import { findInvitation } from "@/lib/server/invitations/find-invitation";
import { INVITATION_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { inviteExistingUser } from "@/lib/server/invitations/invite-existing-user";
import { inviteUser } from "@/lib/server/invitations/invite-user";
import { listPendingInvitations } from "@/lib/server/invitations/list-pending-invitations";
import { queueInvitations } from "@/lib/server/invitations/queue-invitations";
import { resendInvitation } from "@/lib/server/invitations/resend-invitation";
import { listFailedJobs } from "@/lib/server/jobs/list-failed-jobs";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { loadViewer } from "@/lib/server/viewer/load-viewer";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast, createUser, TEST_PASSWORD, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
const NEW_PASSWORD = "a long new passphrase 42";

async function queuedEmailJobs(): Promise<SendEmailJobData[]> {
  await getBoss();
  const rows = await db.$queryRawUnsafe<{ data: SendEmailJobData }[]>(`SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on`, SEND_EMAIL);
  return rows.map((row) => row.data);
}

const invitationJob = (invitationId: string, organizationId = acme.organization.id): SendEmailJobData => ({ kind: "invitation", invitationId, organizationId });

/** Runs the job the way the worker does and returns the link from the message it "sent" (the development outbox). */
async function deliver(data: SendEmailJobData): Promise<{ link: string; token: string; subject: string; text: string; html: string }> {
  const before = new Date(Date.now() - 1);
  expect(await runSendEmailJob(data)).toEqual({ status: "sent", delivered: "outbox" });
  const message = await db.devOutboxMessage.findFirstOrThrow({ where: { createdAt: { gte: before } }, orderBy: { createdAt: "desc" } });
  const link = /https?:\/\/\S+/.exec(message.text)?.[0] ?? "";
  const token = new URL(link).searchParams.get("token") ?? "";
  return { link, token, subject: message.subject, text: message.text, html: message.html };
}

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
});

afterAll(async () => {
  await stopBoss();
});

describe("invitations", () => {
  it("an ADMIN invites a rep: a user without a password, a pending invitation, a job queued, an audit entry; the email names the organization", async () => {
    const admin = await viewerFor(acme.admin);
    const auditBefore = await db.auditLog.count({ where: { organizationId: acme.organization.id } });
    const invitation = await inviteUser(admin, { name: "Nina New", email: "nina@acme.test", role: "REP", teamId: acme.teamA.id });
    const user = await db.user.findUniqueOrThrow({ where: { email: "nina@acme.test" }, select: { passwordHash: true, teamId: true, organizationId: true } });
    expect(user).toEqual({ passwordHash: null, teamId: acme.teamA.id, organizationId: acme.organization.id });
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(INVITATION_TTL_MS - 60_000);
    expect(await queuedEmailJobs()).toContainEqual(invitationJob(invitation.id));
    // One write, one audit record, naming the user and the invitation.
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id } })).toBe(auditBefore + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: acme.organization.id, action: "user.invited", entityId: invitation.user.id }, select: { after: true, actorId: true } });
    expect(audit).toMatchObject({ actorId: acme.admin.id, after: { email: "nina@acme.test", invitationId: invitation.id } });

    const mail = await deliver(invitationJob(invitation.id));
    expect(mail.subject).toContain("Acme");
    expect(mail.html).toContain("Acme");
    expect(mail.link).toMatch(/\/invitation\?token=/);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { tokenHash: true, sentAt: true } });
    // Only the hash is stored.
    expect(stored.tokenHash).toBe(hashOneTimeToken(mail.token));
    expect(stored.tokenHash).not.toContain(mail.token);
    expect(stored.sentAt).not.toBeNull();
    expect(await findInvitation(mail.token)).toEqual({ name: "Nina New", email: "nina@acme.test", organizationName: "Acme" });

    expect(await acceptInvitation({ token: mail.token, password: NEW_PASSWORD })).toEqual({ email: "nina@acme.test" });
    expect((await verifyCredentials({ email: "nina@acme.test", password: NEW_PASSWORD, ip: "10.9.0.1" })).status).toBe("ok");
    // Single use.
    expect(await findInvitation(mail.token)).toBeNull();
    expect(await acceptInvitation({ token: mail.token, password: "another long passphrase" })).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { email: "nina@acme.test" }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash ?? "")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "invitation.accepted", entityId: invitation.id } })).toBe(1);
    expect((await listPendingInvitations(admin)).map((pending) => pending.id)).not.toContain(invitation.id);
  });

  it("a send that failed after its retries shows in the organization's Settings → Background jobs, not another's", async () => {
    const boss = await getBoss();
    const id = await boss.send(SEND_EMAIL, invitationJob("gone"), { retryLimit: 0 });
    if (!id) throw new Error("not queued");
    await boss.fail(SEND_EMAIL, id, { message: "connect ECONNREFUSED 127.0.0.1:25" });
    expect((await listFailedJobs(await viewerFor(acme.admin))).find((job) => job.id === id)).toMatchObject({ queue: SEND_EMAIL, error: "connect ECONNREFUSED 127.0.0.1:25" });
    expect((await listFailedJobs(await viewerFor(globex.admin))).map((job) => job.id)).not.toContain(id);
  });

  it("an expired link, a revoked one and an unknown one get the same answer", async () => {
    const admin = await viewerFor(acme.admin);
    const expiring = await inviteUser(admin, { name: "Ed Expired", email: "ed@acme.test", role: "REP", teamId: null });
    const expiredMail = await deliver(invitationJob(expiring.id));
    await db.invitation.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitation(expiredMail.token)).toBeNull();
    expect(await acceptInvitation({ token: expiredMail.token, password: NEW_PASSWORD })).toBeNull();
    expect((await listPendingInvitations(admin)).find((pending) => pending.id === expiring.id)?.expired).toBe(true);

    const revoked = await inviteUser(admin, { name: "Rita Revoked", email: "rita@acme.test", role: "MANAGER", teamId: null });
    const revokedMail = await deliver(invitationJob(revoked.id));
    await revokeInvitation(admin, { invitationId: revoked.id });
    expect(await acceptInvitation({ token: revokedMail.token, password: NEW_PASSWORD })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "invitation.revoked", entityId: revoked.id } })).toBe(1);
    // A revoked invitation's job sends nothing.
    expect(await runSendEmailJob(invitationJob(revoked.id))).toMatchObject({ status: "skipped" });

    expect(await acceptInvitation({ token: "x".repeat(43), password: NEW_PASSWORD })).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { email: "rita@acme.test" }, select: { passwordHash: true } });
    expect(user.passwordHash).toBeNull();
  });

  it("resending replaces the link and restarts the 7 days; copying a link does the same and is audited", async () => {
    const admin = await viewerFor(acme.admin);
    const invitation = await inviteUser(admin, { name: "Rob Resend", email: "rob@acme.test", role: "REP", teamId: null });
    const first = await deliver(invitationJob(invitation.id));
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() + 1000) } });
    await resendInvitation(admin, { invitationId: invitation.id });
    expect((await queuedEmailJobs()).filter((job) => job.kind === "invitation" && job.invitationId === invitation.id)).toHaveLength(2);
    const second = await deliver(invitationJob(invitation.id));
    expect(await findInvitation(first.token)).toBeNull();
    expect(await findInvitation(second.token)).not.toBeNull();
    const copied = await copyInvitationLink(admin, { invitationId: invitation.id });
    expect(await findInvitation(second.token)).toBeNull();
    const copiedToken = new URL(copied.link).searchParams.get("token") ?? "";
    expect(await findInvitation(copiedToken)).toMatchObject({ email: "rob@acme.test" });
    expect(copied.expiresAt.getTime() - Date.now()).toBeGreaterThan(INVITATION_TTL_MS - 60_000);
    expect(await db.auditLog.count({ where: { action: { in: ["invitation.resent", "invitation.link_copied"] }, entityId: invitation.id } })).toBe(2);
  });

  it("queueInvitations invites provisioned users without a password, skips those who have one, and commits nothing when the transaction fails", async () => {
    const provisioned = await db.user.create({ data: { organizationId: acme.organization.id, email: "prov@acme.test", name: "Pat Provisioned", role: "REP" }, select: { id: true } });
    const withPassword = await createUser(acme.organization.id, "REP");
    const queued = await db.$transaction((tx) => queueInvitations(tx, { organizationId: acme.organization.id, userIds: [provisioned.id, withPassword.id, globex.repA1.id], invitedById: acme.admin.id }));
    expect(queued.map((item) => item.userId)).toEqual([provisioned.id]);
    expect(await db.auditLog.count({ where: { action: "invitation.sent", entityId: queued[0]?.invitationId, actorId: acme.admin.id } })).toBe(1);
    expect(await queuedEmailJobs()).toContainEqual(invitationJob(queued[0]?.invitationId ?? ""));

    const jobsBefore = (await queuedEmailJobs()).length;
    const other = await db.user.create({ data: { organizationId: acme.organization.id, email: "rollback@acme.test", name: "Roll Back", role: "REP" }, select: { id: true } });
    await expect(
      db.$transaction(async (tx) => {
        await queueInvitations(tx, { organizationId: acme.organization.id, userIds: [other.id], invitedById: null });
        throw new Error("a later row failed");
      }),
    ).rejects.toThrow("a later row failed");
    expect(await db.invitation.count({ where: { userId: other.id } })).toBe(0);
    expect(await queuedEmailJobs()).toHaveLength(jobsBefore);
  });

  it("an ADMIN invites someone who exists without a password (after a revoke, too); not someone with a password or of another organization", async () => {
    const admin = await viewerFor(acme.admin);
    const user = await db.user.create({ data: { organizationId: acme.organization.id, email: "nopass@acme.test", name: "Nora Nopass", role: "REP" }, select: { id: true } });
    const auditBefore = await db.auditLog.count({ where: { organizationId: acme.organization.id } });
    const first = await inviteExistingUser(admin, { userId: user.id });
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id } })).toBe(auditBefore + 1);
    expect(await db.auditLog.count({ where: { action: "user.invited", entityId: user.id } })).toBe(1);
    await revokeInvitation(admin, { invitationId: first.id });
    const second = await inviteExistingUser(admin, { userId: user.id });
    expect(second.id).not.toBe(first.id);
    expect(await queuedEmailJobs()).toContainEqual(invitationJob(second.id));
    expect(await rejection(inviteExistingUser(admin, { userId: acme.repA1.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(inviteExistingUser(await viewerFor(globex.admin), { userId: user.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(inviteExistingUser(await viewerFor(acme.managerA), { userId: user.id }))).toBeInstanceOf(ForbiddenError);
  });

  it("only an ADMIN invites, resends, revokes and lists; another organization's invitation is not found", async () => {
    const manager = await viewerFor(acme.managerA);
    expect(await rejection(inviteUser(manager, { name: "X", email: "x@acme.test", role: "REP", teamId: null }))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(listPendingInvitations(manager))).toBeInstanceOf(ForbiddenError);
    const acmeAdmin = await viewerFor(acme.admin);
    const invitation = await inviteUser(acmeAdmin, { name: "Oona Other", email: "oona@acme.test", role: "REP", teamId: null });
    const globexAdmin = await viewerFor(globex.admin);
    expect(await rejection(resendInvitation(globexAdmin, { invitationId: invitation.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(revokeInvitation(globexAdmin, { invitationId: invitation.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(copyInvitationLink(globexAdmin, { invitationId: invitation.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(resendInvitation(manager, { invitationId: invitation.id }))).toBeInstanceOf(ForbiddenError);
    expect((await listPendingInvitations(globexAdmin)).map((pending) => pending.id)).not.toContain(invitation.id);
    expect(await rejection(inviteUser(globexAdmin, { name: "T", email: "t@globex.test", role: "REP", teamId: acme.teamA.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(inviteUser(acmeAdmin, { name: "Dup", email: "oona@acme.test", role: "REP", teamId: null }))).toBeInstanceOf(InvalidInputError);
  });
});

describe("/api/v1/invitations", () => {
  it("POST with an ADMIN token → 201 and a queued email; GET lists pending ones of the token's organization only", async () => {
    const token = await createApiToken(acme.organization.id);
    const posted = await callApi(postInvitation, { token, json: { email: "api@acme.test", name: "Api Invitee", role: "REP", teamId: acme.teamB.id } });
    expect(posted.status).toBe(201);
    expect(posted.json).toMatchObject({ email: "api@acme.test", role: "REP", teamId: acme.teamB.id, sentAt: null, expired: false });
    const id = String(posted.json.id);
    expect(await queuedEmailJobs()).toContainEqual(invitationJob(id));
    expect(await db.auditLog.count({ where: { action: "user.invited", entityId: String(posted.json.userId), actorTokenId: { not: null } } })).toBe(1);

    const listed = await callApi(listInvitationsRoute, { token });
    expect(listed.status).toBe(200);
    expect((listed.json.invitations as { id: string }[]).map((item) => item.id)).toContain(id);
    const other = await callApi(listInvitationsRoute, { token: await createApiToken(globex.organization.id) });
    expect((other.json.invitations as { id: string }[]).map((item) => item.id)).not.toContain(id);

    expect((await callApi(postInvitation, { token, json: { email: "not-an-email", name: "N", role: "REP" } })).status).toBe(400);
    expect((await callApi(postInvitation, { token, json: { email: "t@acme.test", name: "N", role: "REP", teamId: globex.teamA.id } })).status).toBe(404);
    expect((await callApi(postInvitation, { json: { email: "n@acme.test", name: "N", role: "REP" } })).status).toBe(401);
  });

  it("a user provisioned through POST /api/v1/users without a password is invited the same way", async () => {
    const token = await createApiToken(acme.organization.id);
    const posted = await callApi(postUser, { token, json: { email: "provisioned@acme.test", name: "Pia Provisioned", role: "REP" } });
    expect(posted.status).toBe(201);
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: String(posted.json.id), acceptedAt: null, revokedAt: null }, select: { id: true } });
    expect(await queuedEmailJobs()).toContainEqual(invitationJob(invitation.id));
    // Provisioning again (idempotent) does not invite twice.
    expect((await callApi(postUser, { token, json: { email: "provisioned@acme.test", name: "Pia Provisioned", role: "REP" } })).status).toBe(200);
    expect(await db.invitation.count({ where: { userId: String(posted.json.id) } })).toBe(1);
    const mail = await deliver(invitationJob(invitation.id));
    expect(await acceptInvitation({ token: mail.token, password: NEW_PASSWORD })).toEqual({ email: "provisioned@acme.test" });
  });

  it("is in the OpenAPI document with its request schema", async () => {
    const document = (await (await getOpenApi()).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>; components: { schemas: Record<string, { required?: string[] }> } };
    expect(Object.keys(document.paths["/invitations"] ?? {}).sort()).toEqual(["get", "post"]);
    const reference = document.paths["/invitations"]?.post?.requestBody?.content["application/json"]?.schema.$ref ?? "";
    expect(reference).toBe("#/components/schemas/CreateInvitationInput");
    expect(document.components.schemas["CreateInvitationInput"]?.required).toEqual(["email", "name", "role"]);
  });
});

describe("password reset", () => {
  it("the same answer for an unknown and a known address; only the known one gets a link, which works once and ends every session", async () => {
    const rep = await createUser(acme.organization.id, "REP");
    const jobsBefore = (await queuedEmailJobs()).length;
    expect(await requestPasswordReset({ email: "nobody@acme.test", ip: "10.5.0.1" })).toEqual({ status: "accepted" });
    expect(await queuedEmailJobs()).toHaveLength(jobsBefore);
    expect(await requestPasswordReset({ email: rep.email.toUpperCase(), ip: "10.5.0.1" })).toEqual({ status: "accepted" });
    const jobs = await queuedEmailJobs();
    expect(jobs).toHaveLength(jobsBefore + 1);
    const job = jobs.at(-1);
    if (job?.kind !== "password-reset") throw new Error("expected a password-reset job");
    const mail = await deliver(job);
    expect(mail.link).toMatch(/\/reset-password\?token=/);
    expect(mail.subject).toContain("Acme");
    const stored = await db.passwordReset.findUniqueOrThrow({ where: { id: job.passwordResetId }, select: { tokenHash: true, expiresAt: true } });
    expect(stored.tokenHash).toBe(hashOneTimeToken(mail.token));
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(await findPasswordReset(mail.token)).toEqual({ email: rep.email });

    const before = await db.user.findUniqueOrThrow({ where: { id: rep.id }, select: { sessionVersion: true } });
    expect(await loadViewer(rep.id, rep.organizationId, before.sessionVersion)).not.toBeNull();
    expect(await resetPassword({ token: mail.token, password: NEW_PASSWORD })).toEqual({ email: rep.email });
    // The session that existed before the reset no longer resolves to a viewer.
    expect(await loadViewer(rep.id, rep.organizationId, before.sessionVersion)).toBeNull();
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.5.0.2" })).status).toBe("invalid");
    expect((await verifyCredentials({ email: rep.email, password: NEW_PASSWORD, ip: "10.5.0.2" })).status).toBe("ok");
    expect(await resetPassword({ token: mail.token, password: "yet another passphrase" })).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: rep.id, action: { in: ["auth.password_reset_requested", "auth.password_reset"] } } })).toBe(2);
  });

  it("a link older than an hour, or superseded by a newer request, does nothing", async () => {
    const rep = await createUser(acme.organization.id, "REP");
    await requestPasswordReset({ email: rep.email, ip: "10.6.0.1" });
    const firstJob = (await queuedEmailJobs()).at(-1);
    if (firstJob?.kind !== "password-reset") throw new Error("expected a password-reset job");
    const first = await deliver(firstJob);
    await db.passwordReset.update({ where: { id: firstJob.passwordResetId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword({ token: first.token, password: NEW_PASSWORD })).toBeNull();

    await requestPasswordReset({ email: rep.email, ip: "10.6.0.1" });
    const secondJob = (await queuedEmailJobs()).at(-1);
    if (secondJob?.kind !== "password-reset") throw new Error("expected a password-reset job");
    const second = await deliver(secondJob);
    await requestPasswordReset({ email: rep.email, ip: "10.6.0.1" });
    expect(await resetPassword({ token: second.token, password: NEW_PASSWORD })).toBeNull();
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.6.0.2" })).status).toBe("ok");
  });

  it("is rate-limited per address and per client, for unknown addresses too", async () => {
    for (let attempt = 0; attempt < PASSWORD_RESET_LIMITS.perAddress; attempt++) {
      expect((await requestPasswordReset({ email: "ghost@acme.test", ip: `10.7.0.${attempt}` })).status).toBe("accepted");
    }
    expect((await requestPasswordReset({ email: "ghost@acme.test", ip: "10.7.1.1" })).status).toBe("limited");
    for (let attempt = 0; attempt < PASSWORD_RESET_LIMITS.perClient; attempt++) {
      await requestPasswordReset({ email: `probe-${attempt}@acme.test`, ip: "10.8.0.1" });
    }
    expect((await requestPasswordReset({ email: "fresh@acme.test", ip: "10.8.0.1" })).status).toBe("limited");
    expect((await requestPasswordReset({ email: "fresh@acme.test", ip: "10.8.0.2" })).status).toBe("accepted");
  });
});

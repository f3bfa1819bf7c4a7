import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { ForbiddenError, InvalidInputError } from "@/lib/server/http/errors";
import { findSsoOrganization } from "@/lib/server/sso/find-sso-organization";
import { getSsoSettings } from "@/lib/server/sso/get-sso-settings";
import { loadSsoProvider } from "@/lib/server/sso/load-sso-provider";
import { removeSsoSettings } from "@/lib/server/sso/remove-sso-settings";
import { resolveSsoUser } from "@/lib/server/sso/resolve-sso-user";
import { saveSsoSettings } from "@/lib/server/sso/save-sso-settings";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { ssoSettingsSchema } from "@/lib/validation/sso";
import { createOrganizationCast, createUser, TEST_PASSWORD, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

// Before any import: lib/env parses the environment once, on first use.
vi.hoisted(() => {
  process.env.SSO_SECRET_KEY ??= "ab".repeat(32);
});

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let admin: Viewer;

const form = (overrides: Record<string, unknown> = {}) => ({ issuer: "https://login.acme.example/", clientId: "coachboard", clientSecret: "s3cret-value", domains: "Acme.example, @acme-sales.example", ...overrides });
const settings = (overrides: Record<string, unknown> = {}) => ssoSettingsSchema.parse(form(overrides));

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  admin = await viewerFor(acme.admin);
});

describe("single sign-on settings", () => {
  it("validates the form: https issuer (or a provider on this machine), domains, a break-glass admin for SSO only", () => {
    expect(settings().domains).toEqual(["acme.example", "acme-sales.example"]);
    expect(settings().issuer).toBe("https://login.acme.example");
    expect(ssoSettingsSchema.safeParse(form({ issuer: "http://login.acme.example" })).success).toBe(false);
    expect(ssoSettingsSchema.safeParse(form({ issuer: "http://127.0.0.1:3900" })).success).toBe(true);
    expect(ssoSettingsSchema.safeParse(form({ domains: "not a domain" })).success).toBe(false);
    expect(ssoSettingsSchema.safeParse(form({ ssoOnly: "on" })).success).toBe(false);
    expect(ssoSettingsSchema.safeParse(form({ ssoOnly: "on", breakGlassAdminId: "some-admin-id" })).success).toBe(true);
  });

  it("stores the client secret sealed, never in the clear, and keeps it when the field is left empty", async () => {
    await saveSsoSettings(admin, settings());
    const stored = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: acme.organization.id }, select: { clientSecretSealed: true } });
    expect(stored.clientSecretSealed).not.toContain("s3cret-value");
    expect(await loadSsoProvider(acme.organization.id)).toEqual({ issuer: "https://login.acme.example", clientId: "coachboard", clientSecret: "s3cret-value" });
    await saveSsoSettings(admin, settings({ clientSecret: "", clientId: "coachboard-2" }));
    expect(await loadSsoProvider(acme.organization.id)).toMatchObject({ clientId: "coachboard-2", clientSecret: "s3cret-value" });
    const shown = await getSsoSettings(admin);
    expect(shown.connection).toMatchObject({ domains: ["acme-sales.example", "acme.example"], clientId: "coachboard-2" });
    expect(JSON.stringify(shown)).not.toContain("s3cret");
    expect(JSON.stringify(await db.auditLog.findMany({ where: { organizationId: acme.organization.id, action: "sso.configured" } }))).not.toContain("s3cret");
  });

  it("finds the organization by the email's domain; a domain belongs to one organization", async () => {
    expect(await findSsoOrganization("Someone@ACME.example")).toEqual({ organizationId: acme.organization.id });
    expect(await findSsoOrganization("someone@globex.example")).toBeNull();
    const globexAdmin = await viewerFor(globex.admin);
    const error = await rejection(saveSsoSettings(globexAdmin, settings({ domains: "globex.example, acme.example" })));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors).toEqual({ domains: ["acme.example already signs in through another organization"] });
    expect(await rejection(saveSsoSettings(globexAdmin, settings({ domains: "globex.example", clientSecret: "" })))).toBeInstanceOf(InvalidInputError);
  });

  it("is for a signed-in administrator only; another organization's break-glass admin is refused", async () => {
    for (const user of [acme.vp, acme.managerA, acme.repA1]) {
      expect(await rejection(saveSsoSettings(await viewerFor(user), settings()))).toBeInstanceOf(ForbiddenError);
      expect(await rejection(getSsoSettings(await viewerFor(user)))).toBeInstanceOf(ForbiddenError);
    }
    expect(await rejection(saveSsoSettings(admin, settings({ ssoOnly: true, breakGlassAdminId: globex.admin.id })))).toBeInstanceOf(InvalidInputError);
  });
});

describe("signing in through the provider", () => {
  it("matches a verified email of an allowed domain to the user of that organization", async () => {
    const rep = await createUser(acme.organization.id, "REP", { email: "dana@acme.example" });
    expect(await resolveSsoUser(acme.organization.id, { email: "DANA@acme.example", email_verified: true })).toMatchObject({ ok: true, user: { id: rep.id, role: "REP" } });
  });

  it("refuses an unverified email, another domain, someone unknown (unless allowed) and a deactivated user", async () => {
    const organizationId = acme.organization.id;
    expect(await resolveSsoUser(organizationId, { email: "dana@acme.example", email_verified: false })).toEqual({ ok: false, reason: "unverified" });
    expect(await resolveSsoUser(organizationId, { email: acme.repA1.email, email_verified: true })).toEqual({ ok: false, reason: "domain" });
    expect(await resolveSsoUser(organizationId, { email: "new.person@acme.example", email_verified: true })).toEqual({ ok: false, reason: "unknown" });
    await createUser(organizationId, "REP", { email: "gone@acme.example", active: false });
    expect(await resolveSsoUser(organizationId, { email: "gone@acme.example", email_verified: true })).toEqual({ ok: false, reason: "deactivated" });
    expect(await db.auditLog.count({ where: { organizationId, action: "auth.sso_refused" } })).toBe(4);
  });

  it("creates an unknown person of an allowed domain as a REP when the organization allows it", async () => {
    await saveSsoSettings(admin, settings({ clientSecret: "", createUnknownUsers: "on" }));
    const outcome = await resolveSsoUser(acme.organization.id, { email: "new.person@acme.example", email_verified: true, name: "New Person" });
    expect(outcome).toMatchObject({ ok: true, user: { email: "new.person@acme.example", name: "New Person", role: "REP", organizationId: acme.organization.id } });
    expect(await db.user.findUniqueOrThrow({ where: { email: "new.person@acme.example" }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
  });

  it("SSO only: a password signs in nobody but the break-glass administrator", async () => {
    const rep = await createUser(acme.organization.id, "REP");
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.0.0.1" })).status).toBe("ok");
    await saveSsoSettings(admin, settings({ clientSecret: "", ssoOnly: "on", breakGlassAdminId: acme.admin.id }));
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.0.0.2" })).status).toBe("invalid");
    expect((await verifyCredentials({ email: acme.admin.email, password: TEST_PASSWORD, ip: "10.0.0.3" })).status).toBe("ok");
    // Another organization's users are not affected.
    expect((await verifyCredentials({ email: globex.repA1.email, password: TEST_PASSWORD, ip: "10.0.0.4" })).status).toBe("ok");
    await removeSsoSettings(admin);
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.0.0.5" })).status).toBe("ok");
    expect(await findSsoOrganization("dana@acme.example")).toBeNull();
  });
});

import "server-only";
import { db } from "@/lib/db";
import { sealSecret } from "@/lib/security/secret-box";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, InvalidInputError } from "@/lib/server/http/errors";
import { ssoSecretKey } from "@/lib/server/sso/sso-secret-key";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { SsoSettingsInput } from "@/lib/validation/sso";

/**
 * ADMIN: the organization's OpenID Connect provider. The client secret is sealed under
 * SSO_SECRET_KEY (an empty one keeps the stored secret); each email domain belongs to one organization.
 */
export async function saveSsoSettings(viewer: Viewer, input: SsoSettingsInput): Promise<void> {
  assertAdmin(viewer, "Only an administrator can set up single sign-on");
  const key = ssoSecretKey();
  if (!key) throw new ConflictError("Single sign-on needs SSO_SECRET_KEY in the server's environment; ask whoever runs Coachboard to set it");
  const organizationId = viewer.organizationId;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('sso-domains'))`;
    const existing = await tx.ssoConnection.findUnique({ where: { organizationId }, select: { id: true, clientSecretSealed: true } });
    if (!existing && !input.clientSecret) throw new InvalidInputError("clientSecret: is required", { clientSecret: ["is required"] });
    const taken = await tx.ssoDomain.findMany({ where: { domain: { in: input.domains }, organizationId: { not: organizationId } }, select: { domain: true } });
    if (taken.length) {
      const message = `${taken.map((entry) => entry.domain).join(", ")} already ${taken.length === 1 ? "signs" : "sign"} in through another organization`;
      throw new InvalidInputError(`domains: ${message}`, { domains: [message] });
    }
    if (input.breakGlassAdminId) {
      const admin = await tx.user.findFirst({ where: { id: input.breakGlassAdminId, organizationId, role: "ADMIN", active: true }, select: { id: true } });
      if (!admin) throw new InvalidInputError("breakGlassAdminId: must be an active administrator", { breakGlassAdminId: ["must be an active administrator"] });
    }
    const data = {
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: input.clientSecret ? sealSecret(key, input.clientSecret, organizationId) : (existing?.clientSecretSealed ?? ""),
      createUnknownUsers: input.createUnknownUsers,
      ssoOnly: input.ssoOnly,
      breakGlassAdminId: input.breakGlassAdminId,
    };
    const connection = await tx.ssoConnection.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data, select: { id: true } });
    await tx.ssoDomain.deleteMany({ where: { connectionId: connection.id } });
    await tx.ssoDomain.createMany({ data: input.domains.map((domain) => ({ domain, organizationId, connectionId: connection.id })) });
    const { clientSecretSealed: _sealed, ...shown } = data;
    await recordAudit({ organizationId, ...auditActor(viewer), action: "sso.configured", entityType: "SsoConnection", entityId: connection.id, after: { ...shown, domains: input.domains, secretChanged: input.clientSecret !== null } }, tx);
  });
}

import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { emailDomain } from "@/lib/validation/sso";

export type SsoRefusal = "unverified" | "domain" | "unknown" | "deactivated";
export type SsoUserOutcome = { ok: true; user: { id: string; email: string; name: string; organizationId: string; role: Role; sessionVersion: number } } | { ok: false; reason: SsoRefusal };

/**
 * After the organization's provider vouched for someone: the user they are, matched by verified email
 * within that organization and its allowed domains. Unknown people become REPs only where the
 * organization allows it; a deactivated user is refused. Every outcome is audited.
 */
export async function resolveSsoUser(organizationId: string, claims: { email?: unknown; email_verified?: unknown; name?: unknown }): Promise<SsoUserOutcome> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoUserOutcome> => {
    await recordAudit({ organizationId, actorId: null, action: "auth.sso_refused", entityType: "User", entityId: userId, after: { email, reason } });
    return { ok: false, reason };
  };
  if (!email || claims.email_verified !== true) return refuse("unverified");
  const connection = await db.ssoConnection.findUnique({ where: { organizationId }, select: { createUnknownUsers: true, domains: { where: { domain: emailDomain(email) }, select: { domain: true } } } });
  if (!connection || connection.domains.length === 0) return refuse("domain");
  const select = { id: true, email: true, name: true, organizationId: true, role: true, sessionVersion: true, active: true } as const;
  let user = await db.user.findFirst({ where: { email, organizationId }, select });
  if (user && !user.active) return refuse("deactivated", user.id);
  if (!user) {
    if (!connection.createUnknownUsers) return refuse("unknown");
    const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : email.slice(0, email.indexOf("@"));
    try {
      user = await db.user.create({ data: { organizationId, email, name, role: "REP" }, select });
    } catch (error) {
      // The email belongs to a user of another organization.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuse("unknown");
      throw error;
    }
    await recordAudit({ organizationId, actorId: null, action: "user.created_by_sso", entityType: "User", entityId: user.id, after: { email, name, role: "REP" } });
  }
  await recordAudit({ organizationId, actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, after: { method: "sso" } });
  const { active: _active, ...signedIn } = user;
  return { ok: true, user: signedIn };
}

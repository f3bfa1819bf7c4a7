import "server-only";
import { db } from "@/lib/db";
import { decoyPasswordHash, verifyPassword } from "@/lib/security/password";
import { clearCounter, hitCounter, peekCounter } from "@/lib/server/runtime/rate-limit";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Role } from "@/lib/generated/prisma/enums";

// Lockout after repeated failures, per account and per client address (ASVS 6.3.1).
export const SIGN_IN_LIMITS = {
  accountFailures: 5,
  ipFailures: 20,
  windowSeconds: 15 * 60,
} as const;

export type SignInOutcome =
  | { status: "ok"; user: { id: string; email: string; name: string; organizationId: string; role: Role; sessionVersion: number } }
  | { status: "invalid" }
  | { status: "locked"; retryAfterSeconds: number };

const accountKey = (email: string) => `signin-account:${email}`;
const ipKey = (ip: string) => `signin-ip:${ip}`;

export async function verifyCredentials(input: { email: string; password: string; ip: string }): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const [account, address] = await Promise.all([peekCounter(accountKey(email)), peekCounter(ipKey(input.ip))]);
  const locked = [account && account.points >= SIGN_IN_LIMITS.accountFailures ? account : null, address && address.points >= SIGN_IN_LIMITS.ipFailures ? address : null].find(Boolean);
  if (locked) return { status: "locked", retryAfterSeconds: Math.max(1, Math.ceil((locked.resetAt.getTime() - Date.now()) / 1000)) };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      organizationId: true,
      role: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
      organization: { select: { ssoConnection: { select: { ssoOnly: true, breakGlassAdminId: true } } } },
    },
  });
  // "SSO only": a password signs nobody in but the break-glass administrator (same answer as a wrong password).
  const sso = user?.organization.ssoConnection;
  const passwordsOff = Boolean(sso?.ssoOnly && sso.breakGlassAdminId !== user?.id);
  // Same work and the same answer for an unknown account, a deactivated one and a wrong password.
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !user.active || !user.passwordHash || !passwordMatches || passwordsOff) {
    const [failures] = await Promise.all([hitCounter(accountKey(email), SIGN_IN_LIMITS.windowSeconds), hitCounter(ipKey(input.ip), SIGN_IN_LIMITS.windowSeconds)]);
    if (user) {
      await recordAudit({ organizationId: user.organizationId, actorId: null, action: "auth.sign_in_failed", entityType: "User", entityId: user.id, after: { ip: input.ip, failures: failures.points } });
    }
    if (failures.points >= SIGN_IN_LIMITS.accountFailures) return { status: "locked", retryAfterSeconds: SIGN_IN_LIMITS.windowSeconds };
    return { status: "invalid" };
  }
  await clearCounter(accountKey(email));
  await recordAudit({ organizationId: user.organizationId, actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, after: { ip: input.ip } });
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name, organizationId: user.organizationId, role: user.role, sessionVersion: user.sessionVersion } };
}

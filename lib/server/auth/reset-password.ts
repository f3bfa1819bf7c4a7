import "server-only";
import { db } from "@/lib/db";
import { hashOneTimeToken } from "@/lib/security/one-time-token";
import { hashPassword } from "@/lib/security/password";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { clearCounter } from "@/lib/server/runtime/rate-limit";

/** Public (the link is the credential): whether a reset link can still be used. */
export async function findPasswordReset(token: string): Promise<{ email: string } | null> {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: { usedAt: true, expiresAt: true, user: { select: { email: true, active: true } } } });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || !reset.user.active) return null;
  return { email: reset.user.email };
}

/**
 * Public: sets a new password from a single-use link and ends every session of the user (the
 * session version moves on). Null for an unknown, used or expired link.
 */
export async function resetPassword(input: { token: string; password: string }): Promise<{ email: string } | null> {
  const tokenHash = hashOneTimeToken(input.token);
  const passwordHash = await hashPassword(input.password);
  const outcome = await db.$transaction(async (tx) => {
    const now = new Date();
    const used = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } }, data: { usedAt: now } });
    if (!used.count) return null;
    const reset = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, user: { select: { id: true, email: true, organizationId: true } } } });
    await tx.user.update({ where: { id: reset.user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordReset.updateMany({ where: { userId: reset.user.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit({ organizationId: reset.user.organizationId, actorId: reset.user.id, action: "auth.password_reset", entityType: "User", entityId: reset.user.id, after: { sessionsEnded: true } }, tx);
    return { email: reset.user.email };
  });
  // The owner proved control of the address: an account locked by someone guessing is open again.
  if (outcome) await clearCounter(`signin-account:${outcome.email}`);
  return outcome;
}

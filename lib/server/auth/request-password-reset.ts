import "server-only";
import { db } from "@/lib/db";
import { enqueueEmails } from "@/lib/jobs/enqueue-email";
import { generateOneTimeToken } from "@/lib/security/one-time-token";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { PASSWORD_RESET_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { hitCounter, secondsUntil } from "@/lib/server/runtime/rate-limit";

// Per address and per client, counted whether or not the account exists (so the limit itself
// tells nothing about an address).
export const PASSWORD_RESET_LIMITS = { perAddress: 3, perClient: 10, windowSeconds: 60 * 60 } as const;

export type PasswordResetRequestOutcome = { status: "accepted" } | { status: "limited"; retryAfterSeconds: number };

/**
 * Public: "forgot password". The same outcome for an unknown, deactivated or existing address;
 * for an existing active one a reset row and its send-email job commit together.
 */
export async function requestPasswordReset(input: { email: string; ip: string }): Promise<PasswordResetRequestOutcome> {
  const email = input.email.trim().toLowerCase();
  const [address, client] = await Promise.all([
    hitCounter(`reset-address:${email}`, PASSWORD_RESET_LIMITS.windowSeconds),
    hitCounter(`reset-ip:${input.ip}`, PASSWORD_RESET_LIMITS.windowSeconds),
  ]);
  const over = [address.points > PASSWORD_RESET_LIMITS.perAddress ? address : null, client.points > PASSWORD_RESET_LIMITS.perClient ? client : null].find(Boolean);
  if (over) return { status: "limited", retryAfterSeconds: secondsUntil(over.resetAt) };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, organizationId: true, active: true } });
  if (!user?.active) return { status: "accepted" };
  await db.$transaction(async (tx) => {
    const now = new Date();
    // Only the newest link works: earlier unused ones are spent.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    const reset = await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: generateOneTimeToken().tokenHash, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) },
      select: { id: true },
    });
    await recordAudit({ organizationId: user.organizationId, actorId: null, action: "auth.password_reset_requested", entityType: "User", entityId: user.id, after: { ip: input.ip } }, tx);
    await enqueueEmails(tx, [{ kind: "password-reset", passwordResetId: reset.id, organizationId: user.organizationId }]);
  });
  return { status: "accepted" };
}

import "server-only";
import { db } from "@/lib/db";
import type { SendEmailJobData } from "@/lib/jobs/queues";
import { invitationMessage, passwordResetMessage } from "@/lib/mail/messages";
import { generateOneTimeToken } from "@/lib/security/one-time-token";
import { INVITATION_TTL_DAYS, PASSWORD_RESET_TTL_MINUTES, PASSWORD_RESET_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { mintInvitationLink } from "@/lib/server/invitations/mint-invitation-link";
import { passwordResetLink } from "@/lib/mail/links";
import { logger } from "@/lib/server/runtime/logger";
import { emailMode, sendMail, type EmailMode } from "@/lib/server/mail/send-mail";
import { sendReminderEmail } from "@/lib/server/reminders/send-reminder-email";

export type SendEmailOutcome = { status: "sent"; delivered: EmailMode } | { status: "skipped"; reason: string };

// The token is minted here, at sending time, and lives only in the message: a retry mints a new
// one (the previous link, never delivered or superseded, stops working).
async function sendInvitation(invitationId: string): Promise<SendEmailOutcome> {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: {
      acceptedAt: true,
      revokedAt: true,
      user: { select: { email: true, name: true, active: true } },
      organization: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || !invitation.user.active) return { status: "skipped", reason: "invitation is no longer pending" };
  const minted = await mintInvitationLink(db, invitationId);
  if (!minted) return { status: "skipped", reason: "invitation is no longer pending" };
  const message = invitationMessage({
    to: invitation.user.email,
    name: invitation.user.name,
    organizationName: invitation.organization.name,
    invitedByName: invitation.invitedBy?.name ?? null,
    link: minted.link,
    expiresInDays: INVITATION_TTL_DAYS,
  });
  const { delivered } = await sendMail(message, minted.link);
  await db.invitation.update({ where: { id: invitationId }, data: { sentAt: new Date() } });
  return { status: "sent", delivered };
}

async function sendPasswordReset(passwordResetId: string): Promise<SendEmailOutcome> {
  const reset = await db.passwordReset.findUnique({
    where: { id: passwordResetId },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, name: true, active: true, organization: { select: { name: true } } } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || !reset.user.active) return { status: "skipped", reason: "reset is no longer usable" };
  const { token, tokenHash } = generateOneTimeToken();
  const updated = await db.passwordReset.updateMany({ where: { id: passwordResetId, usedAt: null }, data: { tokenHash, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) } });
  if (!updated.count) return { status: "skipped", reason: "reset is no longer usable" };
  const link = passwordResetLink(token);
  const message = passwordResetMessage({ to: reset.user.email, name: reset.user.name, organizationName: reset.user.organization.name, link, expiresInMinutes: PASSWORD_RESET_TTL_MINUTES });
  const { delivered } = await sendMail(message, link);
  return { status: "sent", delivered };
}

export async function runSendEmailJob(data: SendEmailJobData): Promise<SendEmailOutcome> {
  // Email off (production without SMTP_URL): mint nothing, so a link an administrator copied keeps working.
  if (emailMode() === "off") {
    logger.warn("email is off (no SMTP_URL): nothing sent; an administrator can copy invitation links in Settings → Users", { kind: data.kind });
    return { status: "skipped", reason: "email is off" };
  }
  switch (data.kind) {
    case "invitation":
      return sendInvitation(data.invitationId);
    case "password-reset":
      return sendPasswordReset(data.passwordResetId);
    case "reminder":
      return sendReminderEmail(data.reminderId);
  }
}

import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env, isProduction } from "@/lib/env";
import type { MailMessage } from "@/lib/mail/messages";
import { logger } from "@/lib/server/runtime/logger";

/** smtp: sent through SMTP_URL; outbox: development without SMTP_URL (/dev/outbox); off: production without SMTP_URL. */
export type EmailMode = "smtp" | "outbox" | "off";

export function emailMode(): EmailMode {
  if (env.SMTP_URL) return "smtp";
  return isProduction ? "off" : "outbox";
}

const globalForMail = globalThis as unknown as { coachboardMailer?: Transporter };

function transporter(url: string): Transporter {
  // Short timeouts: a slow server fails the job attempt (retried later), never a request.
  if (!globalForMail.coachboardMailer) {
    const smtp = new URL(url);
    smtp.searchParams.set("connectionTimeout", "10000");
    smtp.searchParams.set("greetingTimeout", "10000");
    smtp.searchParams.set("socketTimeout", "20000");
    globalForMail.coachboardMailer = nodemailer.createTransport(smtp.toString());
  }
  return globalForMail.coachboardMailer;
}

/**
 * Delivers one message. Called only from the send-email job, never inside a request; an SMTP
 * failure throws so pg-boss retries the job. `link` is what the console shows in development.
 */
export async function sendMail(message: MailMessage, link: string): Promise<{ delivered: EmailMode }> {
  const mode = emailMode();
  if (mode === "smtp" && env.SMTP_URL) {
    const info = await transporter(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
    logger.info("email sent", { to: message.to, subject: message.subject, messageId: info.messageId });
  } else if (mode === "outbox") {
    await db.devOutboxMessage.create({ data: { to: message.to, subject: message.subject, text: message.text, html: message.html } });
    logger.info("email kept in the development outbox (no SMTP_URL): see /dev/outbox", { to: message.to, subject: message.subject, link });
  } else {
    logger.warn("email is off (no SMTP_URL): message not sent; an administrator can copy the invitation link in Settings → Users", { to: message.to, subject: message.subject });
  }
  return { delivered: mode };
}

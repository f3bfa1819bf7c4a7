import { env } from "@/lib/env";

export function invitationLink(token: string): string {
  return new URL(`/invitation?token=${encodeURIComponent(token)}`, env.APP_URL).toString();
}

export function passwordResetLink(token: string): string {
  return new URL(`/reset-password?token=${encodeURIComponent(token)}`, env.APP_URL).toString();
}

/** An absolute link to a page of the app (a reminder's target, the preferences page). */
export function appLink(path: string): string {
  return new URL(path, env.APP_URL).toString();
}

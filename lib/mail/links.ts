import { env } from "@/lib/env";

export function invitationLink(token: string): string {
  return new URL(`/invitation?token=${encodeURIComponent(token)}`, env.APP_URL).toString();
}

export function passwordResetLink(token: string): string {
  return new URL(`/reset-password?token=${encodeURIComponent(token)}`, env.APP_URL).toString();
}

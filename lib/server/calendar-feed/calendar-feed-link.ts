import "server-only";
import { appLink } from "@/lib/mail/links";

/** The feed's URL; the token is its only secret (only its SHA-256 is stored). */
export function calendarFeedLink(token: string): string {
  return appLink(`/api/calendar/${token}.ics`);
}

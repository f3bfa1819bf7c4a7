import "server-only";
import { db } from "@/lib/db";
import { oneOnOneCalendar } from "@/lib/calendar/one-on-one-ics";
import { hashOneTimeToken } from "@/lib/security/one-time-token";
import { calendarMeetingsOf } from "@/lib/server/calendar-feed/calendar-meetings";
import { RateLimitedError } from "@/lib/server/http/errors";
import { hitCounter, secondsUntil } from "@/lib/server/runtime/rate-limit";

// Calendar apps poll a feed every few minutes to hours, many people's feeds from the same servers
// (Google, Microsoft): so the limit is per feed, and per address only for unknown tokens (guessing).
export const CALENDAR_FEED_LIMITS = { perFeed: 60, unknownPerAddress: 20, windowSeconds: 600 } as const;
const LAST_USED_RESOLUTION_MS = 60_000;

/** The feed of a live token as iCalendar text, or null (unknown or revoked: the route answers 404). */
export async function readCalendarFeed(token: string, ip: string): Promise<string | null> {
  const tokenHash = hashOneTimeToken(token);
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, active: true, organizationId: true, organization: { select: { name: true, timeZone: true } } } },
    },
  });
  if (!feed || feed.revokedAt || !feed.user.active) {
    const misses = await hitCounter(`calendar-feed-miss:${ip}`, CALENDAR_FEED_LIMITS.windowSeconds);
    if (misses.points > CALENDAR_FEED_LIMITS.unknownPerAddress)
      throw new RateLimitedError("Too many unknown calendar links from this address", secondsUntil(misses.resetAt));
    return null;
  }
  const usage = await hitCounter(`calendar-feed:${feed.id}`, CALENDAR_FEED_LIMITS.windowSeconds);
  if (usage.points > CALENDAR_FEED_LIMITS.perFeed)
    throw new RateLimitedError("This calendar feed was read too often; try again later", secondsUntil(usage.resetAt));
  if (!feed.lastUsedAt || Date.now() - feed.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await db.calendarFeed.update({ where: { id: feed.id }, data: { lastUsedAt: new Date() } });
  const { user } = feed;
  const meetings = await calendarMeetingsOf(user);
  return oneOnOneCalendar({ name: `One-on-ones · ${user.name} · ${user.organization.name}`, timeZone: user.organization.timeZone, meetings });
}

import { readCalendarFeed } from "@/lib/server/calendar-feed/read-calendar-feed";
import { clientIp } from "@/lib/server/runtime/client-ip";
import { RateLimitedError } from "@/lib/server/http/errors";

// A personal calendar feed (GET /api/calendar/<token>.ics): the secret token is the only
// credential, so calendar apps can subscribe without a session. Unknown or revoked → 404.
export const dynamic = "force-dynamic";

const TOKEN_PATH = /^([A-Za-z0-9_-]{20,128})\.ics$/;
const text = (body: string, status: number, extra: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra } });

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token: segment } = await params;
  const token = TOKEN_PATH.exec(segment)?.[1];
  const ip = await clientIp();
  try {
    const ics = token ? await readCalendarFeed(token, ip) : null;
    if (!ics) return text("Not found", 404);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": 'inline; filename="one-on-ones.ics"',
      },
    });
  } catch (error) {
    if (error instanceof RateLimitedError) return text(error.message, 429, { "Retry-After": String(error.retryAfterSeconds) });
    throw error;
  }
}

import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every app instance sees the same counts. One atomic
// statement per hit; plain (unnamed) statements so it also works through PgBouncer in
// transaction mode (rate-limiter-flexible's PostgreSQL store uses named statements).
export interface RateLimitState {
  points: number;
  resetAt: Date;
}

export async function hitCounter(key: string, windowSeconds: number): Promise<RateLimitState> {
  const rows = await db.$queryRaw<{ points: number; expiresAt: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "points", "expiresAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimitCounter"."expiresAt" <= now() THEN 1 ELSE "RateLimitCounter"."points" + 1 END,
      "expiresAt" = CASE WHEN "RateLimitCounter"."expiresAt" <= now() THEN now() + make_interval(secs => ${windowSeconds}) ELSE "RateLimitCounter"."expiresAt" END
    RETURNING "points", "expiresAt"`;
  const row = rows[0];
  if (!row) throw new Error(`rate limit counter ${key} returned no row`);
  return { points: Number(row.points), resetAt: row.expiresAt };
}

export async function peekCounter(key: string): Promise<RateLimitState | null> {
  const rows = await db.$queryRaw<{ points: number; expiresAt: Date }[]>`
    SELECT "points", "expiresAt" FROM "RateLimitCounter" WHERE "key" = ${key} AND "expiresAt" > now()`;
  const row = rows[0];
  return row ? { points: Number(row.points), resetAt: row.expiresAt } : null;
}

export async function clearCounter(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "key" = ${key}`;
}

/** Deletes counters whose window ended (a key that is hit again simply starts a new row). */
export async function sweepExpiredCounters(): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "expiresAt" <= now()`;
}

export function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}

import "server-only";
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";
import { NotFoundError } from "@/lib/server/http/errors";

/** Development only: the newest messages the app would have emailed. Production: not found. */
export async function listDevOutbox(limit = 50) {
  if (isProduction) throw new NotFoundError("Page");
  return db.devOutboxMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: { id: true, to: true, subject: true, text: true, createdAt: true } });
}

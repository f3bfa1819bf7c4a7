import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/server/http/errors";

/** For pages: an operation's NotFoundError becomes Next's 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

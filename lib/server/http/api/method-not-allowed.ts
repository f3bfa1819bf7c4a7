import "server-only";
import { apiError } from "@/lib/server/http/api/api-error-response";

type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The handler a route exports for the methods it does not support: 405 in the error envelope with an
 * `Allow` header (without it Next.js answers an empty 405). HEAD and OPTIONS come with GET from Next.js.
 */
export function methodNotAllowed(supported: readonly RouteMethod[]) {
  const allow = [...supported, ...(supported.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  return (request: Request): Response =>
    apiError(405, "method_not_allowed", `${request.method} is not supported here; use ${supported.join(" or ")}`, null, { Allow: allow });
}

/** Unknown /api/v1 paths: the JSON envelope instead of Next.js's HTML page. */
export function unknownApiPath(): Response {
  return apiError(404, "not_found", "No such API path; see /api/v1/openapi.json");
}

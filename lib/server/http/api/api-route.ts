import "server-only";
import type { z } from "zod";
import { resolveApiToken } from "@/lib/server/api-tokens/resolve-api-token";
import { apiError, describeZodError, errorToResponse } from "@/lib/server/http/api/api-error-response";
import { readBodyText, readJsonBody } from "@/lib/server/http/api/read-body";
import { RateLimitedError } from "@/lib/server/http/errors";
import { hitCounter, secondsUntil } from "@/lib/server/runtime/rate-limit";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Every /api/v1 route goes through here: token → rate limit → size limit → zod → handler →
// the error format of PRODUCT.md. Routes only wire a scoped lib/server operation into it.
export const API_RATE_LIMIT = { requests: 1200, windowSeconds: 60 } as const;
export const DEFAULT_MAX_BYTES = 1024 * 1024;

interface RouteSchemas<TBody extends z.ZodType, TQuery extends z.ZodType, TParams extends z.ZodType> {
  body?: TBody;
  query?: TQuery;
  params?: TParams;
  /** "json" (default) parses and validates the body; "text" hands the raw text (CSV) to the handler. */
  bodyKind?: "json" | "text";
  maxBytes?: number;
}

export interface ApiContext<TBody, TQuery, TParams> {
  viewer: Viewer;
  body: TBody;
  query: TQuery;
  params: TParams;
  rawBody: string;
  request: Request;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function apiRoute<TBody extends z.ZodType = z.ZodUndefined, TQuery extends z.ZodType = z.ZodUndefined, TParams extends z.ZodType = z.ZodUndefined>(
  schemas: RouteSchemas<TBody, TQuery, TParams>,
  handler: (context: ApiContext<z.infer<TBody>, z.infer<TQuery>, z.infer<TParams>>) => Promise<unknown>,
) {
  return async (request: Request, routeContext: RouteContext): Promise<Response> => {
    const url = new URL(request.url);
    const log = { method: request.method, path: url.pathname };
    try {
      const header = request.headers.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) return apiError(401, "unauthenticated", "Send an organization API token as 'Authorization: Bearer <token>'", null, { "WWW-Authenticate": "Bearer" });
      const viewer = await resolveApiToken(match[1]);
      if (!viewer) return apiError(401, "unauthenticated", "The API token is unknown or revoked", null, { "WWW-Authenticate": "Bearer" });

      const usage = await hitCounter(`api-token:${viewer.tokenId}`, API_RATE_LIMIT.windowSeconds);
      if (usage.points > API_RATE_LIMIT.requests) throw new RateLimitedError(`More than ${API_RATE_LIMIT.requests} requests a minute for this token`, secondsUntil(usage.resetAt));

      const params = schemas.params ? schemas.params.safeParse(await routeContext.params) : null;
      if (params && !params.success) return apiError(404, "not_found", "Not found");
      const query = schemas.query ? schemas.query.safeParse(Object.fromEntries(url.searchParams)) : null;
      if (query && !query.success) {
        const { message, details } = describeZodError(query.error, "(query)");
        return apiError(400, "invalid_query", message, details);
      }
      let rawBody = "";
      let body: unknown = undefined;
      if (schemas.bodyKind === "text") {
        rawBody = await readBodyText(request, schemas.maxBytes ?? DEFAULT_MAX_BYTES);
      } else if (schemas.body) {
        const json = await readJsonBody(request, schemas.maxBytes ?? DEFAULT_MAX_BYTES);
        const parsed = schemas.body.safeParse(json);
        if (!parsed.success) {
          const { message, details } = describeZodError(parsed.error);
          return apiError(400, "invalid_input", message, details);
        }
        body = parsed.data;
      }
      const result = await handler({
        viewer,
        body: body as z.infer<TBody>,
        query: (query?.data ?? undefined) as z.infer<TQuery>,
        params: (params?.data ?? undefined) as z.infer<TParams>,
        rawBody,
        request,
      });
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorToResponse(error, log);
    }
  };
}

export function created(body: unknown): Response {
  return Response.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
}

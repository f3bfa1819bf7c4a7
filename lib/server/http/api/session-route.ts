import "server-only";
import { can, type ViewerPermission } from "@/lib/access/policy";
import { apiError, errorToResponse } from "@/lib/server/http/api/api-error-response";
import { getViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

// Route handlers of the signed-in app (not /api/v1): session → permission (a viewer that may not use the
// screen gets the same 404 as the page) → same-origin check for writes → handler → the API error format.
export function sessionRoute(permission: ViewerPermission, handler: (context: { viewer: Viewer; request: Request; url: URL }) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    try {
      const viewer = await getViewer();
      if (!viewer) return apiError(401, "unauthenticated", "Sign in to continue");
      if (!can(viewer, permission)) return apiError(404, "not_found", "Not found");
      // Session cookies ride along on cross-site requests: a write must come from this origin.
      const origin = request.headers.get("origin");
      if (request.method !== "GET" && request.method !== "HEAD" && origin !== null && origin !== url.origin && origin !== forwardedOrigin(request)) {
        return apiError(403, "forbidden", "Cross-site requests are not allowed");
      }
      return await handler({ viewer, request, url });
    } catch (error) {
      return errorToResponse(error, { method: request.method, path: url.pathname });
    }
  };
}

/** The public origin behind a reverse proxy, which is what the browser sends as Origin. */
function forwardedOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const protocol = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${protocol.split(",")[0]?.trim()}://${host.split(",")[0]?.trim()}`;
}

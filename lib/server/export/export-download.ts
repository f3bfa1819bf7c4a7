import "server-only";
import { exportBaseName, exportToCsvZip, exportToJson } from "@/lib/export/organization-files";
import { ExpectedError, ForbiddenError } from "@/lib/server/http/errors";
import { exportOrganizationData } from "@/lib/server/export/export-organization-data";
import { logger } from "@/lib/server/runtime/logger";
import { getViewer } from "@/lib/server/viewer/get-viewer";

/**
 * The GET handler of an export download, for the signed-in session (not API tokens): signed out →
 * /login; not an ADMIN → 404 like the settings pages; otherwise the file, never cached.
 */
export function exportDownload(format: "json" | "csv") {
  return async (request: Request): Promise<Response> => {
    const viewer = await getViewer();
    if (!viewer) return Response.redirect(new URL("/login", request.url), 303);
    try {
      const data = await exportOrganizationData(viewer, format);
      const name = exportBaseName(data);
      const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
      if (format === "json") {
        return new Response(exportToJson(data), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.json"` } });
      }
      return new Response(Buffer.from(exportToCsvZip(data)), { headers: { ...headers, "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${name}-csv.zip"` } });
    } catch (error) {
      if (error instanceof ForbiddenError) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      if (error instanceof ExpectedError) return new Response(error.message, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
      logger.error("export failed", { format, error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
      return new Response("The export failed on our side; it has been logged.", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  };
}

import { apiRoute } from "@/lib/server/http/api/api-route";
import { InvalidInputError } from "@/lib/server/http/errors";
import { runActivityImport } from "@/lib/server/import/run-activity-import";
import { activityImportQuerySchema, isCsvContentType, MAX_IMPORT_BYTES } from "@/lib/validation/activity-import";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const POST = apiRoute({ query: activityImportQuerySchema, bodyKind: "text", maxBytes: MAX_IMPORT_BYTES }, async ({ viewer, query, rawBody, request }) => {
  if (!isCsvContentType(request.headers.get("content-type"))) throw new InvalidInputError("Content-Type must be text/csv");
  const choice = query.preset ? { preset: query.preset } : query.mapping ? { savedName: query.mapping } : { guess: true as const };
  return runActivityImport(viewer, { csv: rawBody, choice });
});

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

import { apiRoute } from "@/lib/server/http/api/api-route";
import { runDealImport } from "@/lib/server/deals/run-deal-import";
import { InvalidInputError } from "@/lib/server/http/errors";
import { isCsvContentType } from "@/lib/validation/activity-import";
import { dealImportQuerySchema, MAX_DEAL_IMPORT_BYTES } from "@/lib/validation/deals";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const POST = apiRoute({ query: dealImportQuerySchema, bodyKind: "text", maxBytes: MAX_DEAL_IMPORT_BYTES }, async ({ viewer, query, rawBody, request }) => {
  if (!isCsvContentType(request.headers.get("content-type"))) throw new InvalidInputError("Content-Type must be text/csv");
  const choice = query.preset ? { preset: query.preset } : query.mapping ? { savedName: query.mapping } : { guess: true as const };
  return runDealImport(viewer, { csv: rawBody, choice });
});

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

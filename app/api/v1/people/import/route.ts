import { apiRoute } from "@/lib/server/http/api/api-route";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";
import { InvalidInputError } from "@/lib/server/http/errors";
import { importPeople } from "@/lib/server/people-import/import-people";
import { isCsvContentType } from "@/lib/validation/activity-import";
import { MAX_PEOPLE_IMPORT_BYTES, peopleImportQuerySchema } from "@/lib/validation/people-import";

export const POST = apiRoute({ query: peopleImportQuerySchema, bodyKind: "text", maxBytes: MAX_PEOPLE_IMPORT_BYTES }, async ({ viewer, query, rawBody, request }) => {
  if (!isCsvContentType(request.headers.get("content-type"))) throw new InvalidInputError("Content-Type must be text/csv");
  const { fingerprint: _fingerprint, ...outcome } = await importPeople(viewer, { csv: rawBody, dryRun: query.dryRun, sendInvitations: query.sendInvitations });
  return outcome;
});

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

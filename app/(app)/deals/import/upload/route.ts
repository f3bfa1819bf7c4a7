import { readUploadedText } from "@/lib/server/http/api/read-upload";
import { sessionRoute } from "@/lib/server/http/api/session-route";
import { createDealUpload } from "@/lib/server/deals/create-deal-upload";
import { InvalidInputError } from "@/lib/server/http/errors";
import { isCsvContentType } from "@/lib/validation/activity-import";
import { MAX_DEAL_IMPORT_BYTES } from "@/lib/validation/deals";

/** The upload step: the file is the whole request body, so the browser can show upload progress. */
export const POST = sessionRoute("deal.import", async ({ viewer, request, url }) => {
  if (!isCsvContentType(request.headers.get("content-type"))) throw new InvalidInputError("Content-Type must be text/csv");
  const csv = await readUploadedText(request, MAX_DEAL_IMPORT_BYTES);
  const upload = await createDealUpload(viewer, { fileName: url.searchParams.get("name") ?? "deals.csv", csv });
  return Response.json(upload, { status: 201, headers: { "Cache-Control": "no-store" } });
});

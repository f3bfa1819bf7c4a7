import { readUploadedText } from "@/lib/server/http/api/read-upload";
import { sessionRoute } from "@/lib/server/http/api/session-route";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { createImportUpload } from "@/lib/server/import/create-import-upload";
import { getImportJob } from "@/lib/server/import/get-import-job";
import { isCsvContentType, MAX_IMPORT_BYTES } from "@/lib/validation/activity-import";
import { idSchema } from "@/lib/validation/common";

const NO_STORE = { "Cache-Control": "no-store" };

/** The upload step: the file is the whole request body, so the browser can show upload progress. */
export const POST = sessionRoute("activity.import", async ({ viewer, request, url }) => {
  if (!isCsvContentType(request.headers.get("content-type"))) throw new InvalidInputError("Content-Type must be text/csv");
  const csv = await readUploadedText(request, MAX_IMPORT_BYTES);
  const upload = await createImportUpload(viewer, { fileName: url.searchParams.get("name") ?? "upload.csv", csv });
  return Response.json(upload, { status: 201, headers: NO_STORE });
});

/** `?job=<id>`: the import's state and write progress, for the progress bar. */
export const GET = sessionRoute("activity.import", async ({ viewer, url }) => {
  const jobId = idSchema.safeParse(url.searchParams.get("job"));
  if (!jobId.success) throw new NotFoundError("Import");
  return Response.json(await getImportJob(viewer, jobId.data), { headers: NO_STORE });
});

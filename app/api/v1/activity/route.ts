import { apiRoute } from "@/lib/server/http/api/api-route";
import { recordActivityBatch } from "@/lib/server/activity/record-activity-batch";
import { activityBatchSchema } from "@/lib/validation/api";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const POST = apiRoute({ body: activityBatchSchema, maxBytes: 8 * 1024 * 1024 }, ({ viewer, body }) => recordActivityBatch(viewer, body));

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

import { apiRoute } from "@/lib/server/api/api-route";
import { recordActivityBatch } from "@/lib/server/activity/record-activity-batch";
import { activityBatchSchema } from "@/lib/validation/api";

export const POST = apiRoute({ body: activityBatchSchema, maxBytes: 8 * 1024 * 1024 }, ({ viewer, body }) => recordActivityBatch(viewer, body));

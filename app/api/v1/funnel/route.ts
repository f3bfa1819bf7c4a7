import { apiRoute } from "@/lib/server/api/api-route";
import { describeFunnel } from "@/lib/server/funnel/describe-funnel";

export const GET = apiRoute({}, ({ viewer }) => describeFunnel(viewer));

import { apiRoute } from "@/lib/server/http/api/api-route";
import { describeFunnel } from "@/lib/server/funnel/describe-funnel";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({}, ({ viewer }) => describeFunnel(viewer));

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

import { methodNotAllowed } from "@/lib/server/api/method-not-allowed";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

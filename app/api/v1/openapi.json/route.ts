import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";
import { buildOpenApiDocument } from "@/lib/server/http/api/openapi";

// Built once per process: the document depends only on the code. (Not `force-static`: the route
// also answers other methods with a 405 in the error envelope.)
let document: ReturnType<typeof buildOpenApiDocument> | null = null;

export function GET() {
  document ??= buildOpenApiDocument();
  return Response.json(document);
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

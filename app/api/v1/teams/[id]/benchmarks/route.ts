import { apiRoute } from "@/lib/server/http/api/api-route";
import { getTeamBenchmarks } from "@/lib/server/benchmarks/get-team-benchmarks";
import { setTeamBenchmarks } from "@/lib/server/benchmarks/set-team-benchmarks";
import { putBenchmarksSchema, teamIdParamsSchema } from "@/lib/validation/api";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({ params: teamIdParamsSchema }, ({ viewer, params }) => getTeamBenchmarks(viewer, params.id));

export const PUT = apiRoute({ params: teamIdParamsSchema, body: putBenchmarksSchema }, async ({ viewer, params, body }) => {
  await setTeamBenchmarks(viewer, params.id, body);
  return getTeamBenchmarks(viewer, params.id);
});

const notAllowed = methodNotAllowed(["GET", "PUT"]);
export { notAllowed as POST, notAllowed as PATCH, notAllowed as DELETE };

import { apiRoute, created } from "@/lib/server/http/api/api-route";
import { createTeam } from "@/lib/server/teams/create-team";
import { listTeamsForApi } from "@/lib/server/teams/list-teams-for-api";
import { createTeamSchema } from "@/lib/validation/api";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({}, async ({ viewer }) => ({ teams: await listTeamsForApi(viewer) }));

export const POST = apiRoute({ body: createTeamSchema }, async ({ viewer, body }) => created(await createTeam(viewer, body)));

const notAllowed = methodNotAllowed(["GET", "POST"]);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

import { apiRoute, created } from "@/lib/server/api/api-route";
import { createTeam } from "@/lib/server/teams/create-team";
import { listTeamsForApi } from "@/lib/server/teams/list-teams-for-api";
import { createTeamSchema } from "@/lib/validation/api";

export const GET = apiRoute({}, async ({ viewer }) => ({ teams: await listTeamsForApi(viewer) }));

export const POST = apiRoute({ body: createTeamSchema }, async ({ viewer, body }) => created(await createTeam(viewer, body)));

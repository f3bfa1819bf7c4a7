import { apiRoute, created } from "@/lib/server/http/api/api-route";
import { listUsersForApi } from "@/lib/server/users/list-users-for-api";
import { provisionUser } from "@/lib/server/users/provision-user";
import { provisionUserSchema } from "@/lib/validation/api";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({}, async ({ viewer }) => ({ users: await listUsersForApi(viewer) }));

// Idempotent on email: 201 when the user is new, 200 when it existed (and was brought up to date).
export const POST = apiRoute({ body: provisionUserSchema }, async ({ viewer, body }) => {
  const { user, created: isNew } = await provisionUser(viewer, body);
  return isNew ? created(user) : user;
});

const notAllowed = methodNotAllowed(["GET", "POST"]);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

import { apiRoute, created } from "@/lib/server/http/api/api-route";
import { inviteUser } from "@/lib/server/invitations/invite-user";
import { listPendingInvitations } from "@/lib/server/invitations/list-pending-invitations";
import { createInvitationSchema } from "@/lib/validation/api-invitations";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

type Pending = Awaited<ReturnType<typeof listPendingInvitations>>[number];

function toApi(invitation: Pending) {
  return {
    id: invitation.id,
    userId: invitation.userId,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    teamId: invitation.teamId,
    createdAt: invitation.createdAt.toISOString(),
    sentAt: invitation.sentAt?.toISOString() ?? null,
    expiresAt: invitation.expiresAt.toISOString(),
    expired: invitation.expired,
  };
}

export const GET = apiRoute({}, async ({ viewer }) => ({ invitations: (await listPendingInvitations(viewer)).map(toApi) }));

// 201 with the invitation; the email is queued (a send-email job), never sent in the request.
export const POST = apiRoute({ body: createInvitationSchema }, async ({ viewer, body }) => {
  const invitation = await inviteUser(viewer, { ...body, teamId: body.teamId ?? null });
  const pending = (await listPendingInvitations(viewer)).find((item) => item.id === invitation.id);
  if (!pending) throw new Error(`invitation ${invitation.id} is not pending after creation`);
  return created(toApi(pending));
});

const notAllowed = methodNotAllowed(["GET", "POST"]);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

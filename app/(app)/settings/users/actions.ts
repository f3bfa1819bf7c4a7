"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { copyInvitationLink } from "@/lib/server/invitations/copy-invitation-link";
import { inviteExistingUser } from "@/lib/server/invitations/invite-existing-user";
import { inviteUser } from "@/lib/server/invitations/invite-user";
import { resendInvitation } from "@/lib/server/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { addUser } from "@/lib/server/users/add-user";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { moveUserToTeam } from "@/lib/server/users/move-user-to-team";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { setUserEmail } from "@/lib/server/users/set-user-email";
import { invitationIdSchema, inviteUserSchema } from "@/lib/validation/invitations";
import { addUserSchema, changeUserRoleSchema, moveUserToTeamSchema, setUserActiveSchema, setUserEmailSchema, userIdSchema } from "@/lib/validation/users";

const ADMIN = { permission: "organization.admin" } as const;

function refresh() {
  revalidatePath("/settings/users");
  revalidatePath("/settings");
}

export const addUserAction = viewerAction(
  addUserSchema,
  async (viewer, input) => {
    const user = await addUser(viewer, input);
    refresh();
    return { name: user.name };
  },
  ADMIN,
);

export const changeUserRoleAction = viewerAction(
  changeUserRoleSchema,
  async (viewer, input) => {
    await changeUserRole(viewer, input);
    refresh();
  },
  ADMIN,
);

export const moveUserToTeamAction = viewerAction(
  moveUserToTeamSchema,
  async (viewer, input) => {
    await moveUserToTeam(viewer, input);
    refresh();
  },
  ADMIN,
);

/** Deactivate (signs them out at once, keeps their history) or reactivate, from one status control. */
export const setUserActiveAction = viewerAction(
  setUserActiveSchema,
  async (viewer, input) => {
    const active = input.active === "true";
    if (active) await reactivateUser(viewer, input);
    else await deactivateUser(viewer, input);
    refresh();
    return { active };
  },
  ADMIN,
);

/** A new user without a password; the email with the set-password link goes out from a job. */
export const inviteUserAction = viewerAction(
  inviteUserSchema,
  async (viewer, input) => {
    const invitation = await inviteUser(viewer, input);
    refresh();
    return { name: invitation.user.name, email: invitation.user.email };
  },
  ADMIN,
);

export const resendInvitationAction = viewerAction(
  invitationIdSchema,
  async (viewer, input) => {
    const invitation = await resendInvitation(viewer, input);
    refresh();
    return { email: invitation.email };
  },
  ADMIN,
);

export const revokeInvitationAction = viewerAction(
  invitationIdSchema,
  async (viewer, input) => {
    await revokeInvitation(viewer, input);
    refresh();
  },
  ADMIN,
);

/** Email off: the link to hand over another way, shown once (it replaces any earlier link). */
export const copyInvitationLinkAction = viewerAction(
  invitationIdSchema,
  async (viewer, input) => {
    const { link } = await copyInvitationLink(viewer, input);
    refresh();
    return { link };
  },
  ADMIN,
);

/** Someone without a password and no pending invitation (provisioned through the API, imported, revoked). */
export const inviteExistingUserAction = viewerAction(
  userIdSchema,
  async (viewer, input) => {
    const invitation = await inviteExistingUser(viewer, input);
    refresh();
    return { email: invitation.email };
  },
  ADMIN,
);

/** A person created without an email (from a CRM export's owner names) gets their real one. */
export const setUserEmailAction = viewerAction(
  setUserEmailSchema,
  async (viewer, input) => {
    const result = await setUserEmail(viewer, input);
    refresh();
    return result;
  },
  ADMIN,
);

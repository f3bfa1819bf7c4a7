"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/action";
import { addUser } from "@/lib/server/users/add-user";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { moveUserToTeam } from "@/lib/server/users/move-user-to-team";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { addUserSchema, changeUserRoleSchema, moveUserToTeamSchema, setUserActiveSchema } from "@/lib/validation/users";

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

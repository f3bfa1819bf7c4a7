"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { createTeam } from "@/lib/server/teams/create-team";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { setTeamManager } from "@/lib/server/teams/set-team-manager";
import { setTeamRegion } from "@/lib/server/teams/set-team-region";
import { createTeamFormSchema, renameTeamSchema, setTeamManagerSchema, setTeamRegionSchema } from "@/lib/validation/teams";

const ADMIN = { permission: "organization.admin" } as const;

function refresh() {
  revalidatePath("/settings/teams");
  revalidatePath("/settings/users");
}

export const createTeamAction = viewerAction(
  createTeamFormSchema,
  async (viewer, input) => {
    const team = await createTeam(viewer, input);
    refresh();
    return { name: team.name };
  },
  ADMIN,
);

export const renameTeamAction = viewerAction(
  renameTeamSchema,
  async (viewer, input) => {
    await renameTeam(viewer, input);
    refresh();
  },
  ADMIN,
);

export const setTeamManagerAction = viewerAction(
  setTeamManagerSchema,
  async (viewer, input) => {
    await setTeamManager(viewer, input);
    refresh();
  },
  ADMIN,
);

export const setTeamRegionAction = viewerAction(
  setTeamRegionSchema,
  async (viewer, input) => {
    const outcome = await setTeamRegion(viewer, input);
    refresh();
    revalidatePath("/org");
    return { region: outcome.region };
  },
  ADMIN,
);

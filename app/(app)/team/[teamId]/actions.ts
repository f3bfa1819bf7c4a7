"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { setCoachingCapacity } from "@/lib/server/coaching-time/set-coaching-capacity";
import { setCoachingCapacitySchema } from "@/lib/validation/coaching-time";

export const setCoachingCapacityAction = viewerAction(
  setCoachingCapacitySchema,
  async (viewer, input) => {
    await setCoachingCapacity(viewer, input.capacityMinutes);
    revalidatePath("/team", "layout");
  },
  { permission: "coachingTime.setCapacity" },
);

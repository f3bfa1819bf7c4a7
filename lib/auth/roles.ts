import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_LABEL: Record<Role, string> = {
  REP: "Sales rep",
  MANAGER: "Sales manager",
  VP: "VP of Sales",
  ADMIN: "Administrator",
};

export const roleLabel = (person: { role: Role }) => ROLE_LABEL[person.role];

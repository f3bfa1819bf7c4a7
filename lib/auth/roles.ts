import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_HOME: Record<Role, string> = {
  REP: "/me",
  MANAGER: "/team",
  VP: "/org",
  ADMIN: "/settings",
};

export const ROLE_LABEL: Record<Role, string> = {
  REP: "Sales rep",
  MANAGER: "Sales manager",
  VP: "VP of Sales",
  ADMIN: "Administrator",
};

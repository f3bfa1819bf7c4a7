import type { Role } from "@/lib/generated/prisma/enums";

export interface NavItem {
  href: string;
  label: string;
}

// What each role finds in the main navigation; every link is a page that role may open.
export const NAVIGATION: Record<Role, NavItem[]> = {
  REP: [{ href: "/me", label: "My numbers" }, { href: "/activity", label: "Log activity" }, { href: "/one-on-ones", label: "One-on-ones" }, { href: "/plans", label: "Plans" }, { href: "/playbook", label: "Playbook" }, { href: "/competencies", label: "Competencies" }],
  MANAGER: [{ href: "/team", label: "My team" }, { href: "/activity", label: "Log activity" }, { href: "/one-on-ones", label: "One-on-ones" }, { href: "/me/coaching", label: "My coaching" }, { href: "/digest", label: "Weekly digest" }, { href: "/plans", label: "Plans" }, { href: "/playbook", label: "Playbook" }, { href: "/competencies", label: "Competencies" }],
  VP: [{ href: "/org", label: "Organization" }, { href: "/org/goals", label: "Goals" }, { href: "/org/benchmarks", label: "Benchmarks" }, { href: "/org/coaching", label: "Coaching" }, { href: "/one-on-ones", label: "One-on-ones" }, { href: "/plans", label: "Plans" }, { href: "/playbook", label: "Playbook" }, { href: "/competencies", label: "Competencies" }],
  ADMIN: [
    { href: "/settings", label: "Settings" },
    { href: "/org", label: "Organization" },
    { href: "/org/goals", label: "Goals" },
    { href: "/org/benchmarks", label: "Benchmarks" },
    { href: "/org/coaching", label: "Coaching" },
    { href: "/activity", label: "Log activity" },
    { href: "/playbook", label: "Playbook" },
    { href: "/competencies", label: "Competencies" },
  ],
};

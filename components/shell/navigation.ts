import { can, repScope, type AccessSubject } from "@/lib/access/policy";

export interface NavItem {
  href: string;
  label: string;
}

// The main navigation, in order; each link shows when the access policy lets the viewer open its page.
const ITEMS: (NavItem & { shows: (viewer: AccessSubject) => boolean })[] = [
  { href: "/settings", label: "Settings", shows: (viewer) => can(viewer, "organization.admin") },
  { href: "/me", label: "My numbers", shows: (viewer) => can(viewer, "rep.viewOwn") },
  { href: "/team", label: "My team", shows: (viewer) => can(viewer, "team.view") && repScope(viewer) === "teams" },
  { href: "/org", label: "Organization", shows: (viewer) => can(viewer, "organization.view") },
  { href: "/org/goals", label: "Goals", shows: (viewer) => can(viewer, "organization.view") },
  { href: "/org/benchmarks", label: "Benchmarks", shows: (viewer) => can(viewer, "benchmark.view") },
  { href: "/org/coaching", label: "Coaching", shows: (viewer) => can(viewer, "scorecard.viewAll") },
  { href: "/activity", label: "Log activity", shows: (viewer) => can(viewer, "activity.log") },
  { href: "/one-on-ones", label: "One-on-ones", shows: (viewer) => can(viewer, "oneOnOne.list") },
  { href: "/group-sessions", label: "Group sessions", shows: (viewer) => can(viewer, "groupSession.list") },
  { href: "/me/coaching", label: "My coaching", shows: (viewer) => can(viewer, "scorecard.viewOwn") },
  { href: "/digest", label: "Weekly digest", shows: (viewer) => can(viewer, "digest.view") },
  { href: "/plans", label: "Plans", shows: (viewer) => can(viewer, "plan.view") },
  { href: "/playbook", label: "Playbook", shows: () => true },
  { href: "/competencies", label: "Competencies", shows: () => true },
];

export function navigationFor(viewer: AccessSubject): NavItem[] {
  return ITEMS.filter((item) => item.shows(viewer)).map(({ href, label }) => ({ href, label }));
}

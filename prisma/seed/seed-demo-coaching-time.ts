// Demo data for coaching time, co-coaching and group coaching (docs/decisions/0036): each
// manager's weekly coaching capacity (East's is tight, so its dashboard shows the shortfall note),
// a co-coach — Ray Okafor, West's manager, also coaches Priya Raman (East) — and a group session
// Dana Whitfield has planned for three East reps on the team's most common focus.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { addDays } from "@/lib/calendar/days";
import { loadSnapshotSettings, teamSnapshotOn, type DemoQuota } from "./demo-snapshots";

const CAPACITY_BY_MANAGER: Record<string, number> = { "manager1@acme.test": 150, "manager2@acme.test": 240, "manager3@acme.test": 300 };
const CO_COACHING = { repEmail: "rep2@acme.test", coachEmail: "manager2@acme.test", addedByEmail: "manager1@acme.test" };
const GROUP_SESSION = { teamName: "East Enterprise", attendeeEmails: ["rep3@acme.test", "rep5@acme.test", "rep7@acme.test"] };

interface SeededTeam {
  teamId: string;
  name: string;
  managerId: string;
  reps: { id: string }[];
}

export async function seedDemoCoachingTime(prisma: PrismaClient, input: { organizationId: string; today: string; activity: readonly ActivityRow[]; repsByTeam: readonly SeededTeam[] }) {
  const { organizationId } = input;
  for (const [email, minutes] of Object.entries(CAPACITY_BY_MANAGER)) {
    await prisma.user.updateMany({ where: { organizationId, email }, data: { coachingCapacityMinutes: minutes } });
  }
  const emails = [CO_COACHING.repEmail, CO_COACHING.coachEmail, CO_COACHING.addedByEmail, ...GROUP_SESSION.attendeeEmails];
  const people = await prisma.user.findMany({ where: { organizationId, email: { in: emails } }, select: { id: true, email: true } });
  const idOf = (email: string) => {
    const id = people.find((person) => person.email === email)?.id;
    if (!id) throw new Error(`demo coaching time: ${email} missing`);
    return id;
  };
  await prisma.repCoCoach.create({ data: { organizationId, repId: idOf(CO_COACHING.repEmail), coachId: idOf(CO_COACHING.coachEmail), addedById: idOf(CO_COACHING.addedByEmail) } });

  // The session's focus is the team's most common focus today, computed as the dashboard does.
  const team = input.repsByTeam.find((candidate) => candidate.name === GROUP_SESSION.teamName);
  if (!team) throw new Error("demo group session: team missing");
  const settings = await loadSnapshotSettings(prisma, organizationId);
  const quotas: DemoQuota[] = (await prisma.quota.findMany({ where: { organizationId }, select: { repId: true, periodStart: true, periodEnd: true, amountMinor: true }, orderBy: { createdAt: "asc" } })).map((quota) => ({
    repId: quota.repId,
    periodStart: quota.periodStart.toISOString().slice(0, 10),
    periodEnd: quota.periodEnd.toISOString().slice(0, 10),
    amountMinor: Number(quota.amountMinor),
  }));
  const teamActivity = new Map(team.reps.map(({ id }) => [id, input.activity.filter((row) => row.repId === id)]));
  const snapshot = teamSnapshotOn(settings, { teamId: team.teamId, teamName: team.name, teamActivity, quotas, day: input.today });
  const focusLabel = snapshot.kind === "LEADER" ? (snapshot.teams[0]?.mostCommonFocus ?? null) : null;
  const competency = focusLabel
    ? await prisma.competency.findFirst({ where: { organizationId, kind: "REP", name: focusLabel }, select: { leverKey: true, questions: { where: { retiredAt: null }, select: { text: true }, orderBy: { position: "asc" } } } })
    : null;
  await prisma.groupSession.create({
    data: {
      organizationId,
      teamId: team.teamId,
      coachId: team.managerId,
      leverKey: competency?.leverKey ?? null,
      focusLabel: focusLabel ?? "Open topic: no rep on the team has a clear focus",
      agenda: competency?.questions.map((question) => question.text) ?? [],
      scheduledAt: new Date(`${addDays(input.today, 2)}T15:00:00Z`),
      sharedNotes: "Bring one recent call each; we role-play the first two minutes.",
      attendees: { create: GROUP_SESSION.attendeeEmails.map((email) => ({ organizationId, repId: idOf(email) })) },
    },
  });
}

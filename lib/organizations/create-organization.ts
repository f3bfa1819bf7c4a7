// Creates an organization with Coachboard's default framework: funnel, rep and leader
// competencies with rubrics and coaching questions, agenda templates, sales plays and
// organization benchmarks. Used by the demo seed, the bench and test factories; it does no
// authorization (provisioning runs from scripts and the ADMIN API).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import {
  DEFAULT_BENCHMARKS,
  DEFAULT_FUNNEL,
  DEFAULT_LEADER_AGENDA,
  DEFAULT_LEADER_COMPETENCIES,
  DEFAULT_REP_AGENDA,
  DEFAULT_REP_COMPETENCIES,
  DEFAULT_SALES_PLAYS,
} from "@/lib/defaults";

export interface NewOrganization {
  slug: string;
  name: string;
  currency?: string;
  timeZone?: string;
  /** Benchmarks apply from this day (YYYY-MM-DD). */
  benchmarksFrom: string;
}

export async function createOrganizationWithDefaults(prisma: PrismaClient, input: NewOrganization) {
  return prisma.$transaction((tx) => createOrganizationInTransaction(tx, input), { timeout: 15_000 });
}

/** The same inside the caller's transaction (sign-up and `npm run org:create` add the first administrator to it). */
export async function createOrganizationInTransaction(tx: Prisma.TransactionClient, input: NewOrganization) {
  const organization = await tx.organization.create({
    data: { slug: input.slug, name: input.name, currency: input.currency ?? "USD", timeZone: input.timeZone ?? "America/New_York" },
    select: { id: true, slug: true, name: true },
  });
  const organizationId = organization.id;
  await tx.funnelStage.createMany({ data: DEFAULT_FUNNEL.map((stage, position) => ({ organizationId, key: stage.key, label: stage.label, position })) });

  // A handful of statements whatever the framework's size: an organization is created inside
  // sign-up's transaction, which must stay well inside its time limit on a loaded server.
  const frameworks = [
    ...DEFAULT_REP_COMPETENCIES.map((competency, position) => ({
      key: competency.key,
      questions: competency.questions,
      data: { organizationId, kind: "REP" as const, name: competency.name, description: competency.description, rubric: [...competency.rubric], leverKey: competency.leverKey, position },
    })),
    ...DEFAULT_LEADER_COMPETENCIES.map((competency, position) => ({
      key: `leader:${competency.name}`,
      questions: competency.questions,
      data: {
        organizationId,
        kind: "LEADER" as const,
        name: competency.name,
        description: `${competency.description} ${competency.measuredBy}`.trim(),
        rubric: [...competency.rubric],
        metricKey: competency.metricKey,
        position,
      },
    })),
  ];
  const created = await tx.competency.createManyAndReturn({ data: frameworks.map((entry) => entry.data), select: { id: true, kind: true, name: true } });
  const idOf = new Map(created.map((competency) => [`${competency.kind}|${competency.name}`, competency.id]));
  const competencyIds = new Map<string, string>();
  const questions: Prisma.CoachingQuestionCreateManyInput[] = [];
  for (const entry of frameworks) {
    const competencyId = idOf.get(`${entry.data.kind}|${entry.data.name}`);
    if (!competencyId) throw new Error(`competency ${entry.data.name} was not created`);
    if (entry.data.kind === "REP") competencyIds.set(entry.key, competencyId);
    entry.questions.forEach((text, position) => questions.push({ organizationId, competencyId, text, position }));
  }
  await tx.coachingQuestion.createMany({ data: questions });
  await tx.salesPlay.createMany({
    data: DEFAULT_SALES_PLAYS.map((play) => {
      const competencyId = competencyIds.get(play.competencyKey);
      if (!competencyId) throw new Error(`sales play ${play.title} names unknown competency ${play.competencyKey}`);
      return { organizationId, competencyId, title: play.title, whenToUse: play.whenToUse, steps: [...play.steps], talkTrack: play.talkTrack };
    }),
  });
  await tx.agendaTemplate.createMany({
    data: [
      { organizationId, kind: "REP", sections: DEFAULT_REP_AGENDA.map((section) => ({ ...section })) },
      { organizationId, kind: "LEADER", sections: DEFAULT_LEADER_AGENDA.map((section) => ({ ...section })) },
    ],
  });
  await tx.benchmark.createMany({
    data: Object.entries(DEFAULT_BENCHMARKS).map(([leverKey, value]) => ({
      organizationId,
      leverKey,
      value,
      effectiveFrom: new Date(`${input.benchmarksFrom}T00:00:00Z`),
    })),
  });
  return { ...organization, competencyIds };
}

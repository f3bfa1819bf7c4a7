// The demo organization "Acme Software": deterministic (seeded PRNG, dates relative to `today`)
// and idempotent (an existing organization is left as it is).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { upsertActivityRows, type ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { addDays, isWeekday, parseDay } from "@/lib/calendar/days";
import { fiscalQuarterOf, previousQuarter } from "@/lib/calendar/periods";
import { createOrganizationWithDefaults } from "@/lib/organizations/create-organization";
import { hashPassword } from "@/lib/security/password";
import { createRandom, type Random } from "./random";
import { seedDemoDeals } from "./seed-demo-deals";
import { seedDemoExperiments } from "./seed-demo-experiments";
import { seedDemoCoachingTime } from "./seed-demo-coaching-time";
import { seedDemoLoggingGap } from "./seed-demo-logging-gap";
import { COACHED_LEVERS, DEMO_ADMIN, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_TEAMS, DEMO_VP, type DemoRep, type SellingProfile } from "./demo-profiles";
import { DEFAULT_BENCHMARKS } from "@/lib/defaults/benchmarks";
import { formatRatio, type LeverResult, type PriorityReport } from "@/lib/coaching";
import type { Prisma } from "@/lib/generated/prisma/client";
import { commitmentFor, HOUSEKEEPING_COMMITMENTS } from "./demo-coaching-texts";
import { loadSnapshotSettings, repSnapshotOn, teamSnapshotOn, type DemoQuota, type SnapshotSettings } from "./demo-snapshots";

const HISTORY_DAYS = 183;

export interface SeedSummary {
  created: boolean;
  organizationId: string;
  users: number;
  activityRows: number;
}

function dayActivity(profile: SellingProfile, random: Random): Record<string, number> {
  const dials = Math.max(0, Math.round(random.normal(profile.volume, profile.volume * 0.18)));
  const conversations = random.binomial(dials, profile.dialsToConversations);
  const meetings = random.binomial(conversations, profile.conversationsToMeetings);
  const opportunities = random.binomial(meetings, profile.meetingsToOpportunities);
  const proposals = random.binomial(opportunities, profile.opportunitiesToProposals);
  const won = random.binomial(proposals, profile.proposalsToWon);
  let revenueCents = 0;
  for (let deal = 0; deal < won; deal++) revenueCents += Math.round(Math.max(0.25, random.normal(1, 0.35)) * profile.dealSize) * 100;
  return { dials, conversations, meetings, opportunities, proposals, won, revenue: revenueCents };
}

const FUNNEL = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"] as const;
const RATIO_INTO: Record<(typeof FUNNEL)[number], keyof SellingProfile | null> = {
  dials: null,
  conversations: "dialsToConversations",
  meetings: "conversationsToMeetings",
  opportunities: "meetingsToOpportunities",
  proposals: "opportunitiesToProposals",
  won: "proposalsToWon",
};

/**
 * A coached rep's day from the plan's start: the coached lever runs at its improved value and every
 * later stage follows at the rep's own ratios. Deterministic (fractions carried from day to day, no
 * random draws), so the rest of the demo data stays exactly as it was.
 */
function coachedDay(counts: Record<string, number>, rep: DemoRep, carry: Map<string, number>): Record<string, number> {
  const coached = rep.coached;
  if (!coached) return counts;
  const { profile } = rep;
  const whole = (key: string, expected: number) => {
    const total = expected + (carry.get(key) ?? 0);
    const value = Math.max(0, Math.floor(total));
    carry.set(key, total - value);
    return value;
  };
  if (coached.lever === "deal_size") return { ...counts, revenue: Math.round(((counts.revenue ?? 0) * coached.improvedTo) / profile.dealSize / 100) * 100 };
  const next = { ...counts };
  const first = coached.lever === "volume" ? 0 : FUNNEL.findIndex((stage) => RATIO_INTO[stage] === COACHED_LEVERS[coached.lever]);
  FUNNEL.forEach((stage, index) => {
    if (index < first) return;
    const previous = index === 0 ? 0 : (next[FUNNEL[index - 1] ?? "dials"] ?? 0);
    const ratio = RATIO_INTO[stage];
    const expected = index === 0 ? ((counts.dials ?? 0) * coached.improvedTo) / profile.volume : previous * (index === first ? coached.improvedTo : ratio ? profile[ratio] : 0);
    next[stage] = index === 0 ? whole(stage, expected) : Math.min(previous, whole(stage, expected));
  });
  next.revenue = (next.won ?? 0) * profile.dealSize * 100;
  return next;
}

function repActivity(repId: string, rep: DemoRep, today: string, random: Random): ActivityRow[] {
  const rows: ActivityRow[] = [];
  let workingDaysLeft = rep.historyDays ?? Number.POSITIVE_INFINITY;
  const carry = new Map<string, number>();
  for (let offset = 1; offset <= HISTORY_DAYS && workingDaysLeft > 0; offset++) {
    const day = addDays(today, -offset);
    if (!isWeekday(day)) continue;
    workingDaysLeft--;
    const generated = dayActivity(rep.profile, random);
    const counts = rep.coached && offset <= rep.coached.startedDaysAgo ? coachedDay(generated, rep, carry) : generated;
    for (const [stage, value] of Object.entries(counts)) {
      if (value > 0 || stage !== "revenue") rows.push({ repId, day, stage, value });
    }
  }
  return rows;
}

const date = (day: string) => parseDay(day);

export async function seedDemoOrganization(prisma: PrismaClient, options: { today: string }): Promise<SeedSummary> {
  const existing = await prisma.organization.findUnique({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true } });
  if (existing) return { created: false, organizationId: existing.id, users: 0, activityRows: 0 };

  const { today } = options;
  const random = createRandom(20261122);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organization = await createOrganizationWithDefaults(prisma, { ...DEMO_ORGANIZATION, benchmarksFrom: addDays(today, -HISTORY_DAYS - 30) });
  const organizationId = organization.id;

  const admin = await prisma.user.create({ data: { organizationId, ...DEMO_ADMIN, role: "ADMIN", passwordHash }, select: { id: true } });
  const vp = await prisma.user.create({ data: { organizationId, ...DEMO_VP, role: "VP", passwordHash }, select: { id: true } });
  let users = 2;
  const activity: ActivityRow[] = [];
  const repsByTeam: TeamSeed[] = [];

  for (const demoTeam of DEMO_TEAMS) {
    const manager = await prisma.user.create({
      data: { organizationId, email: demoTeam.manager.email, name: demoTeam.manager.name, role: "MANAGER", passwordHash, reportsToId: vp.id, cadence: "BIWEEKLY" },
      select: { id: true },
    });
    const team = await prisma.team.create({ data: { organizationId, name: demoTeam.name, managerId: manager.id }, select: { id: true } });
    const reps: { id: string; rep: DemoRep }[] = [];
    for (const rep of demoTeam.reps) {
      const created = await prisma.user.create({ data: { organizationId, email: rep.email, name: rep.name, role: "REP", passwordHash, teamId: team.id }, select: { id: true } });
      await prisma.teamMembership.create({ data: { organizationId, userId: created.id, teamId: team.id, startedAt: date(addDays(today, -(rep.historyDays ? rep.historyDays + 3 : HISTORY_DAYS + 30))) } });
      reps.push({ id: created.id, rep });
      activity.push(...repActivity(created.id, rep, today, random));
    }
    users += 1 + reps.length;
    repsByTeam.push({ teamId: team.id, name: demoTeam.name, managerId: manager.id, style: demoTeam.manager.coachingStyle, reps });
  }
  await prisma.$transaction(async (tx) => upsertActivityRows(tx, organizationId, activity), { timeout: 120_000 });
  await prisma.$transaction(async (tx) => seedDemoDeals(tx, organizationId, repsByTeam.flatMap((team) => team.reps), today), { timeout: 120_000 });

  await seedGoalsAndQuotas(prisma, { organizationId, today, vpId: vp.id, repsByTeam });
  await seedCoachingHistory(prisma, { organizationId, today, random, vpId: vp.id, repsByTeam, competencyIds: organization.competencyIds, activity });
  await seedDevelopmentPlans(prisma, { organizationId, today, repsByTeam, activity });
  await seedDemoExperiments(prisma, {
    organizationId,
    reps: repsByTeam.flatMap((team) => team.reps.map((entry) => ({ ...entry, managerId: team.managerId, style: team.style }))),
  });
  await seedDemoCoachingTime(prisma, { organizationId, today, activity, repsByTeam });
  // After the rest, with its own random sequence: the rep whose weak ratio is a logging gap.
  users += await seedDemoLoggingGap(prisma, { organizationId, today, passwordHash });
  await prisma.auditLog.create({ data: { organizationId, actorId: admin.id, action: "organization.seeded", entityType: "Organization", entityId: organizationId, after: { users, activityRows: activity.length } } });
  return { created: true, organizationId, users, activityRows: activity.length };
}

type TeamSeed = { teamId: string; name: string; managerId: string; style: string; reps: { id: string; rep: DemoRep }[] };

async function seedGoalsAndQuotas(prisma: PrismaClient, input: { organizationId: string; today: string; vpId: string; repsByTeam: TeamSeed[] }) {
  const current = fiscalQuarterOf(input.today, 1);
  const previous = previousQuarter(current, 1);
  // Reps carry a $250k quarterly quota (about what a solid rep sells); the profiles make attainment differ.
  const quotaCents = 25_000_000;
  for (const period of [previous, current]) {
    let organizationGoal = 0;
    for (const team of input.repsByTeam) {
      let teamGoal = 0;
      for (const { id, rep } of team.reps) {
        // A new rep ramps on half a quota; Liam's sits where his volume keeps him on pace (a story, not a rule).
        const amount = rep.quotaDollars ? rep.quotaDollars * 100 : rep.historyDays ? Math.round(quotaCents / 2) : quotaCents;
        teamGoal += amount;
        await prisma.quota.create({
          data: { organizationId: input.organizationId, repId: id, period: period.key, periodStart: date(period.start), periodEnd: date(period.end), amountMinor: BigInt(amount), setById: team.managerId },
        });
      }
      organizationGoal += teamGoal;
      await prisma.goal.create({
        data: { organizationId: input.organizationId, teamId: team.teamId, period: period.key, periodStart: date(period.start), periodEnd: date(period.end), amountMinor: BigInt(teamGoal), setById: input.vpId },
      });
    }
    await prisma.goal.create({
      data: { organizationId: input.organizationId, teamId: null, period: period.key, periodStart: date(period.start), periodEnd: date(period.end), amountMinor: BigInt(Math.round(organizationGoal * 1.05)), setById: input.vpId },
    });
  }
}


// What reps write about their one-on-ones, by the manager's style. Picked in turn, not at random,
// so the seed's random sequence (and with it every other demo figure) is unchanged.
const FEEDBACK_COMMENTS: Record<string, readonly string[]> = {
  exemplary: [
    "Keep the role-plays; they help more than deal reviews.",
    "Going through my numbers first every time helps me see where I lose deals.",
    "The discovery questions we practised worked on two calls this week.",
    "I like that we check last time's commitments before anything else.",
    "Could we listen to one of my recorded calls together next time?",
    "Short and focused. Keep the one-thing-to-practise format.",
  ],
  commitments_slip: [
    "We agree on things but never come back to them.",
    "Mostly deal updates; I'd like more on how to close.",
    "Useful when we look at the numbers, but that's rare.",
    "Please follow up on what we agreed last time.",
    "Good conversation, not sure what I'm supposed to change.",
  ],
};
// How useful each manager thinks their one-on-ones are (paired perception on the scorecard), in
// turn rather than drawn: Dana close to what her reps say, Grace far above hers (her reps rate 2–5).
const SELF_RATINGS: Record<string, readonly number[]> = {
  exemplary: [4, 5, 4, 4, 5, 4],
  commitments_slip: [5],
  skips_one_on_ones: [4],
};
function selfRatingPicker(): (style: string) => number {
  const turns = new Map<string, number>();
  return (style) => {
    const ratings = SELF_RATINGS[style] ?? [4];
    const turn = turns.get(style) ?? 0;
    turns.set(style, turn + 1);
    return ratings[turn % ratings.length] ?? 4;
  };
}

function commentPicker(): (style: string) => string {
  const turns = new Map<string, number>();
  return (style) => {
    const comments = FEEDBACK_COMMENTS[style] ?? FEEDBACK_COMMENTS.exemplary ?? [];
    const turn = turns.get(style) ?? 0;
    turns.set(style, turn + 1);
    return comments[turn % comments.length] ?? "Helpful.";
  };
}

/**
 * The focus an exemplary coach keeps with a rep: the lever of the rep's development plan, else the
 * engine's focus at their first meeting, else the gap worth the most revenue then. It stays the
 * focus from meeting to meeting while the ratio moves (see the notes), instead of a new one each time.
 */
function keptFocusLever(rep: DemoRep, firstReport: PriorityReport): string | null {
  if (rep.coached) return rep.coached.lever;
  if (firstReport.focus) return firstReport.focus;
  const byLift = [...firstReport.levers].filter((lever) => lever.competency).sort((a, b) => b.liftRevenueMinor - a.liftRevenueMinor);
  return byLift[0]?.lever ?? null;
}

function leverFigure(lever: LeverResult | undefined, currency: string): string {
  return lever ? formatRatio(lever.kind, lever.actual, { currency }) : "no data";
}

/** The shared notes of a demo meeting, with the numbers the meeting froze. */
function sharedNotesFor(input: {
  style: string;
  week: number;
  focusName: string;
  lever: LeverResult | undefined;
  previous: number | null | undefined;
  currency: string;
  commitment: string;
}): string {
  const { lever, currency } = input;
  const now = leverFigure(lever, currency);
  const benchmark = lever ? formatRatio(lever.kind, lever.benchmark, { currency }) : "no benchmark";
  const since =
    input.previous === undefined || input.previous === null || !lever || lever.actual === null
      ? ""
      : ` (${formatRatio(lever.kind, input.previous, { currency })} at our last one-on-one)`;
  if (input.style === "exemplary") {
    const opening = input.week === 1 ? `Chose ${input.focusName} together from the numbers: the gap worth the most revenue.` : `${(input.week - 1) * 2} weeks on ${input.focusName}.`;
    // A few percent either way over overlapping 90-day windows is noise, not movement.
    const moving = lever && input.previous !== undefined && input.previous !== null && lever.actual !== null && input.previous > 0 && lever.actual >= input.previous * 1.05;
    const verdict = input.week === 1 ? "One routine to practise before we meet again." : moving ? "It is moving: same focus until it holds at benchmark." : "Not moving yet: same focus, a different routine.";
    return `${opening} ${lever?.label ?? "The lever"} is at ${now}${since} against a ${benchmark} benchmark. ${verdict} Agreed: ${input.commitment}.`;
  }
  if (input.style === "commitments_slip") return `Went through the open deals one by one. Touched on ${input.focusName}: ${lever?.label ?? "the lever"} at ${now} against ${benchmark}. Agreed: ${input.commitment}.`;
  return `Catch-up after a long gap. ${lever?.label ?? "The lever"} at ${now} against ${benchmark}; talked about ${input.focusName}. Agreed: ${input.commitment}.`;
}

async function seedCoachingHistory(
  prisma: PrismaClient,
  input: { organizationId: string; today: string; random: Random; vpId: string; repsByTeam: TeamSeed[]; competencyIds: Map<string, string>; activity: readonly ActivityRow[] },
) {
  const { organizationId, today, random } = input;
  const nextComment = commentPicker();
  const nextSelfRating = selfRatingPicker();
  const repCompetencies = await prisma.competency.findMany({ where: { organizationId, kind: "REP" }, select: { id: true, name: true, leverKey: true }, orderBy: { position: "asc" } });
  const leaderCompetencies = await prisma.competency.findMany({ where: { organizationId, kind: "LEADER" }, select: { id: true, metricKey: true }, orderBy: { position: "asc" } });
  // Every seeded meeting froze its numbers, as a started meeting does: computed here from the seeded activity.
  const settings: SnapshotSettings = await loadSnapshotSettings(prisma, organizationId);
  const quotas: DemoQuota[] = (
    await prisma.quota.findMany({ where: { organizationId }, select: { repId: true, periodStart: true, periodEnd: true, amountMinor: true }, orderBy: { createdAt: "asc" } })
  ).map((quota) => ({ repId: quota.repId, periodStart: quota.periodStart.toISOString().slice(0, 10), periodEnd: quota.periodEnd.toISOString().slice(0, 10), amountMinor: Number(quota.amountMinor) }));
  const activityByTeam = new Map<string, Map<string, ActivityRow[]>>();
  for (const team of input.repsByTeam) activityByTeam.set(team.teamId, new Map(team.reps.map(({ id }) => [id, [] as ActivityRow[]])));
  const teamOfRep = new Map(input.repsByTeam.flatMap((team) => team.reps.map(({ id }) => [id, team.teamId] as const)));
  for (const row of input.activity) activityByTeam.get(teamOfRep.get(row.repId) ?? "")?.get(row.repId)?.push(row);

  for (const team of input.repsByTeam) {
    // Exemplary: every two weeks for three months; skips: one meeting each, long ago; slips: regular but commitments missed.
    const meetingOffsets = team.style === "skips_one_on_ones" ? [68] : [84, 70, 56, 42, 28, 14];
    const completionRate = team.style === "commitments_slip" ? 0.25 : team.style === "exemplary" ? 0.9 : 0.6;
    const teamActivity = activityByTeam.get(team.teamId) ?? new Map<string, ActivityRow[]>();
    for (const [repIndex, { id: repId, rep }] of team.reps.entries()) {
      if (rep.historyDays) continue;
      let kept: string | null | undefined;
      let previousActual: number | null | undefined;
      let lastFocusLever: string | null = null;
      for (const [index, offset] of meetingOffsets.entries()) {
        const day = addDays(today, -offset - random.int(0, 2));
        // Drawn for every meeting, so the random sequence (and every other demo figure) stays as it was.
        const drawn = random.pick(repCompetencies);
        const { snapshot, report } = repSnapshotOn(settings, { teamId: team.teamId, teamActivity, quotas, repId, day });
        if (team.style === "exemplary" && kept === undefined) kept = keptFocusLever(rep, report);
        const focus = (team.style === "exemplary" ? repCompetencies.find((competency) => competency.leverKey === kept) : undefined) ?? drawn;
        const focusLever = report.levers.find((lever) => lever.lever === focus.leverKey);
        // Commitments follow the focus; each rep starts at a different point of the list.
        const text = commitmentFor(focus.leverKey, index + repIndex);
        const meeting = await prisma.oneOnOne.create({
          data: {
            organizationId,
            kind: "REP",
            coachId: team.managerId,
            memberId: repId,
            scheduledAt: new Date(`${day}T15:00:00Z`),
            startedAt: new Date(`${day}T15:02:00Z`),
            completedAt: new Date(`${day}T15:41:00Z`),
            status: "COMPLETED",
            kpiSnapshot: snapshot as Prisma.InputJsonValue,
            focusCompetencyId: focus.id,
            sharedNotes: sharedNotesFor({ style: team.style, week: index + 1, focusName: focus.name, lever: focusLever, previous: focus.leverKey === lastFocusLever ? previousActual : undefined, currency: settings.currency, commitment: text }),
            privateNote: { create: { organizationId, authorId: team.managerId, body: "Seems stretched this week; check workload before pushing volume." } },
          },
          select: { id: true },
        });
        await prisma.coachSelfRating.create({
          data: { organizationId, oneOnOneId: meeting.id, coachId: team.managerId, rating: nextSelfRating(team.style), createdAt: new Date(`${day}T16:00:00Z`) },
        });
        previousActual = focusLever?.actual;
        lastFocusLever = focus.leverKey;
        const due = addDays(day, 10);
        const status = addDays(due, 0) < today ? (random.next() < completionRate ? "DONE" : "MISSED") : "OPEN";
        await prisma.commitment.create({
          data: {
            organizationId,
            memberId: repId,
            ownerId: repId,
            text,
            dueOn: date(due),
            status,
            completedAt: status === "DONE" ? new Date(`${addDays(due, -2)}T12:00:00Z`) : null,
            oneOnOneId: meeting.id,
            createdById: team.managerId,
          },
        });
        // Rep feedback, given the day after: the other two managers are well above the 3-answer
        // threshold; the one who skips one-on-ones has two answers (first two reps), so their
        // scorecard shows "not enough answers". The skipper's branch draws no random numbers, so the
        // rest of the seed stays as it was.
        const skipper = team.style === "skips_one_on_ones";
        if (skipper ? team.reps.findIndex((entry) => entry.id === repId) < 2 : random.next() < 0.7) {
          await prisma.coachingFeedback.create({
            data: {
              organizationId,
              oneOnOneId: meeting.id,
              coachId: team.managerId,
              rating: skipper ? 3 : random.int(team.style === "exemplary" ? 4 : 2, 5),
              comment: skipper ? "More regular one-on-ones, please." : random.next() < 0.4 ? nextComment(team.style) : null,
              createdAt: new Date(`${addDays(day, 1)}T14:00:00Z`),
            },
          });
        }
      }
      // An open commitment due soon (the next step on the current focus) and, for some, a
      // housekeeping one overdue, so the dashboard has something to flag.
      const lastFocus = repCompetencies.find((competency) => competency.leverKey === lastFocusLever);
      await prisma.commitment.create({
        data: { organizationId, memberId: repId, ownerId: repId, text: commitmentFor(lastFocus?.leverKey, meetingOffsets.length + repIndex), dueOn: date(addDays(today, 5)), createdById: team.managerId },
      });
      if (random.next() < 0.35) {
        await prisma.commitment.create({
          data: { organizationId, memberId: repId, ownerId: repId, text: HOUSEKEEPING_COMMITMENTS[repIndex % HOUSEKEEPING_COMMITMENTS.length] ?? "Send recap emails within 24 hours of each meeting", dueOn: date(addDays(today, -3)), createdById: team.managerId },
        });
      }
      // Manager and self assessments, a quarter apart, for history.
      for (const [ago, source] of [
        [90, "LEADER"],
        [30, "LEADER"],
        [28, "SELF"],
      ] as const) {
        for (const competency of repCompetencies) {
          await prisma.assessment.create({
            data: {
              organizationId,
              competencyId: competency.id,
              subjectId: repId,
              assessorId: source === "SELF" ? repId : team.managerId,
              source,
              score: random.next() < 0.08 ? null : random.int(2, 5),
              note: source === "SELF" ? "" : "Observed on two calls this month.",
              assessedOn: date(addDays(today, -ago)),
            },
          });
        }
      }
    }
  }

  // VP with each manager: one past meeting, with a commitment for the manager.
  for (const [index, team] of input.repsByTeam.entries()) {
    const day = addDays(today, -21 - index * 7);
    const focus = leaderCompetencies.find((competency) => competency.metricKey) ?? leaderCompetencies[0];
    const meeting = await prisma.oneOnOne.create({
      data: {
        organizationId,
        kind: "LEADER",
        coachId: input.vpId,
        memberId: team.managerId,
        scheduledAt: new Date(`${day}T17:00:00Z`),
        startedAt: new Date(`${day}T17:00:00Z`),
        completedAt: new Date(`${day}T17:45:00Z`),
        status: "COMPLETED",
        kpiSnapshot: teamSnapshotOn(settings, { teamId: team.teamId, teamName: team.name, teamActivity: activityByTeam.get(team.teamId) ?? new Map(), quotas, day }) as Prisma.InputJsonValue,
        focusCompetencyId: focus?.id ?? null,
        sharedNotes: "Went through the team's ratios against benchmark and the coaching scorecard.",
        privateNote: { create: { organizationId, authorId: input.vpId, body: "Needs support on holding reps to commitments." } },
      },
      select: { id: true },
    });
    await prisma.commitment.create({
      data: { organizationId, memberId: team.managerId, ownerId: team.managerId, text: "Hold a one-on-one with every rep in the next two weeks", dueOn: date(addDays(day, 14)), status: index === 0 ? "DONE" : "MISSED", oneOnOneId: meeting.id, createdById: input.vpId },
    });
    // Still open, for the manager's home: due later, due soon, and overdue for the one whose commitments slip.
    await prisma.commitment.create({
      data: { organizationId, memberId: team.managerId, ownerId: team.managerId, text: "Watch one call with each rep and give written feedback", dueOn: date(addDays(today, 10 - 8 * index)), oneOnOneId: meeting.id, createdById: input.vpId },
    });
    // The VP has the next one booked with the manager who skips one-on-ones.
    if (team.style === "skips_one_on_ones") {
      await prisma.oneOnOne.create({
        data: { organizationId, kind: "LEADER", coachId: input.vpId, memberId: team.managerId, scheduledAt: new Date(`${addDays(today, 2)}T17:00:00Z`) },
        select: { id: true },
      });
    }
  }
}

/** Weeks of activity before a plan's start that make its baseline, as the plan screen's default window does. */
const BASELINE_DAYS = 91;

/**
 * The demo's development plans (reps with `coached` in demo-profiles.ts), owned by their manager:
 * the baseline is the lever over the 13 weeks before the start, read from the seeded activity as
 * the app would; the target is the organization's benchmark.
 */
async function seedDevelopmentPlans(prisma: PrismaClient, input: { organizationId: string; today: string; repsByTeam: TeamSeed[]; activity: readonly ActivityRow[] }) {
  const { organizationId, today } = input;
  for (const team of input.repsByTeam) {
    for (const { id: repId, rep } of team.reps) {
      if (!rep.coached) continue;
      const { lever, startedDaysAgo } = rep.coached;
      const startedOn = addDays(today, -startedDaysAgo);
      const from = addDays(startedOn, -BASELINE_DAYS);
      const sums = new Map<string, number>();
      for (const row of input.activity) {
        if (row.repId === repId && row.day >= from && row.day < startedOn) sums.set(row.stage, (sums.get(row.stage) ?? 0) + row.value);
      }
      let workingDays = 0;
      for (let day = from; day < startedOn; day = addDays(day, 1)) if (isWeekday(day)) workingDays++;
      const sum = (stage: string) => sums.get(stage) ?? 0;
      const [fromStage, toStage] = lever.includes("_to_") ? lever.split("_to_") : [null, null];
      const baseline =
        lever === "volume"
          ? { value: sum("dials") / workingDays, sample: workingDays }
          : lever === "deal_size"
            ? { value: sum("won") ? sum("revenue") / sum("won") : null, sample: sum("won") }
            : { value: sum(fromStage ?? "") ? sum(toStage ?? "") / sum(fromStage ?? "") : null, sample: sum(fromStage ?? "") };
      const competency = await prisma.competency.findFirst({ where: { organizationId, kind: "REP", leverKey: lever }, select: { id: true } });
      if (!competency) continue;
      const play = await prisma.salesPlay.findFirst({ where: { organizationId, competencyId: competency.id, retiredAt: null }, select: { id: true }, orderBy: { createdAt: "asc" } });
      await prisma.developmentPlan.create({
        data: {
          organizationId,
          subjectId: repId,
          ownerId: team.managerId,
          competencyId: competency.id,
          leverKey: lever,
          baselineValue: baseline.value,
          baselineSample: baseline.sample,
          targetValue: DEFAULT_BENCHMARKS[lever] ?? null,
          startedOn: date(startedOn),
          targetDate: date(addDays(startedOn, 90)),
          notes: "Started from the rep's coaching focus.",
          ...(play ? { routines: { create: [{ salesPlayId: play.id }] } } : {}),
        },
      });
    }
  }
}

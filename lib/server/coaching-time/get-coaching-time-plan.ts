import "server-only";
import { can } from "@/lib/access/policy";
import type { Cadence } from "@/lib/coaching/cadence";
import { allocateCoachingTime, COACHING_TIME_DEFAULTS, NEW_REP_DAYS } from "@/lib/coaching/coaching-time";
import { daysBetween } from "@/lib/coaching/days";
import { NotFoundError } from "@/lib/server/http/errors";
import { resolvePeriod } from "@/lib/calendar/period";
import { loadTeamReadModel, type TeamRef } from "@/lib/server/coaching/load-coaching-read-model";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface CoachingTimeRow {
  repId: string;
  name: string;
  minutes: number;
  floorMinutes: number;
  isNew: boolean;
  /** The focus behind the minutes (null: no focus, so no stake). */
  focusLabel: string | null;
  stakeTimesConfidenceMinor: number;
  suggestedCadence: Cadence;
  currentCadence: Cadence;
}

/**
 * This week's coaching minutes per rep of a team (NotFoundError for a team the viewer may not
 * see): the team manager's capacity shared by what each rep's focus puts at stake × its
 * confidence (the same priority the dashboard ranks focus by), with a floor for new reps.
 * Without a capacity set, `plan` is null and only what the team needs is shown.
 */
export async function getCoachingTimePlan(viewer: Viewer, team: TeamRef) {
  // A rep's team answers 404 like any team dashboard: the plan compares teammates' stakes.
  if (!can(viewer, "team.view")) throw new NotFoundError("Team");
  // This week's minutes follow today's focus (the default period), whatever period the page shows.
  const settings = await loadCoachingSettings(viewer.organizationId);
  const model = await loadTeamReadModel(viewer, team, resolvePeriod(undefined, settings), settings);
  const onTeamFrom = new Map(model.roster.map((rep) => [rep.id, rep.onTeamFrom]));
  const reps = model.group.reps.map((rep) => {
    const focus = rep.report.levers.find((lever) => lever.lever === rep.report.focus) ?? null;
    const joined = onTeamFrom.get(rep.id);
    return {
      repId: rep.id,
      name: rep.name,
      focusLabel: focus ? (focus.competency?.name ?? focus.label) : null,
      // The engine's priority of the focus: revenue at stake × the confidence that the gap is real.
      stakeTimesConfidence: focus ? Math.max(0, Math.round(focus.priority)) : 0,
      isNew: joined !== undefined && daysBetween(joined, model.today) < NEW_REP_DAYS,
      currentCadence: model.cadence.get(rep.id)?.cadence ?? model.settings.defaultCadence,
    };
  });
  // Read with the roster (the manager joined to each rep): a team without reps has no plan to share.
  const capacityMinutes = model.managerCapacityMinutes;
  const plan = allocateCoachingTime(capacityMinutes ?? 0, reps);
  const rows: CoachingTimeRow[] = reps.map((rep, index) => {
    const allocation = plan.allocations[index];
    return {
      repId: rep.repId,
      name: rep.name,
      minutes: capacityMinutes === null ? 0 : (allocation?.minutes ?? 0),
      floorMinutes: allocation?.floorMinutes ?? 0,
      isNew: rep.isNew,
      focusLabel: rep.focusLabel,
      stakeTimesConfidenceMinor: rep.stakeTimesConfidence,
      suggestedCadence: allocation?.suggestedCadence ?? "MONTHLY",
      currentCadence: rep.currentCadence,
    };
  });
  return {
    teamId: model.team.id,
    currency: model.settings.currency,
    capacityMinutes,
    neededMinutes: plan.neededMinutes,
    shortfallMinutes: capacityMinutes === null ? null : plan.shortfallMinutes,
    floorsUncovered: capacityMinutes === null ? false : plan.floorsUncovered,
    rows,
    rules: { ...COACHING_TIME_DEFAULTS, newRepDays: NEW_REP_DAYS },
    /** The team's own manager sets the capacity; others (a VP) read the plan. */
    canSetCapacity: model.team.managerId === viewer.id && can(viewer, "coachingTime.setCapacity"),
  };
}

export type CoachingTimePlanView = Awaited<ReturnType<typeof getCoachingTimePlan>>;

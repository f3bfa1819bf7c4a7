// Every write leaves exactly one audit record. The write operations are discovered from
// lib/server (files whose operation name starts with a write verb): a new one without a row here
// fails this suite.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { recordActivityBatch } from "@/lib/server/activity/record-activity-batch";
import { saveActivityCell } from "@/lib/server/activity/save-activity-cell";
import { createImportUpload } from "@/lib/server/import/create-import-upload";
import { runActivityImport } from "@/lib/server/import/run-activity-import";
import { saveImportPreset } from "@/lib/server/import/save-import-preset";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { retractBenchmark } from "@/lib/server/benchmarks/retract-benchmark";
import { setTeamBenchmarks } from "@/lib/server/benchmarks/set-team-benchmarks";
import { addCommitment } from "@/lib/server/commitments/add-commitment";
import { reviewCommitment } from "@/lib/server/commitments/review-commitment";
import { submitCoachingFeedback } from "@/lib/server/feedback/submit-coaching-feedback";
import { addAddendum } from "@/lib/server/one-on-ones/add-addendum";
import { addAgendaItem } from "@/lib/server/one-on-ones/add-agenda-item";
import { cancelOneOnOne } from "@/lib/server/one-on-ones/cancel-one-on-one";
import { completeOneOnOne } from "@/lib/server/one-on-ones/complete-one-on-one";
import { removeAgendaItem } from "@/lib/server/one-on-ones/remove-agenda-item";
import { savePrivateNote } from "@/lib/server/one-on-ones/save-private-note";
import { saveSharedNotes } from "@/lib/server/one-on-ones/save-shared-notes";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { setAgendaItemDone } from "@/lib/server/one-on-ones/set-agenda-item-done";
import { setCoachingCadence } from "@/lib/server/one-on-ones/set-coaching-cadence";
import { setFocusCompetency } from "@/lib/server/one-on-ones/set-focus-competency";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import { updateAgendaTemplate } from "@/lib/server/one-on-ones/update-agenda-template";
import { getAgendaTemplates } from "@/lib/server/one-on-ones/get-agenda-templates";
import { importQuotas } from "@/lib/server/goals/import-quotas";
import { setGoals } from "@/lib/server/goals/set-goals";
import { setQuotas } from "@/lib/server/goals/set-quotas";
import { createTeam } from "@/lib/server/teams/create-team";
import { createDealUpload } from "@/lib/server/deals/create-deal-upload";
import { runDealImport } from "@/lib/server/deals/run-deal-import";
import { saveDealMapping } from "@/lib/server/deals/save-deal-mapping";
import { setFunnelSources } from "@/lib/server/deals/set-funnel-sources";
import { DEAL_PRESETS } from "@/lib/import/deals/presets";
import { provisionUser } from "@/lib/server/users/provision-user";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

const WRITE_VERB = /^(change|create|set|add|remove|save|schedule|start|complete|cancel|record|provision|revoke|retract|update|review|import|run|deactivate|reactivate|move|merge|delete|retire|rename|reorder|invite|end|assign|allocate|close|attach|upsert|submit)/;
// Writes covered elsewhere, with the reason.
const EXEMPT: Record<string, string> = {
  "lib/server/users/end-sessions.ts": "bumps sessionVersion as part of sign-out/deactivation, which audit it themselves",
  "lib/server/one-on-ones/carry-forward-agenda-items.ts": "a step inside startOneOnOne's transaction (audited there)",
  "lib/server/audit/record-audit.ts": "the audit writer itself",
  "lib/server/one-on-ones/start-one-on-one-with.ts": "composes scheduleOneOnOne and startOneOnOne, which audit themselves",
};

// Writes whose one-audit-record rule is asserted, operation by operation, in another suite (which
// must name the operation — checked below).
const AUDITED_IN: Record<string, string> = {
  "lib/server/group-sessions/create-group-session.ts": "tests/integration/group-sessions.test.ts",
  "lib/server/group-sessions/save-group-session-notes.ts": "tests/integration/group-sessions.test.ts",
  "lib/server/group-sessions/add-group-commitment.ts": "tests/integration/group-sessions.test.ts",
  "lib/server/group-sessions/complete-group-session.ts": "tests/integration/group-sessions.test.ts",
  "lib/server/group-sessions/cancel-group-session.ts": "tests/integration/group-sessions.test.ts",
  "lib/server/co-coaches/add-co-coach.ts": "tests/integration/co-coaches.test.ts",
  "lib/server/co-coaches/remove-co-coach.ts": "tests/integration/co-coaches.test.ts",
  "lib/server/coaching-time/set-coaching-capacity.ts": "tests/integration/coaching-time.test.ts",
  "lib/server/reminders/set-notification-preferences.ts": "tests/integration/reminders.test.ts",
  "lib/server/calendar-feed/create-calendar-feed.ts": "tests/integration/reminders.test.ts",
  "lib/server/calendar-feed/revoke-calendar-feed.ts": "tests/integration/reminders.test.ts",
  "lib/server/one-on-ones/move-one-on-one.ts": "tests/integration/reminders.test.ts",
  "lib/server/feedback/submit-coach-self-rating.ts": "tests/integration/coach-self-rating.test.ts",
  "lib/server/funnel/add-funnel-stage.ts": "tests/integration/admin.test.ts",
  "lib/server/people-import/import-people.ts": "tests/integration/people-import.test.ts",
  "lib/server/teams/set-team-region.ts": "tests/integration/people-import.test.ts",
  "lib/server/sso/save-sso-settings.ts": "tests/integration/sso.test.ts",
  "lib/server/sso/remove-sso-settings.ts": "tests/integration/sso.test.ts",
  "lib/server/invitations/invite-user.ts": "tests/integration/invitations.test.ts",
  "lib/server/invitations/revoke-invitation.ts": "tests/integration/invitations.test.ts",
  "lib/server/invitations/invite-existing-user.ts": "tests/integration/invitations.test.ts",
  "lib/server/funnel/delete-funnel-stage.ts": "tests/integration/admin.test.ts",
  "lib/server/funnel/merge-funnel-stage.ts": "tests/integration/admin.test.ts",
  "lib/server/funnel/move-funnel-stage.ts": "tests/integration/admin.test.ts",
  "lib/server/funnel/rename-funnel-stage.ts": "tests/integration/admin.test.ts",
  "lib/server/organization/update-organization-settings.ts": "tests/integration/admin.test.ts",
  "lib/server/teams/rename-team.ts": "tests/integration/admin.test.ts",
  "lib/server/teams/set-team-manager.ts": "tests/integration/admin.test.ts",
  "lib/server/users/add-user.ts": "tests/integration/admin.test.ts",
  "lib/server/users/change-user-role.ts": "tests/integration/admin.test.ts",
  "lib/server/users/deactivate-user.ts": "tests/integration/admin.test.ts",
  "lib/server/users/move-user-to-team.ts": "tests/integration/admin.test.ts",
  "lib/server/users/set-user-email.ts": "tests/integration/user-email.test.ts",
  "lib/server/users/reactivate-user.ts": "tests/integration/admin.test.ts",
  "lib/server/assessments/record-assessment.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/add-coaching-question.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/create-competency.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/delete-competency.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/remove-coaching-question.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/retire-competency.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/update-coaching-question.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/competencies/update-competency.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/plans/attach-plan-routine.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/plans/close-plan.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/plans/create-plan-from-focus.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/scorecard/create-leader-plan.ts": "tests/integration/coaching-scorecard.test.ts",
  "lib/server/plans/settle-achieved-plans.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/plans/update-plan.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/playbook/create-sales-play.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/playbook/retire-sales-play.ts": "tests/integration/plans-and-competencies.test.ts",
  "lib/server/playbook/update-sales-play.ts": "tests/integration/plans-and-competencies.test.ts",
};

function discoverWriteOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const source = fs.readFileSync(full, "utf8");
        const names = [...source.matchAll(/export async function (\w+)/g)].map((match) => match[1] ?? "");
        if (names.some((name) => WRITE_VERB.test(name))) found.push(path.relative(process.cwd(), full));
      }
    }
  };
  walk(path.resolve("lib/server"));
  return found.sort();
}

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let organizationId: string;

async function expectOneAudit(action: string, work: () => Promise<unknown>) {
  const before = await db.auditLog.count({ where: { organizationId, action } });
  const total = await db.auditLog.count({ where: { organizationId } });
  await work();
  expect(await db.auditLog.count({ where: { organizationId, action } }), action).toBe(before + 1);
  expect(await db.auditLog.count({ where: { organizationId } }), `${action}: exactly one record`).toBe(total + 1);
}

beforeAll(async () => {
  cast = await createOrganizationCast("Audited");
  organizationId = cast.organization.id;
});

const COVERED: Record<string, string> = {};
const covers = (file: string, action: string) => {
  COVERED[file] = action;
  return action;
};

describe("every write leaves one audit record", () => {
  it("teams, users, activity, benchmarks and API tokens", async () => {
    const admin = await viewerFor(cast.admin);
    const vp = await viewerFor(cast.vp);
    await expectOneAudit(covers("lib/server/teams/create-team.ts", "team.created"), () => createTeam(admin, { name: "Audited team" }));
    await expectOneAudit(covers("lib/server/users/provision-user.ts", "user.provisioned"), () => provisionUser(admin, { email: "audited@example.test", name: "Audited", role: "REP" }));
    await expectOneAudit(covers("lib/server/activity/record-activity-batch.ts", "activity.recorded"), () =>
      recordActivityBatch(admin, [{ repEmail: cast.repA1.email, date: "2026-01-05", stage: "dials", count: 3 }]),
    );
    await expectOneAudit(covers("lib/server/benchmarks/set-team-benchmarks.ts", "benchmark.set"), () => setTeamBenchmarks(vp, cast.teamA.id, { proposals_to_won: 0.3 }));
    const setByMistake = await db.benchmark.findFirstOrThrow({ where: { organizationId, teamId: cast.teamA.id }, select: { id: true } });
    await expectOneAudit(covers("lib/server/benchmarks/retract-benchmark.ts", "benchmark.retracted"), () => retractBenchmark(vp, setByMistake.id));
    let tokenId = "";
    await expectOneAudit(covers("lib/server/api-tokens/create-api-token.ts", "api_token.created"), async () => {
      tokenId = (await createApiToken(admin, { name: "audited" })).id;
    });
    await expectOneAudit(covers("lib/server/api-tokens/revoke-api-token.ts", "api_token.revoked"), () => revokeApiToken(admin, tokenId));
  });

  it("a whole one-on-one", async () => {
    // Relative to today: scheduling in the past is refused.
    const inDays = (days: number) => addDays(todayIn(manager.organization.timeZone), days);
    const manager = await viewerFor(cast.managerA);
    const admin = await viewerFor(cast.admin);
    const focus = await db.competency.findFirstOrThrow({ where: { organizationId, kind: "REP" }, select: { id: true } });
    let meetingId = "";
    await expectOneAudit(covers("lib/server/one-on-ones/schedule-one-on-one.ts", "one_on_one.scheduled"), async () => {
      meetingId = (await scheduleOneOnOne(manager, { memberId: cast.repA1.id, scheduledAt: `${inDays(1)}T15:00` })).id;
    });
    let itemId = "";
    await expectOneAudit(covers("lib/server/one-on-ones/add-agenda-item.ts", "one_on_one.agenda_item_added"), async () => {
      itemId = (await addAgendaItem(manager, { oneOnOneId: meetingId, title: "Pipeline hygiene" })).id;
    });
    await expectOneAudit(covers("lib/server/one-on-ones/set-agenda-item-done.ts", "one_on_one.agenda_item_updated"), () => setAgendaItemDone(manager, { oneOnOneId: meetingId, agendaItemId: itemId, done: true }));
    await expectOneAudit(covers("lib/server/one-on-ones/remove-agenda-item.ts", "one_on_one.agenda_item_removed"), () => removeAgendaItem(manager, { oneOnOneId: meetingId, agendaItemId: itemId }));
    await expectOneAudit(covers("lib/server/one-on-ones/start-one-on-one.ts", "one_on_one.started"), () => startOneOnOne(manager, meetingId));
    await expectOneAudit(covers("lib/server/one-on-ones/set-focus-competency.ts", "one_on_one.focus_set"), () => setFocusCompetency(manager, { oneOnOneId: meetingId, competencyId: focus.id }));
    await expectOneAudit(covers("lib/server/one-on-ones/save-shared-notes.ts", "one_on_one.shared_notes_saved"), () => saveSharedNotes(manager, { oneOnOneId: meetingId, body: "Shared", version: 0 }));
    await expectOneAudit(covers("lib/server/one-on-ones/save-private-note.ts", "one_on_one.private_note_saved"), () => savePrivateNote(manager, { oneOnOneId: meetingId, body: "Private", version: 0 }));
    let commitmentId = "";
    await expectOneAudit(covers("lib/server/commitments/add-commitment.ts", "commitment.created"), async () => {
      commitmentId = (await addCommitment(manager, { oneOnOneId: meetingId, text: "Call five lost deals", owner: "member", dueOn: inDays(10) })).id;
    });
    await expectOneAudit(covers("lib/server/one-on-ones/complete-one-on-one.ts", "one_on_one.completed"), () => completeOneOnOne(manager, meetingId));
    await expectOneAudit(covers("lib/server/one-on-ones/add-addendum.ts", "one_on_one.addendum_added"), () => addAddendum(manager, { oneOnOneId: meetingId, body: "Later note" }));
    await expectOneAudit(covers("lib/server/feedback/submit-coaching-feedback.ts", "coaching_feedback.submitted"), async () =>
      submitCoachingFeedback(await viewerFor(cast.repA1), { oneOnOneId: meetingId, rating: 4, comment: "Keep the role-plays" }),
    );
    // The next meeting with the same rep reviews the commitment.
    const nextId = (await scheduleOneOnOne(manager, { memberId: cast.repA1.id, scheduledAt: `${inDays(15)}T15:00` })).id;
    await startOneOnOne(manager, nextId);
    await expectOneAudit(covers("lib/server/commitments/review-commitment.ts", "commitment.reviewed"), () => reviewCommitment(manager, { oneOnOneId: nextId, commitmentId, outcome: "DONE" }));
    let otherId = "";
    otherId = (await scheduleOneOnOne(manager, { memberId: cast.repA2.id, scheduledAt: `${inDays(2)}T15:00` })).id;
    await expectOneAudit(covers("lib/server/one-on-ones/cancel-one-on-one.ts", "one_on_one.cancelled"), () => cancelOneOnOne(manager, otherId));
    await expectOneAudit(covers("lib/server/one-on-ones/set-coaching-cadence.ts", "user.cadence_set"), () => setCoachingCadence(manager, "WEEKLY"));
    const templates = await getAgendaTemplates(admin);
    await expectOneAudit(covers("lib/server/one-on-ones/update-agenda-template.ts", "agenda_template.updated"), () => updateAgendaTemplate(admin, { kind: "REP", sections: templates.REP }));
  });

  it("the activity grid and the CSV import", async () => {
    const admin = await viewerFor(cast.admin);
    await expectOneAudit(covers("lib/server/activity/save-activity-cell.ts", "activity.cell_saved"), () => saveActivityCell(admin, { repId: cast.repA1.id, day: "2026-01-07", stage: "dials", value: "12" }));
    const csv = `rep_email,date,stage,count\n${cast.repA1.email},2026-01-08,dials,30\n`;
    let jobId = "";
    await expectOneAudit(covers("lib/server/import/create-import-upload.ts", "activity_import.uploaded"), async () => {
      jobId = (await createImportUpload(admin, { fileName: "audited.csv", csv })).jobId;
    });
    await expectOneAudit(covers("lib/server/import/run-activity-import.ts", "activity.imported"), () => runActivityImport(admin, { jobId }));
    await expectOneAudit(covers("lib/server/import/save-import-preset.ts", "import_preset.saved"), () =>
      saveImportPreset(admin, { name: "Audited", mapping: { format: "long", columns: { repEmail: "rep_email", date: "date", stage: "stage", count: "count" } } }),
    );
  });

  it("CRM deals: upload, mapping, import and the funnel's sources", async () => {
    const admin = await viewerFor(cast.admin);
    const csv = `Opportunity ID,Opportunity Owner,Stage,Amount,Created Date,Close Date\nAUD-1,${cast.repA1.email},Closed Won,5000,2026-01-05,2026-02-02\n`;
    await expectOneAudit(covers("lib/server/deals/create-deal-upload.ts", "deal_import.uploaded"), () => createDealUpload(admin, { fileName: "deals.csv", csv }));
    await expectOneAudit(covers("lib/server/deals/save-deal-mapping.ts", "deal_mapping.saved"), () => saveDealMapping(admin, { name: "Audited", mapping: DEAL_PRESETS.salesforce }));
    await expectOneAudit(covers("lib/server/deals/run-deal-import.ts", "deals.imported"), () => runDealImport(admin, { csv, choice: { preset: "salesforce" } }));
    await expectOneAudit(covers("lib/server/deals/set-funnel-sources.ts", "funnel_sources.set"), () => setFunnelSources(admin, { sources: { won: "activity" } }));
  });

  it("goals and quotas", async () => {
    const vp = await viewerFor(cast.vp);
    const manager = await viewerFor(cast.managerA);
    const admin = await viewerFor(cast.admin);
    await expectOneAudit(covers("lib/server/goals/set-goals.ts", "goal.set"), () => setGoals(vp, { period: "2026-Q3", organization: 100_000, teams: [{ teamId: cast.teamA.id, amount: 60_000 }] }));
    await expectOneAudit(covers("lib/server/goals/set-quotas.ts", "quota.set"), () => setQuotas(manager, { period: "2026-Q3", teamId: cast.teamA.id, split: "even" }));
    await expectOneAudit(covers("lib/server/goals/import-quotas.ts", "quota.imported"), () => importQuotas(admin, `rep_email,period,amount\n${cast.repA1.email},2026-Q3,25000\n`));
  });

  it("has a row for every write operation in lib/server", () => {
    const missing = discoverWriteOperations().filter((file) => !(file in COVERED) && !(file in EXEMPT) && !(file in AUDITED_IN));
    expect(missing, "write operations with no audit row here (add one, or an exemption with its reason)").toEqual([]);
    for (const [file, suite] of Object.entries(AUDITED_IN)) {
      const operation = /export async function (\w+)/.exec(fs.readFileSync(file, "utf8"))?.[1] ?? "";
      expect(fs.readFileSync(suite, "utf8"), `${suite} must exercise ${operation}`).toContain(operation);
    }
  });
});

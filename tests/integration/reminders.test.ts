// Reminders and the calendar feed against the real database and pg-boss: which reminders are due
// on the organization's calendar, each one only once (however often the tick runs), switched-off
// kinds respected, the email job queued with the row, the feed's token hashed and revocable, and
// the feed's iCalendar parsed back (TZID, stable UID, SEQUENCE after a move).
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, parseDay, startOfIsoWeek, todayIn } from "@/lib/calendar/days";
import { meetingUid } from "@/lib/calendar/one-on-one-ics";
import { db } from "@/lib/db";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { runSendEmailJob } from "@/lib/jobs/handlers/send-email";
import { REMINDERS_DISPATCH, SEND_EMAIL, type SendEmailJobData } from "@/lib/jobs/queues";
import { hashOneTimeToken } from "@/lib/security/one-time-token";
import { createCalendarFeed } from "@/lib/server/calendar-feed/create-calendar-feed";
import { getCalendarFeed } from "@/lib/server/calendar-feed/get-calendar-feed";
import { getOneOnOneIcs } from "@/lib/server/calendar-feed/get-one-on-one-ics";
import { CALENDAR_FEED_LIMITS, readCalendarFeed } from "@/lib/server/calendar-feed/read-calendar-feed";
import { revokeCalendarFeed } from "@/lib/server/calendar-feed/revoke-calendar-feed";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/server/http/errors";
import { moveOneOnOne } from "@/lib/server/one-on-ones/move-one-on-one";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { getNotificationPreferences } from "@/lib/server/reminders/get-notification-preferences";
import { countUnreadNotifications, listNotifications } from "@/lib/server/reminders/list-notifications";
import { markNotificationsRead } from "@/lib/server/reminders/mark-notifications-read";
import { queueDueReminders, queueRemindersForAllOrganizations } from "@/lib/server/reminders/queue-due-reminders";
import { requestReminderCheck } from "@/lib/server/reminders/request-reminder-check";
import { setNotificationPreferences } from "@/lib/server/reminders/set-notification-preferences";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { createOrganizationCast, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let manager: Viewer;
let rep: Viewer;
let timeZone: string;
let today: string;
let tomorrowMeetingId: string;

const organization = () => ({ id: acme.organization.id, timeZone });
const ALL_ON = { ONE_ON_ONE_TOMORROW: true, COMMITMENT_DUE: true, WEEKLY_DIGEST: true };

async function commitment(ownerId: string, dueOn: string, text: string) {
  return db.commitment.create({ data: { organizationId: acme.organization.id, memberId: acme.repA1.id, ownerId, text, dueOn: parseDay(dueOn), createdById: acme.managerA.id }, select: { id: true } });
}

async function remindersOf(userId: string) {
  return db.reminder.findMany({ where: { userId }, orderBy: { dedupeKey: "asc" }, select: { id: true, kind: true, dedupeKey: true, title: true, path: true, body: true } });
}

async function reminderJobs(): Promise<SendEmailJobData[]> {
  await getBoss();
  const rows = await db.$queryRawUnsafe<{ data: SendEmailJobData }[]>(`SELECT data FROM pgboss.job WHERE name = $1 ORDER BY created_on`, SEND_EMAIL);
  // pg-boss's schema outlives the truncation between files: this organization's jobs only.
  return rows.map((row) => row.data).filter((data) => data.kind === "reminder" && data.organizationId === acme.organization.id);
}

function tokenOf(url: string): string {
  return /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)?.[1] ?? "";
}

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  manager = await viewerFor(acme.managerA);
  rep = await viewerFor(acme.repA1);
  timeZone = manager.organization.timeZone;
  today = todayIn(timeZone);
  tomorrowMeetingId = (await scheduleOneOnOne(manager, { memberId: acme.repA1.id, scheduledAt: `${addDays(today, 1)}T10:00` })).id;
  await scheduleOneOnOne(manager, { memberId: acme.repA2.id, scheduledAt: `${addDays(today, 3)}T10:00` });
  await commitment(acme.repA1.id, addDays(today, 1), "Call the three stalled proposals");
  await commitment(acme.managerA.id, addDays(today, -2), "Share the discovery checklist");
  await commitment(acme.repA1.id, addDays(today, -30), "An old one, long overdue");
  await commitment(acme.repA1.id, today, "Due today");
  await db.managerDigest.create({ data: { organizationId: acme.organization.id, managerId: acme.managerA.id, weekOf: parseDay(startOfIsoWeek(today)), body: {} } });
});

afterAll(async () => {
  // pg-boss's schema is not truncated: leave no reminder jobs for a server started on this database later.
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name IN ($1, $2) AND data->>'organizationId' = $3`, SEND_EMAIL, REMINDERS_DISPATCH, acme.organization.id);
  await stopBoss();
});

describe("reminder selection", () => {
  it("reminds both people of a one-on-one tomorrow, owners of commitments due tomorrow or just overdue, and a manager of the week's digest", async () => {
    expect(await queueDueReminders(organization())).toEqual({ due: 5, created: 5 });
    const repReminders = await remindersOf(acme.repA1.id);
    expect(repReminders.map((reminder) => reminder.kind).sort()).toEqual(["COMMITMENT_DUE", "ONE_ON_ONE_TOMORROW"]);
    const meeting = repReminders.find((reminder) => reminder.kind === "ONE_ON_ONE_TOMORROW");
    expect(meeting).toMatchObject({ path: `/one-on-ones/${tomorrowMeetingId}`, dedupeKey: `one-on-one:${tomorrowMeetingId}:${addDays(today, 1)}T10:00` });
    expect(meeting?.title).toContain(acme.managerA.name);
    expect(repReminders.find((reminder) => reminder.kind === "COMMITMENT_DUE")?.title).toBe("Commitment due tomorrow");

    const managerReminders = await remindersOf(acme.managerA.id);
    expect(managerReminders.map((reminder) => reminder.kind).sort()).toEqual(["COMMITMENT_DUE", "ONE_ON_ONE_TOMORROW", "WEEKLY_DIGEST"]);
    expect(managerReminders.find((reminder) => reminder.kind === "COMMITMENT_DUE")?.title).toMatch(/^Commitment overdue since/);
    // The meeting in three days, the commitment overdue for a month and the one due today: nothing.
    expect(await remindersOf(acme.repA2.id)).toEqual([]);
  });

  it("queues one email job per new reminder, in the reminder's transaction", async () => {
    const jobs = await reminderJobs();
    const reminders = await db.reminder.findMany({ where: { organizationId: acme.organization.id }, select: { id: true } });
    expect(jobs.map((job) => (job.kind === "reminder" ? job.reminderId : "")).sort()).toEqual(reminders.map((reminder) => reminder.id).sort());
  });

  it("never creates or queues the same reminder twice, however often the tick runs (concurrently too)", async () => {
    const before = (await reminderJobs()).length;
    const [first, second] = await Promise.all([queueDueReminders(organization()), queueDueReminders(organization())]);
    expect(first.created + second.created).toBe(0);
    expect((await queueRemindersForAllOrganizations()).created).toBe(0);
    expect(await db.reminder.count({ where: { organizationId: acme.organization.id } })).toBe(5);
    expect((await reminderJobs()).length).toBe(before);
  });

  it("an administrator's 'check now' queues one organization-scoped check (audited); nobody else may", async () => {
    const admin = await viewerFor(acme.admin);
    expect(await requestReminderCheck(admin)).toEqual({ queued: true });
    expect(await requestReminderCheck(admin)).toEqual({ queued: false });
    const checks = await db.$queryRawUnsafe<{ data: { organizationId?: string } }[]>(`SELECT data FROM pgboss.job WHERE name = $1`, REMINDERS_DISPATCH);
    expect(checks.filter((job) => job.data.organizationId === acme.organization.id)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "reminders.check_requested" } })).toBe(2);
    expect(await rejection(requestReminderCheck(manager))).toBeInstanceOf(ForbiddenError);
  });

  it("emails a reminder once, with the prep link, to the development outbox", async () => {
    const [reminder] = (await remindersOf(acme.repA1.id)).filter((row) => row.kind === "ONE_ON_ONE_TOMORROW");
    const job: SendEmailJobData = { kind: "reminder", reminderId: reminder?.id ?? "", organizationId: acme.organization.id };
    expect(await runSendEmailJob(job)).toEqual({ status: "sent", delivered: "outbox" });
    const message = await db.devOutboxMessage.findFirstOrThrow({ where: { to: acme.repA1.email }, orderBy: { createdAt: "desc" } });
    expect(message.subject).toContain("One-on-one tomorrow");
    expect(message.text).toContain(`/one-on-ones/${tomorrowMeetingId}`);
    expect(message.text).toContain("/settings/profile");
    expect(await runSendEmailJob(job)).toEqual({ status: "skipped", reason: "reminder already emailed" });
    expect(await db.devOutboxMessage.count({ where: { to: acme.repA1.email } })).toBe(1);
  });

  it("respects a switched-off kind: no new reminder of it, and no email for one already queued", async () => {
    await setNotificationPreferences(rep, { ...ALL_ON, COMMITMENT_DUE: false });
    expect(await getNotificationPreferences(rep)).toEqual({ ...ALL_ON, COMMITMENT_DUE: false });
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "notification_preferences.set", entityId: acme.repA1.id } })).toBe(1);

    await commitment(acme.repA1.id, addDays(today, 1), "A second one for tomorrow");
    await commitment(acme.managerA.id, addDays(today, 1), "The manager's own for tomorrow");
    expect((await queueDueReminders(organization())).created).toBe(1);
    expect((await remindersOf(acme.repA1.id)).filter((row) => row.kind === "COMMITMENT_DUE")).toHaveLength(1);

    const [queued] = (await remindersOf(acme.repA1.id)).filter((row) => row.kind === "COMMITMENT_DUE");
    expect(await runSendEmailJob({ kind: "reminder", reminderId: queued?.id ?? "", organizationId: acme.organization.id })).toEqual({ status: "skipped", reason: "switched off by the person" });
    await setNotificationPreferences(rep, ALL_ON);
    expect(await getNotificationPreferences(rep)).toEqual(ALL_ON);
  });

  it("lists a person's own reminders in the app with an unread count, and marks them read", async () => {
    expect(await countUnreadNotifications(rep)).toBe(2);
    const listed = await listNotifications(rep);
    expect(listed.map((notification) => notification.kind).sort()).toEqual(["COMMITMENT_DUE", "ONE_ON_ONE_TOMORROW"]);
    expect(await markNotificationsRead(rep)).toBe(2);
    expect(await countUnreadNotifications(rep)).toBe(0);
    expect(await countUnreadNotifications(manager)).toBe(4);
  });

  it("reminds again when a meeting moves to another day (a new day, a new reminder)", async () => {
    await moveOneOnOne(manager, { oneOnOneId: tomorrowMeetingId, scheduledAt: `${addDays(today, 2)}T09:00` });
    const dayAfter = new Date(Date.now() + 86_400_000);
    await queueDueReminders(organization(), dayAfter);
    const keys = (await remindersOf(acme.repA1.id)).map((row) => row.dedupeKey);
    expect(keys).toContain(`one-on-one:${tomorrowMeetingId}:${addDays(today, 2)}T09:00`);
    await moveOneOnOne(manager, { oneOnOneId: tomorrowMeetingId, scheduledAt: `${addDays(today, 1)}T10:00` });
  });

  it("reminds again, with the new time, when a meeting already reminded moves to another hour of the same day", async () => {
    const before = (await remindersOf(acme.repA1.id)).filter((row) => row.kind === "ONE_ON_ONE_TOMORROW").length;
    await moveOneOnOne(manager, { oneOnOneId: tomorrowMeetingId, scheduledAt: `${addDays(today, 1)}T15:30` });
    await queueDueReminders(organization());
    const meetings = (await remindersOf(acme.repA1.id)).filter((row) => row.kind === "ONE_ON_ONE_TOMORROW");
    expect(meetings).toHaveLength(before + 1);
    const moved = meetings.find((row) => row.dedupeKey === `one-on-one:${tomorrowMeetingId}:${addDays(today, 1)}T15:30`);
    expect(moved?.body).toMatch(/3:30\s?PM|15:30/);
    // Asked again without a move: nothing new.
    await queueDueReminders(organization());
    expect((await remindersOf(acme.repA1.id)).filter((row) => row.kind === "ONE_ON_ONE_TOMORROW")).toHaveLength(before + 1);
    await moveOneOnOne(manager, { oneOnOneId: tomorrowMeetingId, scheduledAt: `${addDays(today, 1)}T10:00` });
  });
});

describe("calendar feed", () => {
  let url = "";

  it("stores only the token's hash, and lists the person's one-on-ones in the organization's zone with stable UIDs", async () => {
    url = (await createCalendarFeed(rep)).url;
    const token = tokenOf(url);
    expect(token.length).toBeGreaterThan(30);
    const stored = await db.calendarFeed.findFirstOrThrow({ where: { userId: acme.repA1.id, revokedAt: null } });
    expect(stored.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await getCalendarFeed(rep)).active).toBe(true);

    const ics = (await readCalendarFeed(token, "203.0.113.1")) ?? "";
    expect(ics).toContain(`DTSTART;TZID=${timeZone}:${addDays(today, 1).replaceAll("-", "")}T100000`);
    const events = eventsOf(ics);
    // The rep's meeting only (not the teammate's).
    expect(events.map((event) => event.uid)).toEqual([meetingUid(tomorrowMeetingId)]);
    expect(events[0]?.summary).toBe(`One-on-one with ${acme.managerA.name}`);
    expect(events[0]?.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(timeZone);
  });

  it("shows a moved meeting at its new time, same UID, higher SEQUENCE", async () => {
    const token = tokenOf(url);
    const before = eventsOf((await readCalendarFeed(token, "203.0.113.1")) ?? "")[0];
    const moves = () => db.auditLog.count({ where: { action: "one_on_one.moved", entityId: tomorrowMeetingId } });
    const movesBefore = await moves();
    await moveOneOnOne(manager, { oneOnOneId: tomorrowMeetingId, scheduledAt: `${addDays(today, 1)}T14:30` });
    expect(await moves()).toBe(movesBefore + 1);
    const after = eventsOf((await readCalendarFeed(token, "203.0.113.1")) ?? "")[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe((before?.sequence ?? 0) + 1);
    expect(after?.startDate.toString()).toBe(`${addDays(today, 1)}T14:30:00`);
  });

  it("add to calendar: the coach and the member download the meeting; another manager and an observing VP get 404", async () => {
    const { fileName, ics } = await getOneOnOneIcs(manager, tomorrowMeetingId);
    expect(fileName).toMatch(/^one-on-one-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(eventsOf(ics)[0]?.uid).toBe(meetingUid(tomorrowMeetingId));
    expect(eventsOf((await getOneOnOneIcs(rep, tomorrowMeetingId)).ics)[0]?.summary).toBe(`One-on-one with ${acme.managerA.name}`);
    expect(await rejection(getOneOnOneIcs(await viewerFor(acme.managerB), tomorrowMeetingId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getOneOnOneIcs(await viewerFor(acme.vp), tomorrowMeetingId))).toBeInstanceOf(NotFoundError);
  });

  it("a new link revokes the old one; revoking ends the feed (the route answers 404)", async () => {
    const old = tokenOf(url);
    url = (await createCalendarFeed(rep)).url;
    expect(await readCalendarFeed(old, "203.0.113.2")).toBeNull();
    expect(await readCalendarFeed(tokenOf(url), "203.0.113.2")).not.toBeNull();
    await revokeCalendarFeed(rep);
    expect(await readCalendarFeed(tokenOf(url), "203.0.113.2")).toBeNull();
    expect((await getCalendarFeed(rep)).active).toBe(false);
    expect(await rejection(revokeCalendarFeed(rep))).toBeInstanceOf(NotFoundError);
    const actions = await db.auditLog.findMany({ where: { organizationId: acme.organization.id, entityType: "CalendarFeed" }, select: { action: true } });
    expect(actions.map((row) => row.action).sort()).toEqual(["calendar_feed.created", "calendar_feed.created", "calendar_feed.revoked"]);
  });

  it("limits guessing: unknown tokens from one address are refused after the limit", async () => {
    for (let attempt = 0; attempt < CALENDAR_FEED_LIMITS.unknownPerAddress; attempt++) expect(await readCalendarFeed(`guess-${attempt}-aaaaaaaaaaaaaaaaaaaa`, "198.51.100.9")).toBeNull();
    expect(await rejection(readCalendarFeed("guess-last-aaaaaaaaaaaaaaaaaaaa", "198.51.100.9"))).toBeInstanceOf(RateLimitedError);
  });
});

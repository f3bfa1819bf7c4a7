// Reminders and the calendar end to end with real parts: Marcus (rep3) switches off one-on-one
// reminders; Dana (manager1) books a one-on-one with him for tomorrow, downloads it for her
// calendar and moves it; the reminder check runs (pg-boss) and emails Dana through SMTP to the
// smtp-server this file starts — and Marcus nothing; Dana's notifications list has it; Marcus's
// calendar link serves the meeting (moved: same UID, SEQUENCE 1) until he turns it off (404).
import fs from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { SmtpInbox } from "./smtp-inbox";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const inbox = new SmtpInbox();
const TIME_ZONE = "America/New_York";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  // The SMTP port may be held by tests/e2e/email.spec.ts in the other worker for a while.
  testInfo.setTimeout(180_000);
  await inbox.listen(Number(process.env.E2E_SMTP_PORT ?? 2525));
});

test.afterAll(async () => {
  await inbox.close();
});

/** Tomorrow on the demo organization's calendar, "YYYY-MM-DD" (the browser's own zone may differ). */
function tomorrowInOrganization(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, acceptDownloads: true })).newPage();
  await signIn(page, email);
  return page;
}

async function downloadIcs(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to calendar (.ics)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^one-on-one-\d{4}-\d{2}-\d{2}\.ics$/);
  return fs.readFile((await download.path()) ?? "", "utf8");
}

test("reminders respect a switched-off kind, reach the manager by email and in the app; the meeting goes into calendars and follows a move", async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const tomorrow = tomorrowInOrganization();
  const compact = tomorrow.replaceAll("-", "");

  // Marcus switches off one-on-one reminders (commitments and the digest stay on).
  const rep = await signedIn(browser, "rep3@acme.test");
  await rep.goto("/settings/profile");
  await rep.getByLabel("One-on-one tomorrow").uncheck();
  await rep.getByRole("button", { name: "Save reminders" }).click();
  await expect(rep.getByText("Your reminder settings are saved.")).toBeVisible();
  await rep.reload();
  await expect(rep.getByLabel("One-on-one tomorrow")).not.toBeChecked();
  await expect(rep.getByLabel("Commitments due")).toBeChecked();

  // Dana books a one-on-one with him tomorrow at 10:00 and adds it to her calendar.
  const manager = await signedIn(browser, "manager1@acme.test");
  await manager.goto("/one-on-ones");
  const schedule = manager.getByRole("form", { name: "Schedule a one-on-one" });
  await schedule.getByLabel("Rep", { exact: true }).selectOption({ label: "Marcus Lee" });
  await schedule.getByLabel("Date and time", { exact: true }).fill(`${tomorrow}T10:00`);
  await schedule.getByRole("button", { name: "Schedule" }).click();
  await expect(manager).toHaveURL(/\/one-on-ones\/[A-Za-z0-9_-]+$/);
  const meetingPath = new URL(manager.url()).pathname;
  const meetingId = meetingPath.split("/").at(-1) ?? "";
  const first = await downloadIcs(manager);
  expect(first).toContain(`DTSTART;TZID=${TIME_ZONE}:${compact}T100000`);
  expect(first).toContain(`UID:one-on-one-${meetingId}@coachboard`);
  expect(first).toContain("SEQUENCE:0");
  expect(first).toContain("BEGIN:VTIMEZONE");

  // She moves it to 11:30: the same event, a higher sequence.
  await manager.getByRole("button", { name: "Move the meeting" }).click();
  await manager.getByLabel("New date and time").fill(`${tomorrow}T11:30`);
  await manager.getByRole("button", { name: "Move", exact: true }).click();
  await expect(manager.getByText(/^Moved\./)).toBeVisible();
  const moved = await downloadIcs(manager);
  expect(moved).toContain(`DTSTART;TZID=${TIME_ZONE}:${compact}T113000`);
  expect(moved).toContain(`UID:one-on-one-${meetingId}@coachboard`);
  expect(moved).toContain("SEQUENCE:1");

  // The reminder check runs now rather than at the next five-minute tick.
  const admin = await signedIn(browser, "admin@acme.test");
  await admin.goto("/settings/jobs");
  await admin.getByRole("button", { name: "Check reminders now" }).click();
  await expect(admin.getByText(/Queued: due reminders go out within a minute|already queued/)).toBeVisible();

  // Dana gets the email with the prep link; Marcus, who switched the kind off, gets nothing.
  const mail = await inbox.waitFor("manager1@acme.test", /One-on-one tomorrow with Marcus Lee/, 90_000);
  expect(mail.text).toContain(`${baseURL}${meetingPath}`);
  expect(mail.html).toContain("Prepare the one-on-one");
  await manager.waitForTimeout(3_000);
  expect(inbox.count("rep3@acme.test")).toBe(0);

  // In the app: the badge in the shell, the list, and reading it clears the badge.
  await manager.goto("/one-on-ones");
  await expect(manager.getByTestId("notifications-badge")).toBeVisible();
  await manager.getByTestId("notifications-link").click();
  await expect(manager.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(manager.getByRole("list", { name: "Notifications" })).toContainText("One-on-one tomorrow with Marcus Lee");
  await manager.getByRole("button", { name: "Mark all as read" }).click();
  await expect(manager.getByTestId("notifications-badge")).toHaveCount(0);

  // Marcus's personal calendar link serves the moved meeting until he turns it off.
  await rep.goto("/settings/profile");
  await rep.getByRole("button", { name: "Make a calendar link" }).click();
  const feedUrl = await rep.getByTestId("calendar-feed-url").inputValue();
  expect(feedUrl).toMatch(new RegExp(`^${baseURL}/api/calendar/[A-Za-z0-9_-]+\\.ics$`));
  const feed = await request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const feedText = await feed.text();
  expect(feedText).toContain(`UID:one-on-one-${meetingId}@coachboard`);
  expect(feedText).toContain(`DTSTART;TZID=${TIME_ZONE}:${compact}T113000`);
  expect(feedText).toContain("SEQUENCE:1");
  await rep.reload();
  await rep.getByRole("button", { name: "Turn off the calendar link" }).click();
  await expect(rep.getByText(/The calendar link is off/)).toBeVisible();
  expect((await request.get(feedUrl)).status()).toBe(404);

  // Marcus switches one-on-one reminders back on (the demo's default).
  await rep.reload();
  await rep.getByLabel("One-on-one tomorrow").check();
  await rep.getByRole("button", { name: "Save reminders" }).click();
  await expect(rep.getByText("Your reminder settings are saved.")).toBeVisible();
  await Promise.all([rep.context().close(), manager.context().close(), admin.context().close()]);
});

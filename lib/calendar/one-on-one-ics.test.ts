import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingUid, oneOnOneCalendar, type CalendarMeeting } from "@/lib/calendar/one-on-one-ics";

const meeting: CalendarMeeting = {
  id: "m1",
  title: "One-on-one: Dana Manager and Riley Rep",
  description: "Prepare: https://app.test/one-on-ones/m1",
  url: "https://app.test/one-on-ones/m1",
  // 15:00 UTC = 10:00 in New York in December.
  start: new Date("2026-12-08T15:00:00Z"),
  sequence: 2,
  lastModified: new Date("2026-12-06T12:00:00Z"),
  cancelled: false,
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { component, events: component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("oneOnOneCalendar", () => {
  it("writes the meeting on the organization's wall clock with its TZID, a VTIMEZONE and a stable UID", () => {
    const text = oneOnOneCalendar({ name: "One-on-ones", timeZone: "America/New_York", meetings: [meeting], now: new Date("2026-12-06T18:00:00Z") });
    expect(text).toContain("DTSTART;TZID=America/New_York:20261208T100000");
    expect(text).toContain("DTEND;TZID=America/New_York:20261208T103000");
    const { component, events } = parse(text);
    expect(component.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("America/New_York");
    const [event] = events;
    expect(event?.uid).toBe(meetingUid("m1"));
    expect(event?.sequence).toBe(2);
    expect(event?.startDate.toJSDate().toISOString()).toBe("2026-12-08T15:00:00.000Z");
    expect(event?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(event?.component.getFirstPropertyValue("last-modified"))).toBe("2026-12-06T12:00:00Z");
  });

  it("keeps the UID and raises nothing itself: a moved or cancelled meeting shows through its own sequence and status", () => {
    const moved = oneOnOneCalendar({
      name: "x",
      timeZone: "Europe/Berlin",
      meetings: [{ ...meeting, start: new Date("2026-07-01T08:30:00Z"), sequence: 3, cancelled: true }],
    });
    expect(moved).toContain("DTSTART;TZID=Europe/Berlin:20260701T103000");
    const [event] = parse(moved).events;
    expect(event?.uid).toBe(meetingUid("m1"));
    expect(event?.sequence).toBe(3);
    expect(event?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});

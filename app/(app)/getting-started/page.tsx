import type { Metadata } from "next";
import Link from "next/link";
import { CheckCircle2, Circle } from "lucide-react";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getGettingStarted, type GettingStartedStep } from "@/lib/server/onboarding/get-getting-started";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Getting started" };

const STEPS: Record<GettingStartedStep["key"], { title: string; body: string; links: { href: string; label: string }[] }> = {
  people: {
    title: "Invite your people",
    body: "Invite managers and reps one by one, or bring in the whole org chart; each person gets an email to set their password.",
    links: [{ href: "/settings/users", label: "Invite people" }, { href: "/settings/teams", label: "Set up teams" }],
  },
  activity: {
    title: "Import activity",
    body: "Upload the daily activity your CRM exports (dials, meetings, opportunities, revenue) so the dashboards have numbers to coach from.",
    links: [{ href: "/activity/import", label: "Import activity" }],
  },
  benchmarks: {
    title: "Review benchmarks",
    body: "Coachboard starts from industry benchmarks. Set your own per team where they differ; priorities are measured against them.",
    links: [{ href: "/org/benchmarks", label: "Review benchmarks" }],
  },
  "one-on-one": {
    title: "First one-on-one",
    body: "Managers open a one-on-one with a rep from their team page; the agenda starts from the rep's numbers.",
    links: [],
  },
};

export default async function GettingStartedPage() {
  const viewer = await requireViewer("organization.admin");
  const steps = await getGettingStarted(viewer);
  const done = steps.filter((step) => step.done).length;
  return (
    <>
      <PageHeader title="Getting started" description={`${viewer.organization.name}: ${done} of ${steps.length} steps done. Each tick comes from your data, so it updates by itself.`} />
      <ol className="flex flex-col gap-4" aria-label="Getting-started checklist">
        {steps.map((step, index) => {
          const copy = STEPS[step.key];
          return (
            <li key={step.key} data-testid={`step-${step.key}`} data-done={step.done ? "true" : "false"}>
              <Card>
                <CardContent className="flex gap-4 pt-6">
                  {step.done ? <CheckCircle2 aria-hidden className="mt-0.5 size-6 shrink-0 text-emerald-700" /> : <Circle aria-hidden className="mt-0.5 size-6 shrink-0 text-slate-400" />}
                  <div className="flex min-w-0 flex-col gap-2">
                    <h2 className="font-semibold text-slate-900">
                      {index + 1}. {copy.title} <span className="sr-only">{step.done ? "(done)" : "(to do)"}</span>
                    </h2>
                    <p className="text-sm text-slate-700">{copy.body}</p>
                    <p className="text-sm font-medium text-slate-900">{step.detail}</p>
                    {copy.links.length ? (
                      <div className="flex flex-wrap gap-4">
                        {copy.links.map((link) => (
                          <Link key={link.href} href={link.href} className="text-sm text-brand-700 underline">
                            {link.label}
                          </Link>
                        ))}
                      </div>
                    ) : null}
                  </div>
                </CardContent>
              </Card>
            </li>
          );
        })}
      </ol>
    </>
  );
}

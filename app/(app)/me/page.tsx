import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Alert } from "@/components/ui/alert";
import type { PeriodRequest } from "@/lib/calendar/period";
import { parseScreenPeriod } from "@/lib/validation/period";
import { RepProfileView } from "@/components/reps/rep-profile-view";
import { TomorrowTargetsCard } from "@/components/goals/tomorrow-targets-card";
import { getRepReverseFunnel } from "@/lib/server/goals/get-rep-reverse-funnel";
import { getRepProfile } from "@/lib/server/reps/get-rep-profile";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "My numbers" };

export default async function MyNumbersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("rep.viewOwn");
  const { request: period, problem } = parseScreenPeriod(await searchParams);
  return (
    <>
      {problem ? (
        <Alert tone="warning" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      {/* Not streamed: the rep's numbers are the page's largest content (LCP; docs/performance.md).
          Keyed by the period, so a new period starts every client component afresh (an open
          picker closes, its date fields take the new range), as the keyed Suspense did. */}
      <Fragment key={JSON.stringify(period)}>
        <MyNumbers viewer={viewer} period={period} />
      </Fragment>
    </>
  );
}

async function MyNumbers({ viewer, period }: { viewer: Viewer; period: PeriodRequest }) {
  // Both at once rather than the targets in a Suspense of their own: streamed in later above the
  // profile, their card pushed the whole page down (CLS 0.12 in Lighthouse, issue #21).
  const [profile, targets] = await Promise.all([getRepProfile(viewer, viewer.id, period), getRepReverseFunnel(viewer, viewer.id)]);
  return (
    <>
      <PageHeader
        title={`Hi ${viewer.name.split(" ")[0]}`}
        description={`Your numbers, ${profile.window.kind === "window" ? profile.window.label.toLowerCase() : profile.window.label} (${profile.window.from} to ${profile.window.to})`}
        actions={
          <>
            <Link href="/me/assessment" className={buttonVariants({ variant: "secondary", size: "sm" })}>
              Self-assessment
            </Link>
            <PeriodPicker basePath="/me" period={profile.window} />
          </>
        }
      />
      <div className="mb-6">
        {/* The same call as /activity's daily targets and the API: one figure, whatever window the page shows. */}
        <TomorrowTargetsCard targets={targets} />
      </div>
      <RepProfileView profile={profile} audience="rep" />
    </>
  );
}

import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { ReminderCheckButton } from "@/components/jobs/reminder-check-button";
import { RetryJobButton } from "@/components/jobs/retry-job-button";
import { listFailedJobs } from "@/lib/server/jobs/list-failed-jobs";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Background jobs" };

const QUEUE_LABEL: Record<string, string> = {
  "import-activity": "Activity import",
  "manager-digest": "Weekly digest",
  "manager-digest-dispatch": "Digest schedule",
  "reminders-dispatch": "Reminder schedule",
};

export default async function FailedJobsPage() {
  const viewer = await requireViewer("organization.admin");
  const jobs = await listFailedJobs(viewer);
  const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: viewer.organization.timeZone });
  return (
    <>
      <PageHeader title="Background jobs" description="Imports and weekly digests that failed after every automatic retry. Retry one once the cause is fixed." />
      <Card>
        <CardHeader>
          <CardTitle>Failed jobs</CardTitle>
          <CardDescription>Kept for 7 days. Jobs are retried automatically with increasing delays before they show here.</CardDescription>
        </CardHeader>
        <CardContent>
          {jobs.length === 0 ? (
            <EmptyState title="No failed jobs">Every import and digest of the last week ran.</EmptyState>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>Job</Th>
                  <Th>Error</Th>
                  <Th>Failed</Th>
                  <Th>Attempts</Th>
                  <Th>
                    <span className="sr-only">Action</span>
                  </Th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job) => {
                  const label = QUEUE_LABEL[job.queue] ?? job.queue;
                  return (
                    <tr key={job.id}>
                      <Td>{label}</Td>
                      <Td className="max-w-md break-words font-mono text-xs">{job.error}</Td>
                      <Td>{job.failedAt ? when.format(new Date(job.failedAt)) : "—"}</Td>
                      <Td>{job.attempts}</Td>
                      <Td>
                        <RetryJobButton jobId={job.id} queue={job.queue} label={`${label} from ${job.failedAt ? when.format(new Date(job.failedAt)) : "unknown time"}`} />
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card className="mt-4">
        <CardHeader>
          <CardTitle>Reminders</CardTitle>
          <CardDescription>One-on-ones tomorrow, commitments coming due and weekly digests are checked every 5 minutes; each reminder goes out once.</CardDescription>
        </CardHeader>
        <CardContent>
          <ReminderCheckButton />
        </CardContent>
      </Card>
    </>
  );
}

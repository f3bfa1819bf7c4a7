import type { Metadata } from "next";
import Link from "next/link";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { requireViewer } from "@/lib/server/viewer/get-viewer";
import { parseAuditLogFilters } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("organization.admin");
  const { filters, problems } = parseAuditLogFilters(await searchParams);
  const log = await listAuditLog(viewer, filters);
  const timeZone = viewer.organization.timeZone;
  const filterParams = new URLSearchParams();
  for (const key of ["action", "entityType", "actor", "from", "to"] as const) {
    const value = filters[key];
    if (value) filterParams.set(key, value);
  }
  const olderHref = log.nextCursor ? `/settings/audit?${new URLSearchParams([...filterParams, ["cursor", log.nextCursor]]).toString()}` : null;
  const newestHref = `/settings/audit${filterParams.size ? `?${filterParams.toString()}` : ""}`;
  return (
    <>
      <SettingsBreadcrumb current="Audit log" />
      <PageHeader title="Audit log" description={`Every change, sign-in and export in the organization, newest first. Records cannot be edited or deleted. Times in ${timeZone}.`} />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Filter</CardTitle>
          </CardHeader>
          <CardContent>
            <form method="get" action="/settings/audit" aria-label="Filter the audit log" className="grid gap-4 md:grid-cols-3 lg:grid-cols-6 lg:items-end">
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="audit-action">Action</Label>
                <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={selectClass}>
                  <option value="">Any action</option>
                  {log.options.actions.map((action) => (
                    <option key={action} value={action}>
                      {action}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="audit-entity">Record type</Label>
                <select id="audit-entity" name="entityType" defaultValue={filters.entityType ?? ""} className={selectClass}>
                  <option value="">Any type</option>
                  {log.options.entityTypes.map((entityType) => (
                    <option key={entityType} value={entityType}>
                      {entityType}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="audit-actor">Who</Label>
                <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""} className={selectClass}>
                  <option value="">Anyone</option>
                  {log.options.actors.map((actor) => (
                    <option key={actor.id} value={actor.id}>
                      {actor.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="audit-from">From</Label>
                <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
              </div>
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="audit-to">To</Label>
                <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
              </div>
              <div className="flex gap-2">
                <button type="submit" className={buttonVariants()}>
                  Apply
                </button>
                <Link href="/settings/audit" className={buttonVariants({ variant: "ghost" })}>
                  Clear
                </Link>
              </div>
            </form>
            {problems.length ? (
              <Alert tone="warning" className="mt-4">
                Ignored {problems.length === 1 ? "a filter" : "filters"} that could not be read: {problems.join("; ")}.
              </Alert>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Records</CardTitle>
            <CardDescription>{filters.cursor ? "Older records." : "The most recent records."}</CardDescription>
          </CardHeader>
          <CardContent className="px-2">
            {log.entries.length ? (
              <Table aria-label="Audit records">
                <thead>
                  <tr>
                    <Th>When</Th>
                    <Th>Who</Th>
                    <Th>Action</Th>
                    <Th>Record</Th>
                    <Th>Change</Th>
                  </tr>
                </thead>
                <tbody>
                  {log.entries.map((entry) => (
                    <tr key={entry.id}>
                      <Td className="whitespace-nowrap">
                        <time dateTime={entry.createdAt}>{formatDateTime(new Date(entry.createdAt), timeZone)}</time>
                      </Td>
                      <Td>{entry.actor}</Td>
                      <Td>
                        <code className="text-xs">{entry.action}</code>
                      </Td>
                      <Td>
                        {entry.entityType}
                        {entry.entityId ? <div className="break-all text-xs text-slate-600">{entry.entityId}</div> : null}
                      </Td>
                      <Td className="max-w-md">
                        {entry.before || entry.after ? (
                          <details>
                            <summary className="cursor-pointer text-sm">Details</summary>
                            <dl className="mt-1 text-xs">
                              {entry.before ? (
                                <>
                                  <dt className="font-medium">Before</dt>
                                  <dd className="break-all font-mono">{entry.before}</dd>
                                </>
                              ) : null}
                              {entry.after ? (
                                <>
                                  <dt className="font-medium">After</dt>
                                  <dd className="break-all font-mono">{entry.after}</dd>
                                </>
                              ) : null}
                            </dl>
                          </details>
                        ) : (
                          <span className="text-slate-600">—</span>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <EmptyState title="No records match">Change or clear the filters.</EmptyState>
            )}
            <nav aria-label="Audit log pages" className="mt-4 flex gap-2 px-3">
              {filters.cursor ? (
                <Link href={newestHref} className={buttonVariants({ variant: "secondary", size: "sm" })}>
                  Newest records
                </Link>
              ) : null}
              {olderHref ? (
                <Link href={olderHref} className={buttonVariants({ variant: "secondary", size: "sm" })}>
                  Older records
                </Link>
              ) : null}
            </nav>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

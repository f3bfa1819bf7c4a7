import type { Metadata } from "next";
import { CreateApiTokenForm, RevokeApiTokenForm } from "@/components/settings/api-token-forms";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const viewer = await requireViewer("organization.admin");
  const tokens = await listApiTokens(viewer);
  const when = (date: Date | null) => (date ? formatDateTime(date, viewer.organization.timeZone) : "—");
  return (
    <>
      <SettingsBreadcrumb current="API tokens" />
      <PageHeader title="API tokens" description="Tokens let your CRM, provisioning and scripts call the Coachboard API for this organization. Only a hash is stored; revoke a token the moment it is no longer needed." />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Create a token</CardTitle>
          </CardHeader>
          <CardContent>
            <CreateApiTokenForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Tokens</CardTitle>
            <CardDescription>Identified by their first characters; last use is recorded to the minute. Times in {viewer.organization.timeZone}.</CardDescription>
          </CardHeader>
          <CardContent className="px-2">
            {tokens.length ? (
              <Table aria-label="API tokens">
                <thead>
                  <tr>
                    <Th>Name</Th>
                    <Th>Starts with</Th>
                    <Th>Created</Th>
                    <Th>Last used</Th>
                    <Th>Status</Th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((token) => (
                    <tr key={token.id}>
                      <Td className="font-medium">{token.name}</Td>
                      <Td>
                        <code className="rounded bg-slate-100 px-1">{token.prefix}…</code>
                      </Td>
                      <Td>{when(token.createdAt)}</Td>
                      <Td>{token.lastUsedAt ? when(token.lastUsedAt) : "Never"}</Td>
                      <Td>
                        {token.revokedAt ? (
                          <Badge>Revoked {when(token.revokedAt)}</Badge>
                        ) : (
                          <div className="flex flex-col items-start gap-2">
                            <Badge tone="good">Active</Badge>
                            <RevokeApiTokenForm token={{ id: token.id, name: token.name }} />
                          </div>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <EmptyState title="No API tokens yet">Create one above for each system that calls the API.</EmptyState>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}

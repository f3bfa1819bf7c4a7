import type { Metadata } from "next";
import { headers } from "next/headers";
import { SsoSettingsForm } from "@/components/settings/sso-settings-form";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getSsoSettings } from "@/lib/server/sso/get-sso-settings";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const viewer = await requireViewer("organization.admin");
  const settings = await getSsoSettings(viewer);
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000"}`;
  return (
    <>
      <SettingsBreadcrumb current="Security" />
      <PageHeader title="Security" description="Single sign-on: your people sign in through your company's OpenID Connect provider (Okta, Microsoft Entra ID, Google Workspace, Keycloak…)." />
      <Card>
        <CardHeader>
          <CardTitle>Single sign-on (OpenID Connect)</CardTitle>
          <CardDescription>
            Register Coachboard at your provider as a web application with the redirect URI <code className="rounded bg-slate-100 px-1 break-all">{origin}/api/auth/callback/sso</code>. People
            then choose &ldquo;Continue with SSO&rdquo; on the sign-in page with their work email; they are matched by the email address your provider has verified.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {settings.keyConfigured ? (
            <SsoSettingsForm connection={settings.connection} admins={settings.admins} />
          ) : (
            <Alert tone="warning">Single sign-on needs SSO_SECRET_KEY in the server&apos;s environment (it seals the client secret); ask whoever runs Coachboard to set it.</Alert>
          )}
        </CardContent>
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import { OrganizationSettingsForm } from "@/components/settings/organization-settings-form";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getOrganizationSettings } from "@/lib/server/organization/get-organization-settings";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Organization settings" };

export default async function OrganizationSettingsPage() {
  const viewer = await requireViewer("organization.admin");
  const settings = await getOrganizationSettings(viewer);
  return (
    <>
      <SettingsBreadcrumb current="Organization" />
      <PageHeader title="Organization settings" description="How Coachboard reads money, dates and grades for everyone in the organization. Changes apply on everyone's next page load." />
      <Card>
        <CardContent>
          <OrganizationSettingsForm values={settings} timeZones={[...Intl.supportedValuesOf("timeZone"), "UTC"]} />
        </CardContent>
      </Card>
    </>
  );
}

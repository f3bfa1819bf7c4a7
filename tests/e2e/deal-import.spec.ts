// An administrator brings a CRM's deals in as the CRM exports them: a 5,000-row Salesforce
// opportunity report and a 5,000-row HubSpot deals export whose owners are names only. One stage
// of the Salesforce file ("Signed") is mapped to won and one owner in each file is unknown and
// mapped to a person. Then the team dashboard and the API show per-rep win rates and deal sizes for
// a past quarter that match figures worked out from the files in this test. The people are the
// demo organization's (created by the seed; the org-chart import is another issue's).
import { expect, test } from "@playwright/test";
import { writeDealExport, type ExportedDeal, type ExportShape } from "../helpers/deal-export";
import { expectedDealFigures, generateDeals } from "../helpers/deal-figures-oracle";
import { signIn } from "./helpers";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const QUARTER = { key: "2024-Q2", from: "2024-04-01", to: "2024-06-30" };
const EAST_REPS = ["Jordan Ellis", "Priya Raman", "Marcus Lee", "Sofia Alvarez", "Ethan Brooks", "Hannah Kim", "Lucas Martin"];
// Unknown owners: new names on every run (a database this test ran on already knows the last run's).
const RUN = Date.now().toString(36);
const UNKNOWN = { salesforce: { name: `P. Raman ${RUN}`, is: "Priya Raman" }, hubspot: { name: `J. Ellis ${RUN}`, is: "Jordan Ellis" } };

/** How the file spells the owner: names only, in the casing and spacing exports produce. */
function spelled(name: string, index: number): string {
  return index % 3 === 0 ? name.toUpperCase() : index % 3 === 1 ? `  ${name.replace(" ", "  ")} ` : name;
}

function exportFor(shape: ExportShape): { file: string; deals: (ExportedDeal & { rep: string })[] } {
  const unknown = UNKNOWN[shape];
  const owners = [...EAST_REPS, unknown.name];
  const generated = generateDeals({ count: 5_000, owners, from: "2024-01-15", to: "2024-06-30", seed: shape === "salesforce" ? 11 : 12, idPrefix: shape === "salesforce" ? "006E2E" : "HSE2E" });
  const deals = generated.map((deal, index) => {
    const rep = deal.owner === unknown.name ? unknown.is : deal.owner;
    // A stage of this CRM's own that means won, which the admin maps on the screen.
    const stage = shape === "salesforce" && deal.stage === "Closed Won" && index % 4 === 0 ? "Signed" : deal.stage;
    return { ...deal, stage, rep, owner: deal.owner === unknown.name ? deal.owner : spelled(deal.owner, index) };
  });
  return { file: writeDealExport(deals, shape), deals };
}

async function importThroughTheScreen(page: import("@playwright/test").Page, shape: ExportShape, file: string) {
  await page.goto("/deals/import");
  await page.getByLabel("Deal export (CSV)").setInputFiles({ name: `${shape}-deals.csv`, mimeType: "text/csv", buffer: Buffer.from(file) });
  await expect(page.getByLabel("Format")).toHaveValue(`preset:${shape}`);
  await expect(page.getByLabel("Outcome of Closed Won")).toHaveValue("won");
  await expect(page.getByLabel("Outcome of Closed Lost")).toHaveValue("lost");
  if (shape === "salesforce") {
    await expect(page.getByLabel("Outcome of Signed")).toHaveValue("open");
    await page.getByLabel("Outcome of Signed").selectOption("won");
  }
  const unknown = UNKNOWN[shape];
  await expect(page.getByRole("button", { name: "Import deals" })).toBeDisabled();
  await page.getByLabel(`Who is ${unknown.name}`).selectOption({ label: unknown.is });
  await page.getByRole("button", { name: "Save owners and check again" }).click();
  await expect(page.getByLabel(`Who is ${unknown.name}`)).toHaveCount(0);
  if (shape === "salesforce") await expect(page.getByLabel("Outcome of Signed")).toHaveValue("won");
  await page.getByRole("button", { name: "Import deals" }).click();
  // A fresh demo database gets 5,000 new deals; a database this test already ran on, none.
  await expect(page.getByTestId("deal-import-outcome")).toContainText(/Imported 5,000 deals: (5,000 new, 0 changed|0 new, 0 changed, 5,000 unchanged)/);
}

test("an admin imports a Salesforce and a HubSpot deal export and sees each rep's win rate and deal size for a past quarter", async ({ page }) => {
  test.setTimeout(180_000);
  const salesforce = exportFor("salesforce");
  const hubspot = exportFor("hubspot");
  await signIn(page, "admin@acme.test");
  await importThroughTheScreen(page, "salesforce", salesforce.file);
  await importThroughTheScreen(page, "hubspot", hubspot.file);

  const all = [...salesforce.deals, ...hubspot.deals].map((deal) => ({ ...deal, stage: deal.stage === "Signed" ? "Closed Won" : deal.stage }));
  const expectedFor = (rep: string) => expectedDealFigures(all.filter((deal) => deal.rep === rep), QUARTER);
  const money = (value: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(value);

  const headers = { authorization: `Bearer ${process.env.E2E_API_TOKEN}` };
  const { teams } = (await (await fetch(`${baseURL}/api/v1/teams`, { headers })).json()) as { teams: { id: string; name: string }[] };
  const east = teams.find((team) => team.name === "East Enterprise");
  if (!east) throw new Error("the demo organization has no East Enterprise team");

  await page.goto(`/team/${east.id}?deals=${QUARTER.key}`);
  const card = page.getByTestId("deal-figures");
  await expect(card).toContainText(`${QUARTER.from} to ${QUARTER.to}`);
  for (const rep of EAST_REPS) {
    const expected = expectedFor(rep);
    expect(expected.won + expected.lost).toBeGreaterThan(20);
    const row = card.getByRole("row").filter({ hasText: rep });
    await expect(row).toContainText(`${Math.round((expected.winRate ?? 0) * 100)} % (${expected.won} of ${expected.won + expected.lost})`);
    await expect(row).toContainText(`${money(expected.revenue / expected.won)} (n=${expected.won})`);
  }

  const response = await fetch(`${baseURL}/api/v1/teams/${east.id}/deals?from=${QUARTER.from}&to=${QUARTER.to}`, { headers });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { reps: ({ name: string } & Record<string, unknown>)[] };
  for (const rep of EAST_REPS) {
    const { name: _name, repId: _repId, ...figures } = body.reps.find((entry) => entry.name === rep) ?? { name: rep };
    expect(figures, rep).toEqual(expectedFor(rep));
  }
});

// The demo organization's ids the matrix paths name as {placeholders}, read through the API with
// the e2e fixture token (ids are generated at seed time).
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

export type FixtureIds = Record<string, string>;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${baseURL}${path}`, { headers: { authorization: `Bearer ${process.env.E2E_API_TOKEN}` } });
  if (!response.ok) throw new Error(`fixture ids: GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

export async function loadFixtureIds(): Promise<FixtureIds> {
  const { teams } = await getJson<{ teams: { id: string; name: string }[] }>("/api/v1/teams");
  const { users } = await getJson<{ users: { id: string; email: string }[] }>("/api/v1/users");
  return {
    ownTeam: teams.find((team) => team.name === "East Enterprise")?.id ?? "",
    otherTeam: teams.find((team) => team.name === "West Mid-Market")?.id ?? "",
    self: users.find((user) => user.email === "rep1@acme.test")?.id ?? "",
    teammate: users.find((user) => user.email === "rep2@acme.test")?.id ?? "",
    otherTeamRep: users.find((user) => user.email === "rep9@acme.test")?.id ?? "",
    manager: users.find((user) => user.email === "manager1@acme.test")?.id ?? "",
    otherManager: users.find((user) => user.email === "manager2@acme.test")?.id ?? "",
    unknown: "cl0000000000000000000000",
  };
}

/** "/reps/{teammate}" → "/reps/<rep2's id>". */
export function fillPath(path: string, ids: FixtureIds): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => ids[key] ?? key);
}

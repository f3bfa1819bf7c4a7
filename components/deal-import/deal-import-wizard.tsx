"use client";
import { useId, useState } from "react";
import Link from "next/link";
import { mapDealOwnersAction, previewDealImportAction, runDealImportAction, saveDealMappingAction } from "@/app/(app)/deals/import/actions";
import { uploadDeals, type UploadedDealFile } from "@/components/deal-import/upload-deals";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, Td, Th } from "@/components/ui/table";
import { DEAL_PRESETS, type DealPresetKey } from "@/lib/import/deals/presets";
import type { DealColumnMapping, DealOutcomeKey } from "@/lib/import/deals/types";
import type { previewDealImport } from "@/lib/server/deals/preview-deal-import";
import type { MapDealOwnersInput } from "@/lib/validation/deals";

type Preview = Awaited<ReturnType<typeof previewDealImport>>;
type Columns = DealColumnMapping["columns"];
interface Outcome {
  deals: number;
  new: number;
  changed: number;
  unchanged: number;
}
type OwnerAnswer = { kind: "person"; userId: string } | { kind: "create"; name: string; teamId: string } | { kind: "unset" };

const PRESET_LABELS: Record<DealPresetKey, string> = { salesforce: "Salesforce opportunity report", hubspot: "HubSpot deals export" };
const COLUMN_FIELDS: { key: keyof Columns; label: string; required: boolean }[] = [
  { key: "externalId", label: "Deal id", required: true },
  { key: "owner", label: "Owner (name or email)", required: true },
  { key: "stage", label: "Stage", required: true },
  { key: "amount", label: "Amount", required: true },
  { key: "createdDate", label: "Created date", required: false },
  { key: "closeDate", label: "Close date", required: false },
  { key: "lostReason", label: "Lost reason", required: false },
  { key: "product", label: "Product", required: false },
  { key: "account", label: "Account", required: false },
];
const OUTCOMES: { value: DealOutcomeKey; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "won", label: "Won" },
  { value: "lost", label: "Lost" },
];

function genericMapping(header: readonly string[]): DealColumnMapping {
  return { columns: { externalId: header[0] ?? "", owner: header[1] ?? "", stage: header[2] ?? "", amount: header[3] ?? "" }, dateOrder: "MDY" };
}

export function DealImportWizard({
  savedMappings,
  people,
  teams,
  maxBytes,
}: {
  savedMappings: { name: string; mapping: DealColumnMapping }[];
  people: { id: string; name: string; role: string }[];
  teams: { id: string; name: string }[];
  maxBytes: number;
}) {
  const fileId = useId();
  const mappingNameId = useId();
  const [upload, setUpload] = useState<UploadedDealFile | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [mapping, setMapping] = useState<DealColumnMapping | null>(null);
  const [choice, setChoice] = useState("custom");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [owners, setOwners] = useState<Record<string, OwnerAnswer>>({});
  const [mappingName, setMappingName] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function check(importId: string, next: DealColumnMapping) {
    setBusy("Checking the file…");
    setError(null);
    const answer = await previewDealImportAction(null, { importId, mapping: next });
    setBusy(null);
    if (answer.ok && answer.data) {
      setPreview(answer.data);
      // Stage outcomes shown are the ones the import will use: fix the guesses into the mapping.
      const stageOutcomes = { ...(next.stageOutcomes ?? {}) };
      for (const stage of answer.data.stages) stageOutcomes[stage.stage] ??= stage.outcome;
      setMapping({ ...next, stageOutcomes });
    } else if (answer.ok === false) setError(answer.message);
  }

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setOutcome(null);
    setPreview(null);
    if (file.size > maxBytes) {
      setError(`${file.name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it into smaller files.`);
      return;
    }
    setUploading(0);
    const answer = await uploadDeals(file, (loaded, total) => setUploading(total > 0 ? loaded / total : 0));
    setUploading(null);
    if (!answer.ok) {
      setError(answer.message);
      return;
    }
    setUpload(answer.upload);
    const preset = answer.upload.guessedPreset;
    const initial = preset ? DEAL_PRESETS[preset] : genericMapping(answer.upload.header);
    setChoice(preset ? `preset:${preset}` : "custom");
    await check(answer.upload.importId, initial);
  }

  async function chooseMapping(value: string) {
    setChoice(value);
    if (!upload) return;
    const preset = (Object.keys(DEAL_PRESETS) as DealPresetKey[]).find((key) => `preset:${key}` === value);
    const saved = savedMappings.find((entry) => `saved:${entry.name}` === value);
    const next = preset ? DEAL_PRESETS[preset] : saved ? saved.mapping : mapping ?? genericMapping(upload.header);
    await check(upload.importId, next);
  }

  function changeColumns(key: keyof Columns, header: string) {
    if (!mapping) return;
    const columns = { ...mapping.columns };
    if (header === "") delete columns[key];
    else columns[key] = header;
    setChoice("custom");
    setMapping({ ...mapping, columns: columns as Columns });
  }

  async function saveOwners() {
    if (!preview || !upload || !mapping) return;
    const answers = preview.unknownOwners.flatMap((owner): MapDealOwnersInput["owners"] => {
      const answer = owners[owner.key] ?? { kind: "unset" };
      if (answer.kind === "person") return [{ name: owner.name, userId: answer.userId }];
      if (answer.kind === "create") return [{ name: owner.name, createPerson: { name: answer.name || owner.name, teamId: answer.teamId || null } }];
      return [];
    });
    if (answers.length === 0) {
      setError("Choose a person, or to add one, for at least one owner.");
      return;
    }
    setBusy("Saving the owners…");
    const answer = await mapDealOwnersAction(null, { owners: answers });
    setBusy(null);
    if (answer.ok === false) {
      setError(answer.message);
      return;
    }
    setOwners({});
    await check(upload.importId, mapping);
  }

  async function saveMapping() {
    if (!mapping) return;
    const answer = await saveDealMappingAction(null, { name: mappingName, mapping });
    if (answer.ok && answer.data) setNotice(`Saved as "${answer.data.name}". The API takes it as ?mapping=${encodeURIComponent(answer.data.name)}.`);
    else if (answer.ok === false) setNotice(answer.message);
  }

  async function runImport() {
    if (!upload || !mapping) return;
    setBusy("Importing…");
    setError(null);
    const answer = await runDealImportAction(null, { importId: upload.importId, mapping });
    setBusy(null);
    if (answer.ok && answer.data?.status === "imported") {
      setOutcome(answer.data);
      setPreview(null);
      setUpload(null);
    } else if (answer.ok && answer.data?.status === "invalid") setError(`${answer.data.message}: ${answer.data.errors.slice(0, 3).map((entry) => `row ${entry.row}: ${entry.message}`).join("; ")}`);
    else if (answer.ok === false) setError(answer.message);
  }

  const header = upload?.header ?? [];
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>1. Choose the export</CardTitle>
          <CardDescription>A Salesforce opportunity report or a HubSpot deals export saved as CSV, one row per deal. Deals already imported are updated by their id; deals missing from the file are left as they are.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-3">
          <Label htmlFor={fileId}>Deal export (CSV)</Label>
          <Input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void chooseFile(event.target.files?.[0])} disabled={uploading !== null || busy !== null} />
          {uploading !== null && <p role="status">Uploading… {Math.round(uploading * 100)} %</p>}
          {outcome && (
            <Alert tone="success" data-testid="deal-import-outcome">
              Imported {outcome.deals.toLocaleString("en-US")} deals: {outcome.new.toLocaleString("en-US")} new, {outcome.changed.toLocaleString("en-US")} changed, {outcome.unchanged.toLocaleString("en-US")} unchanged.{" "}
              <Link href="/team">See the team dashboard</Link>.
            </Alert>
          )}
        </CardContent>
      </Card>

      {upload && mapping && (
        <Card>
          <CardHeader>
            <CardTitle>2. Columns</CardTitle>
            <CardDescription>{upload.fileName}: which column holds what.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <div className="grid gap-2 sm:max-w-md">
              <Label htmlFor={`${fileId}-format`}>Format</Label>
              <select id={`${fileId}-format`} className={selectClass} value={choice} onChange={(event) => void chooseMapping(event.target.value)}>
                {(Object.keys(PRESET_LABELS) as DealPresetKey[]).map((key) => (
                  <option key={key} value={`preset:${key}`}>
                    {PRESET_LABELS[key]}
                  </option>
                ))}
                {savedMappings.map((saved) => (
                  <option key={saved.name} value={`saved:${saved.name}`}>
                    Saved: {saved.name}
                  </option>
                ))}
                <option value="custom">Column by column</option>
              </select>
            </div>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {COLUMN_FIELDS.map((field) => (
                <div key={field.key} className="grid gap-1">
                  <Label htmlFor={`${fileId}-${field.key}`}>{field.label}</Label>
                  <select id={`${fileId}-${field.key}`} className={selectClass} value={mapping.columns[field.key] ?? ""} onChange={(event) => changeColumns(field.key, event.target.value)}>
                    {!field.required && <option value="">(none)</option>}
                    {mapping.columns[field.key] && !header.includes(mapping.columns[field.key] ?? "") && <option value={mapping.columns[field.key]}>{mapping.columns[field.key]} (not in this file)</option>}
                    {header.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <div className="grid gap-1">
                <Label htmlFor={`${fileId}-order`}>Dates like 4/7/2026 mean</Label>
                <select id={`${fileId}-order`} className={selectClass} value={mapping.dateOrder} onChange={(event) => setMapping({ ...mapping, dateOrder: event.target.value === "DMY" ? "DMY" : "MDY" })}>
                  <option value="MDY">April 7 (month first)</option>
                  <option value="DMY">4 July (day first)</option>
                </select>
              </div>
            </div>
            <Button type="button" variant="secondary" onClick={() => void check(upload.importId, mapping)} disabled={busy !== null}>
              Check the file
            </Button>
          </CardContent>
        </Card>
      )}

      {busy && <p role="status">{busy}</p>}
      {error && <Alert tone="error">{error}</Alert>}

      {upload && mapping && preview && (
        <>
          <Card>
            <CardHeader>
              <CardTitle>3. Stages</CardTitle>
              <CardDescription>Which stages of the export mean a deal was won, lost, or is still open. Saved with the mapping.</CardDescription>
            </CardHeader>
            <CardContent>
              <Table>
                <thead>
                  <tr>
                    <Th scope="col">Stage in the file</Th>
                    <Th scope="col">Deals</Th>
                    <Th scope="col">Means</Th>
                  </tr>
                </thead>
                <tbody>
                  {preview.stages.map((stage) => (
                    <tr key={stage.stage}>
                      <Td>{stage.stage}</Td>
                      <Td>{stage.count.toLocaleString("en-US")}</Td>
                      <Td>
                        <select
                          aria-label={`Outcome of ${stage.stage}`}
                          className={selectClass}
                          value={mapping.stageOutcomes?.[stage.stage] ?? stage.outcome}
                          onChange={(event) => setMapping({ ...mapping, stageOutcomes: { ...(mapping.stageOutcomes ?? {}), [stage.stage]: event.target.value as DealOutcomeKey } })}
                        >
                          {OUTCOMES.map((outcome) => (
                            <option key={outcome.value} value={outcome.value}>
                              {outcome.label}
                            </option>
                          ))}
                        </select>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </CardContent>
          </Card>

          {preview.unknownOwners.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>4. Owners we don&apos;t know</CardTitle>
                <CardDescription>Nothing is imported until every owner is someone. The name is remembered for later imports.</CardDescription>
              </CardHeader>
              <CardContent className="space-y-3">
                <Table>
                  <thead>
                    <tr>
                      <Th scope="col">Owner in the file</Th>
                      <Th scope="col">Deals</Th>
                      <Th scope="col">Is</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.unknownOwners.map((owner) => {
                      const answer = owners[owner.key] ?? { kind: "unset" };
                      const value = answer.kind === "person" ? `person:${answer.userId}` : answer.kind === "create" ? "create" : "";
                      return (
                        <tr key={owner.key}>
                          <Td>
                            {owner.name}
                            {owner.matches ? ` (fits ${owner.matches} people)` : ""}
                          </Td>
                          <Td>{owner.rows.toLocaleString("en-US")}</Td>
                          <Td className="space-y-2">
                            <select
                              aria-label={`Who is ${owner.name}`}
                              className={selectClass}
                              value={value}
                              onChange={(event) => {
                                const picked = event.target.value;
                                setOwners({
                                  ...owners,
                                  [owner.key]: picked === "create" ? { kind: "create", name: owner.name, teamId: "" } : picked.startsWith("person:") ? { kind: "person", userId: picked.slice(7) } : { kind: "unset" },
                                });
                              }}
                            >
                              <option value="">Choose…</option>
                              <option value="create">Add {owner.name} as a new rep</option>
                              {people.map((person) => (
                                <option key={person.id} value={`person:${person.id}`}>
                                  {person.name}
                                </option>
                              ))}
                            </select>
                            {answer.kind === "create" && (
                              <select aria-label={`Team of ${owner.name}`} className={selectClass} value={answer.teamId} onChange={(event) => setOwners({ ...owners, [owner.key]: { ...answer, teamId: event.target.value } })}>
                                <option value="">No team yet</option>
                                {teams.map((team) => (
                                  <option key={team.id} value={team.id}>
                                    {team.name}
                                  </option>
                                ))}
                              </select>
                            )}
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
                <Button type="button" onClick={() => void saveOwners()} disabled={busy !== null}>
                  Save owners and check again
                </Button>
              </CardContent>
            </Card>
          )}

          {preview.errors.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>Rows to fix</CardTitle>
                <CardDescription>Nothing is imported while a row is wrong. Fix the export and upload it again.</CardDescription>
              </CardHeader>
              <CardContent>
                <Table>
                  <thead>
                    <tr>
                      <Th scope="col">Row</Th>
                      <Th scope="col">Column</Th>
                      <Th scope="col">Problem</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.errors.map((problem, index) => (
                      <tr key={`${problem.row}-${index}`}>
                        <Td>{problem.row}</Td>
                        <Td>{problem.column ?? "—"}</Td>
                        <Td>{problem.message}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                {preview.moreErrors > 0 && <p className="mt-2 text-sm">… and {preview.moreErrors.toLocaleString("en-US")} more.</p>}
              </CardContent>
            </Card>
          )}

          <Card>
            <CardHeader>
              <CardTitle>Import</CardTitle>
              <CardDescription>
                {preview.sourceRecords.toLocaleString("en-US")} rows in the file.{" "}
                {preview.unknownOwners.length === 0 && preview.errors.length === 0 ? "Every row is ready." : "Resolve the owners and rows above first."}
              </CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <Button type="button" onClick={() => void runImport()} disabled={busy !== null || preview.unknownOwners.length > 0 || preview.errors.length > 0}>
                Import deals
              </Button>
              <div className="grid gap-2 sm:max-w-md">
                <Label htmlFor={mappingNameId}>Save this mapping (columns, dates and stages) as</Label>
                <div className="flex gap-2">
                  <Input id={mappingNameId} value={mappingName} onChange={(event) => setMappingName(event.target.value)} maxLength={80} />
                  <Button type="button" variant="secondary" onClick={() => void saveMapping()} disabled={mappingName.trim() === ""}>
                    Save
                  </Button>
                </div>
                {notice && <p role="status" className="text-sm">{notice}</p>}
              </div>
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}

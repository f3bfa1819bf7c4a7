"use client";
import { useId } from "react";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { IGNORED_ACTIVITY, REVENUE_STAGE, type ColumnMapping, type ImportFormat } from "@/lib/import/types";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

type Columns = ColumnMapping["columns"];
const NONE = "";

const FORMATS: { value: ImportFormat; label: string }[] = [
  { value: "long", label: "Long: one row per rep, date and stage (rep email, date, stage, count)" },
  { value: "wide", label: "Wide: one row per rep and date, one column per stage" },
  { value: "records", label: "CRM activity export: one row per activity, with its type" },
];

/** Starting columns for a format, keeping the rep email and date columns already chosen. */
export function mappingForFormat(format: ImportFormat, current: ColumnMapping, stageKeys: readonly string[]): ColumnMapping {
  const base = { repEmail: current.columns.repEmail, date: current.columns.date };
  if (format === "long") return { format, columns: { ...base, stage: "stage", count: "count" } };
  if (format === "wide") return { format, columns: { ...base, stageColumns: Object.fromEntries(stageKeys.map((key) => [key, key])), revenue: REVENUE_STAGE } };
  return { format, columns: { ...base, activityType: "Activity Type" }, typeMap: {} };
}

function ColumnSelect({ label, value, header, optional, onChange, hint }: { label: string; value: string | undefined; header: string[]; optional?: boolean; onChange: (value: string | undefined) => void; hint?: string }) {
  const id = useId();
  const inFile = value === undefined || header.some((name) => name.trim().toLowerCase() === value.trim().toLowerCase());
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <select id={id} className={selectClass} value={value ?? NONE} onChange={(event) => onChange(event.target.value === NONE ? undefined : event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {optional || value === undefined ? <option value={NONE}>{optional ? "— not in the file —" : "— choose a column —"}</option> : null}
        {inFile ? null : <option value={value}>{value} (not in this file)</option>}
        {header.map((name, index) =>
          name.trim() === "" ? null : (
            <option key={`${index}-${name}`} value={name}>
              {name}
            </option>
          ),
        )}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function MappingEditor({
  mapping,
  onChange,
  header,
  stages,
  activityTypes,
  dateHint,
}: {
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  header: string[];
  stages: { key: string; label: string }[];
  activityTypes: { type: string; records: number }[];
  dateHint: string;
}) {
  const formatId = useId();
  const stageKeys = stages.map((stage) => stage.key);
  const setColumns = (columns: Partial<Columns>) => onChange({ ...mapping, columns: { ...mapping.columns, ...columns } });
  const setStageColumn = (stage: string, column: string | undefined) => {
    const stageColumns = { ...(mapping.columns.stageColumns ?? Object.fromEntries(stageKeys.map((key) => [key, key]))) };
    if (column === undefined) delete stageColumns[stage];
    else stageColumns[stage] = column;
    setColumns({ stageColumns });
  };
  const setType = (type: string, target: string) => {
    const typeMap = { ...(mapping.typeMap ?? {}) };
    for (const existing of Object.keys(typeMap)) if (existing.trim().toLowerCase() === type.trim().toLowerCase()) delete typeMap[existing];
    if (target !== NONE) typeMap[type] = target;
    onChange({ ...mapping, typeMap });
  };
  const targetOf = (type: string) => Object.entries(mapping.typeMap ?? {}).find(([existing]) => existing.trim().toLowerCase() === type.trim().toLowerCase())?.[1] ?? NONE;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <Label htmlFor={formatId}>Format</Label>
        <select id={formatId} className={selectClass} value={mapping.format} onChange={(event) => onChange(mappingForFormat(event.target.value as ImportFormat, mapping, stageKeys))}>
          {FORMATS.map((format) => (
            <option key={format.value} value={format.value}>
              {format.label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <ColumnSelect label="Rep email column" value={mapping.columns.repEmail} header={header} onChange={(value) => setColumns({ repEmail: value ?? "" })} />
        <ColumnSelect label="Date column" value={mapping.columns.date} header={header} onChange={(value) => setColumns({ date: value ?? "" })} hint={dateHint} />
        {mapping.format === "long" ? (
          <>
            <ColumnSelect label="Stage column" value={mapping.columns.stage} header={header} onChange={(value) => setColumns({ stage: value })} hint={`Stage keys: ${[...stageKeys, REVENUE_STAGE].join(", ")}`} />
            <ColumnSelect label="Count column" value={mapping.columns.count} header={header} onChange={(value) => setColumns({ count: value })} hint="Revenue rows hold the amount in the currency." />
          </>
        ) : null}
        {mapping.format === "records" ? (
          <>
            <ColumnSelect label="Activity type column" value={mapping.columns.activityType} header={header} onChange={(value) => setColumns({ activityType: value })} />
            <ColumnSelect label="Amount column (revenue of won deals)" value={mapping.columns.amount} header={header} optional onChange={(value) => setColumns({ amount: value })} />
          </>
        ) : null}
      </div>

      {mapping.format === "wide" ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">Column of each stage</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {stages.map((stage) => (
              <ColumnSelect
                key={stage.key}
                label={stage.label}
                value={(mapping.columns.stageColumns ?? Object.fromEntries(stageKeys.map((key) => [key, key])))[stage.key]}
                header={header}
                optional
                onChange={(value) => setStageColumn(stage.key, value)}
              />
            ))}
            <ColumnSelect label="Revenue won" value={mapping.columns.revenue} header={header} optional onChange={(value) => setColumns({ revenue: value })} />
          </div>
        </fieldset>
      ) : null}

      {mapping.format === "records" ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">Activity type → stage</legend>
          {activityTypes.length === 0 ? (
            <p className="text-sm text-slate-600">Check the file to list the activity types it holds.</p>
          ) : (
            <Table>
                <thead>
                  <tr className="text-left text-slate-700">
                    <Th>
                      Activity type in the file
                    </Th>
                    <Th>
                      Rows
                    </Th>
                    <Th>
                      Counts as
                    </Th>
                  </tr>
                </thead>
                <tbody>
                  {activityTypes.map(({ type, records }) => (
                    <tr key={type} className="border-t border-slate-100">
                      <RowTh>
                        {type}
                      </RowTh>
                      <Td className="tabular-nums">{records.toLocaleString("en-US")}</Td>
                      <Td>
                        <select aria-label={`Stage for activity type ${type}`} className={selectClass} value={targetOf(type)} onChange={(event) => setType(type, event.target.value)}>
                          <option value={NONE}>— not mapped —</option>
                          {stages.map((stage) => (
                            <option key={stage.key} value={stage.key}>
                              {stage.label}
                            </option>
                          ))}
                          <option value={REVENUE_STAGE}>Revenue won (amount only)</option>
                          <option value={IGNORED_ACTIVITY}>Ignore</option>
                        </select>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
          )}
        </fieldset>
      ) : null}
    </div>
  );
}

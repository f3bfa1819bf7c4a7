"use client";
import { useActionState, useEffect, useRef } from "react";
import { signUpAction, type SignUpState } from "@/app/(auth)/signup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

// The browser's region suggests a currency; anything else starts at USD and can be changed.
const REGION_CURRENCY: Record<string, string> = {
  US: "USD", CA: "CAD", GB: "GBP", IE: "EUR", DE: "EUR", FR: "EUR", ES: "EUR", IT: "EUR", NL: "EUR", BE: "EUR", AT: "EUR", PT: "EUR", FI: "EUR",
  CH: "CHF", SE: "SEK", NO: "NOK", DK: "DKK", PL: "PLN", AU: "AUD", NZ: "NZD", JP: "JPY", IN: "INR", SG: "SGD", BR: "BRL", MX: "MXN", ZA: "ZAR",
};

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SignUpForm({ currencies, timeZones }: { currencies: string[]; timeZones: string[] }) {
  const [state, formAction, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  const currencyRef = useRef<HTMLSelectElement>(null);
  const timeZoneRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    // Defaults from the browser, once, unless the form is being shown again with the visitor's choices.
    if (state.values) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZoneRef.current && timeZones.includes(zone)) timeZoneRef.current.value = zone;
    const region = new Intl.Locale(navigator.language).maximize().region ?? "";
    const currency = REGION_CURRENCY[region];
    if (currencyRef.current && currency && currencies.includes(currency)) currencyRef.current.value = currency;
  }, [currencies, timeZones, state.values]);
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  const described = (field: string) => (error(field) ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-label="Sign up">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="organizationName" label="Organization name" error={error("organizationName")}>
        <Input id="organizationName" name="organizationName" autoComplete="organization" maxLength={120} required defaultValue={state.values?.organizationName} {...described("organizationName")} />
      </Field>
      <Field id="name" label="Your name" error={error("name")}>
        <Input id="name" name="name" autoComplete="name" maxLength={120} required defaultValue={state.values?.name} {...described("name")} />
      </Field>
      <Field id="email" label="Work email" error={error("email")}>
        <Input id="email" name="email" type="email" autoComplete="username" maxLength={254} required defaultValue={state.values?.email} {...described("email")} />
      </Field>
      <Field id="password" label="Password" error={error("password")}>
        <Input id="password" name="password" type="password" autoComplete="new-password" minLength={12} maxLength={128} required aria-describedby={error("password") ? "password-error password-hint" : "password-hint"} aria-invalid={error("password") ? true : undefined} />
        <p id="password-hint" className="text-xs text-slate-600">
          At least 12 characters, not a common password.
        </p>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="currency" label="Currency" error={error("currency")}>
          <select id="currency" name="currency" ref={currencyRef} defaultValue={state.values?.currency || "USD"} className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm" {...described("currency")}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </Field>
        <Field id="timeZone" label="Time zone" error={error("timeZone")}>
          <select id="timeZone" name="timeZone" ref={timeZoneRef} defaultValue={state.values?.timeZone || "America/New_York"} className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm" {...described("timeZone")}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Creating your organization…" : "Create organization"}
      </Button>
    </form>
  );
}

// Server actions are public endpoints. Every exported action in app/**/actions.ts must go through
// viewerAction (authenticate → re-read the viewer → zod → scoped operation); the only exceptions
// are sign-in and sign-out, which run before or after a session. A new action that skips the
// wrapper fails here. What each action may do is tested on the scoped operation it calls.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const OUTSIDE_THE_WRAPPER: Record<string, string> = {
  "app/(auth)/login/actions.ts#signInAction": "signs in: there is no viewer yet; validated with signInSchema and rate-limited",
  "app/(app)/actions.ts#signOutAction": "ends the viewer's own session",
  "app/(auth)/signup/actions.ts#signUpAction": "creates an organization and its first ADMIN: no viewer yet; signUpSchema, SIGNUP=open, rate-limited per client and address, neutral refusals",
  "app/(auth)/reset-password/actions.ts#forgotPasswordAction": "no viewer (forgot password); forgotPasswordSchema, rate-limited per address and client, one answer whether or not the account exists",
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": "no viewer: the single-use, hashed, 1-hour link's token is the credential; setPasswordSchema",
  "app/(auth)/invitation/actions.ts#acceptInvitationAction": "no viewer: the single-use, hashed, 7-day invitation token is the credential; setPasswordSchema",
  "app/(auth)/login/actions.ts#startSsoAction": "starts single sign-on: there is no viewer yet; validated with ssoStartSchema, it only chooses the provider by email domain",
};

function actionFiles(dir = path.resolve("app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

describe("server actions", () => {
  it("every exported action goes through viewerAction", () => {
    const unwrapped: string[] = [];
    let count = 0;
    for (const file of actionFiles()) {
      const source = fs.readFileSync(file, "utf8");
      expect(source.trimStart().startsWith('"use server"'), `${file} must start with "use server"`).toBe(true);
      const relative = path.relative(process.cwd(), file);
      for (const match of source.matchAll(/^export (?:const (\w+)\s*=\s*([\s\S]{0,40})|async function (\w+))/gm)) {
        const name = match[1] ?? match[3] ?? "";
        count++;
        const wrapped = match[1] !== undefined && /^viewerAction\(/.test((match[2] ?? "").trim());
        if (!wrapped && !(`${relative}#${name}` in OUTSIDE_THE_WRAPPER)) unwrapped.push(`${relative}#${name}`);
      }
    }
    expect(count).toBeGreaterThan(5);
    expect(unwrapped, "actions outside viewerAction").toEqual([]);
  });
});

"use client";
import { useId } from "react";
import { copyInvitationLinkAction, inviteExistingUserAction, resendInvitationAction, revokeInvitationAction } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { ActionOutcome } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";

/** Resend (a new link, 7 more days), revoke, and — when email is off — copy a link to hand over. */
export function InvitationControls({ invitation, emailOff }: { invitation: { id: string; name: string }; emailOff: boolean }) {
  const id = useId();
  const resend = useFormAction<{ email: string }>(resendInvitationAction);
  const revoke = useFormAction(revokeInvitationAction);
  const copy = useFormAction<{ link: string }>(copyInvitationLinkAction);
  const link = copy.state.ok === true ? copy.state.data?.link : undefined;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {emailOff ? null : (
          <form noValidate onSubmit={resend.submit}>
            <input type="hidden" name="invitationId" value={invitation.id} />
            <Button type="submit" size="sm" variant="secondary" disabled={resend.pending} aria-busy={resend.pending} aria-label={`Resend the invitation to ${invitation.name}`}>
              {resend.pending ? "Resending…" : "Resend"}
            </Button>
          </form>
        )}
        <form noValidate onSubmit={copy.submit}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button type="submit" size="sm" variant="secondary" disabled={copy.pending} aria-busy={copy.pending} aria-label={`Get a new invitation link for ${invitation.name}`}>
            {copy.pending ? "Making a link…" : "Get link"}
          </Button>
        </form>
        <form noValidate onSubmit={revoke.submit}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button type="submit" size="sm" variant="ghost" disabled={revoke.pending} aria-busy={revoke.pending} aria-label={`Revoke the invitation to ${invitation.name}`}>
            {revoke.pending ? "Revoking…" : "Revoke"}
          </Button>
        </form>
      </div>
      <ActionOutcome state={resend.state} success={resend.state.ok === true ? `Sent again to ${resend.state.data?.email ?? "them"}; the earlier link no longer works.` : null} className="text-xs" />
      <ActionOutcome state={revoke.state} className="text-xs" />
      <ActionOutcome state={copy.state} className="text-xs" />
      {link ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-link`} className="text-xs text-slate-700">
            Send this link to {invitation.name} yourself (single use, 7 days; earlier links stop working):
          </label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(event) => event.currentTarget.select()} className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs" data-testid="invitation-link" />
        </div>
      ) : null}
    </div>
  );
}

/** A person who can't sign in yet (no password, no pending invitation): send them an invitation. */
export function InviteExistingUserButton({ user }: { user: { id: string; name: string } }) {
  const { state, pending, submit } = useFormAction<{ email: string }>(inviteExistingUserAction);
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-busy={pending} aria-label={`Invite ${user.name} to set a password`}>
        {pending ? "Inviting…" : "Invite"}
      </Button>
      <ActionOutcome state={state} success={state.ok === true ? `Invitation queued for ${state.data?.email ?? "them"}.` : null} className="text-xs" />
    </form>
  );
}

// The emails Coachboard sends, as plain text and HTML. Pure: the job that sends them supplies
// the link (with its freshly minted token) and the organization's name.

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] ?? character);
}

export function layout(organizationName: string, paragraphs: string[], link: { href: string; label: string }, footer: string): string {
  const body = paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`).join("");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
<p style="font-weight:700;color:#1d4ed8;margin:0 0 24px">Coachboard · ${escapeHtml(organizationName)}</p>
${body}<p style="margin:24px 0"><a href="${escapeHtml(link.href)}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(link.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#475569">Or paste this link into your browser:<br><a href="${escapeHtml(link.href)}">${escapeHtml(link.href)}</a></p>
<p style="margin:24px 0 0;font-size:13px;color:#475569">${escapeHtml(footer)}</p></body></html>`;
}

export function invitationMessage(input: { to: string; name: string; organizationName: string; invitedByName: string | null; link: string; expiresInDays: number }): MailMessage {
  const who = input.invitedByName ? `${input.invitedByName} invited you` : "You are invited";
  const intro = `Hi ${input.name},`;
  const body = `${who} to ${input.organizationName} on Coachboard, where your team's one-on-ones, goals and coaching live.`;
  const action = `Set your password to sign in. The link works once and expires in ${input.expiresInDays} days.`;
  const footer = "If you weren't expecting this invitation, you can ignore this email.";
  return {
    to: input.to,
    subject: `You're invited to ${input.organizationName} on Coachboard`,
    text: `${intro}\n\n${body}\n\n${action}\n\n${input.link}\n\n${footer}\n`,
    html: layout(input.organizationName, [intro, body, action], { href: input.link, label: "Set your password" }, footer),
  };
}

export function passwordResetMessage(input: { to: string; name: string; organizationName: string; link: string; expiresInMinutes: number }): MailMessage {
  const intro = `Hi ${input.name},`;
  const body = `Someone asked to reset the password of your ${input.organizationName} account on Coachboard.`;
  const action = `Choose a new password with this link. It works once and expires in ${input.expiresInMinutes} minutes; resetting signs you out everywhere.`;
  const footer = "If you didn't ask for this, ignore this email: your password stays as it is.";
  return {
    to: input.to,
    subject: `Reset your Coachboard password (${input.organizationName})`,
    text: `${intro}\n\n${body}\n\n${action}\n\n${input.link}\n\n${footer}\n`,
    html: layout(input.organizationName, [intro, body, action], { href: input.link, label: "Choose a new password" }, footer),
  };
}

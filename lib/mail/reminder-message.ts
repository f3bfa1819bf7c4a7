import { layout, type MailMessage } from "@/lib/mail/messages";

/** A reminder email: what it is about, the link to act on it, and where to switch the kind off. */
export function reminderMessage(input: {
  to: string;
  name: string;
  organizationName: string;
  title: string;
  body: string;
  link: string;
  linkLabel: string;
  preferencesLink: string;
}): MailMessage {
  const intro = `Hi ${input.name},`;
  const footer = `You get this reminder because it is switched on in your notification settings: ${input.preferencesLink}`;
  return {
    to: input.to,
    subject: `${input.title} (${input.organizationName})`,
    text: `${intro}\n\n${input.body}\n\n${input.linkLabel}: ${input.link}\n\n${footer}\n`,
    html: layout(input.organizationName, [intro, input.body], { href: input.link, label: input.linkLabel }, footer),
  };
}

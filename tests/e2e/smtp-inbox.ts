// A real SMTP server for the e2e run (smtp-server), listening where `next start` sends mail
// (SMTP_URL in scripts/test.ts), keeping every message parsed (mailparser) for the tests to read.
import net from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Whether a plain server can bind the port now (a probe, closed at once). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export class SmtpInbox {
  private readonly messages: ReceivedMail[] = [];
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      // Plain SMTP on a loopback port, no login: what a local relay looks like.
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            const recipients = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
            for (const to of recipients) this.messages.push({ to, subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : "" });
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      },
    });
  }

  private listenOnce(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => {
        this.server.removeListener("error", reject);
        resolve();
      });
    });
  }

  /**
   * The app sends to one SMTP port, and specs in other workers (email, reminders) may hold it:
   * wait for it to be free rather than fail, so those specs take turns.
   */
  async listen(port: number, waitMs = 150_000): Promise<void> {
    const deadline = Date.now() + waitMs;
    while (!(await portIsFree(port))) {
      if (Date.now() > deadline) throw new Error(`SMTP port ${port} stayed in use for ${waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await this.listenOnce(port);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The newest message to `to` whose subject matches, waiting for the app's job to deliver it. */
  async waitFor(to: string, subject: RegExp, timeoutMs = 45_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.messages.filter((message) => message.to === to.toLowerCase() && subject.test(message.subject)).at(-1);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `no message to ${to} matching ${subject} within ${timeoutMs} ms (received: ${this.messages.map((message) => `${message.to}: ${message.subject}`).join("; ") || "none"})`,
    );
  }

  count(to: string): number {
    return this.messages.filter((message) => message.to === to.toLowerCase()).length;
  }
}

/** The single link in a message's text. */
export function linkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no link in "${mail.subject}"`);
  return link;
}

// A person created before anyone knows their email (an owner named in a CRM export) holds a
// reserved, undeliverable address (RFC 2606 .invalid) in the unique email column until an admin
// gives the real one. Nothing is ever sent to it and nobody can sign in with it.
import { randomUUID } from "node:crypto";

const PENDING_DOMAIN = "@pending.invalid";

export function pendingEmail(prefix: string): string {
  return `${prefix}-${randomUUID()}${PENDING_DOMAIN}`;
}

export function isPendingEmail(email: string): boolean {
  return email.endsWith(PENDING_DOMAIN);
}

import "server-only";
import { logger } from "@/lib/server/runtime/logger";
import type { GeneratedDigest } from "@/lib/server/digest/generate-weekly-digests";

/**
 * How a stored weekly digest reaches its manager. The digest is already saved (and shown at
 * /digest) before delivery, so a transport only notifies; an email or chat transport implements
 * this interface and is returned by `digestTransport()`. A retried job may deliver twice.
 */
export interface DigestTransport {
  readonly name: string;
  deliver(digest: GeneratedDigest): Promise<void>;
}

/** The default: one structured log line per digest (no mail server needed). */
export const loggingDigestTransport: DigestTransport = {
  name: "log",
  async deliver(digest) {
    logger.info("weekly digest ready", {
      managerId: digest.managerId,
      email: digest.email,
      weekOf: digest.weekOf,
      focus: digest.body.focus.length,
      overdueCommitments: digest.body.overdueCommitments.length,
      outOfCadence: digest.body.outOfCadence.length,
    });
  },
};

let configured: DigestTransport = loggingDigestTransport;

export function digestTransport(): DigestTransport {
  return configured;
}

/** Swaps the transport (an email integration at start-up, or a test that records deliveries). */
export function setDigestTransport(transport: DigestTransport): void {
  configured = transport;
}

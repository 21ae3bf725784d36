/** A failure the user caused or can fix: the command line exits 2 with this catalogue message. */
import type { CliKey, Params } from "./messages";

export class UsageError extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

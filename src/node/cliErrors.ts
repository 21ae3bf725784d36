/** A failure the user caused or can fix: the command line exits 2 with this catalogue message. */
import type { Params } from "../core/messages";

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

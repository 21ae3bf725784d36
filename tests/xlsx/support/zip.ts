/** A zip from a few text files, for tests that need a package by hand: the corpus generator's writer. */
import { zip } from "../../../scripts/make-bad-corpus";

export function makeZip(files: Record<string, string>): Uint8Array {
  return zip(files);
}

/**
 * What the command line loads when it starts: every command pays for it, and on a 14-sheet workbook loading is
 * most of the time. fflate (the browser's codec; the command line inflates with node:zlib) and zod (the
 * engine's front door checks, which the command line does not go through) cost tens of milliseconds each.
 * Follows the value imports (not `import type`, which compile away) from the command line's entry module.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const SRC = join(__dirname, "..", "..", "src");
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base + ".ts", base + ".tsx", join(base, "index.ts"), join(base, "index.tsx")])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** The packages (bare specifiers) reachable from `entry` through value imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1];
      if (!spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const next = resolveModule(file, spec);
      if (next) todo.push(next);
    }
  }
  return packages;
}

test("the command line does not load fflate or zod", () => {
  const packages = packagesLoadedBy(join(SRC, "node", "cli.ts"));
  expect(packages.has("node:zlib")).toBe(true); // the walk does reach the package layer
  expect(packages).not.toContain("fflate");
  expect(packages).not.toContain("zod");
});

test("the task pane loads fflate only when a file is picked (with the package reader), not when it opens", () => {
  const packages = packagesLoadedBy(join(SRC, "taskpane", "index.tsx"));
  expect(packages).toContain("react"); // the walk does reach the pane
  expect(packages).not.toContain("fflate");
});

test("the browser preview does load fflate (it has no node:zlib)", () => {
  expect(packagesLoadedBy(join(SRC, "preview", "memoryGateway.ts"))).toContain("fflate");
});

// What a page's first load ships to the browser (issue 15): some modules must stay out of the
// JavaScript a page needs before it is interactive. Checked on the source's static import graph, so
// a new `import` that would pull them back in fails here, before a benchmark notices.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** The file a specifier names, or null for a package. */
function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/**
 * Every module and package a file loads at once: static `import … from` and `export … from`, not
 * `import type` (erased) and not `import()` (a separate chunk, loaded when called).
 */
function staticGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /^(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm,
    )) {
      if (m[1]) continue;
      const spec = m[2]!;
      const target = resolve(file, spec);
      if (target) todo.push(target);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) packages.set(spec, path.relative(root, file));
    }
  }
  return { files, packages };
}

describe("the checklist's first load", () => {
  it("does not load zod: its validation is imported only when a saved checklist or a link is checked", () => {
    const { files, packages } = staticGraph(path.join(root, "components/checklist/checklist-builder.tsx"));
    expect(files.size).toBeGreaterThan(10);
    expect(files).toContain(path.join(root, "lib/checklist/encoding.ts"));
    expect([...packages.keys()].filter((p) => p === "zod" || p.startsWith("zod/"))).toEqual([]);
    expect(
      [...files].map((f) => path.relative(root, f)).filter((f) => f.startsWith("lib/validation/")),
    ).toEqual([]);
  });

  it("finds zod where it is imported (the check can fail)", () => {
    const { packages } = staticGraph(path.join(root, "lib/validation/checklist.ts"));
    expect(packages.get("zod")).toBe("lib/validation/checklist.ts");
  });
});

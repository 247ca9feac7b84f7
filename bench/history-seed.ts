// The project the history benchmarks measure: a realistic tree of versions (mostly chains of
// refinements, branches from older steps, now and then a fresh start; a third of the
// refinements masked edits; 1–4 candidates each), the same every run.
import type { InStatement } from "@libsql/client";

export interface PlannedStep {
  id: string;
  kind: "generate" | "edit";
  model: string;
  prompt: string;
  params: Record<string, string | number>;
  /** Null = unknown. */
  costUsd: string | null;
  createdAt: Date;
  /** Image ids, index order. */
  images: string[];
  parentImageId: string | null;
}

/** A deterministic pseudo-random sequence, so every run seeds the same tree. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export function planTree(steps: number, prefix = "g"): PlannedStep[] {
  const next = random(7);
  const made: PlannedStep[] = [];
  const start = Date.UTC(2026, 10, 1);
  for (let i = 0; i < steps; i++) {
    const roll = next();
    const parent = made.length === 0 || roll < 0.04 ? null : roll < 0.75 ? made.at(-1)! : made[Math.floor(next() * made.length)]!;
    const isEdit = parent !== null && next() < 0.35;
    const n = isEdit ? 1 : 1 + Math.floor(next() * 4);
    const id = `${prefix}${String(i).padStart(4, "0")}`;
    made.push({
      id,
      kind: isEdit ? "edit" : "generate",
      model: next() < 0.8 ? "gpt-image-1-mini" : "gpt-image-1.5",
      prompt: `a lighthouse on a cliff at dusk, step ${i}${next() < 0.5 ? ", with gulls" : ""}`,
      params: { n, size: next() < 0.7 ? "1024x1024" : "1536x1024", quality: next() < 0.5 ? "low" : "high", background: "auto" },
      costUsd: next() < 0.05 ? null : `0.0${Math.floor(next() * 90 + 10)}`,
      createdAt: new Date(start + i * 60_000),
      images: Array.from({ length: n }, (_, k) => `${id}i${k}`),
      parentImageId: parent ? parent.images[Math.floor(next() * parent.images.length)]! : null,
    });
  }
  return made;
}

/** DateTime as @prisma/adapter-libsql writes it. */
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

/**
 * The plan as SQL for a running server's database (the browser benchmark), every image and
 * mask pointing at the given stored files so thumbnails load as they would.
 */
export function planAsSql(plan: PlannedStep[], opts: { teamId: string; userId: string; projectId: string; projectName: string; file: { key: string; sha256: string; bytes: number }; mask: { key: string; sha256: string; bytes: number } }): InStatement[] {
  const now = sqlDate(new Date());
  const statements: InStatement[] = [
    { sql: 'INSERT INTO "Project" (id, teamId, name, createdById, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)', args: [opts.projectId, opts.teamId, opts.projectName, opts.userId, now, now] },
  ];
  for (const step of plan) {
    statements.push({
      sql: 'INSERT INTO "Generation" (id, teamId, createdById, kind, model, prompt, params, options, status, costUsd, createdAt, projectId, parentImageId, retries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)',
      args: [step.id, opts.teamId, opts.userId, step.kind, step.model, step.prompt, JSON.stringify(step.params), step.kind === "edit" ? '{"keepOutsideMask":true}' : null, "succeeded", step.costUsd, sqlDate(step.createdAt), opts.projectId, step.parentImageId],
    });
    step.images.forEach((imageId, index) =>
      statements.push({
        sql: 'INSERT INTO "Image" (id, generationId, "index", format, width, height, bytes, sha256, storageKey, thumbnailKey, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        args: [imageId, step.id, index, "webp", 256, 256, opts.file.bytes, opts.file.sha256, opts.file.key, opts.file.key, now],
      }),
    );
    if (step.kind === "edit") {
      statements.push({
        sql: 'INSERT INTO "GenerationInput" (id, generationId, role, "index", name, format, width, height, bytes, sha256, storageKey, createdAt) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)',
        args: [`${step.id}m`, step.id, "mask", "mask.png", "png", 256, 256, opts.mask.bytes, opts.mask.sha256, opts.mask.key, now],
      });
    }
  }
  return statements;
}

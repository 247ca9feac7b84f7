// The two images the compare page shows, read for one team: both or neither, so another
// team's id answers exactly like a missing one.
import "server-only";
import type { CompareImage } from "@/lib/views/compare";
import { prisma } from "./client";

export async function getComparePair(opts: { teamId: string; a: string; b: string }): Promise<{ a: CompareImage; b: CompareImage } | null> {
  const rows = await prisma.image.findMany({
    where: { id: { in: [opts.a, opts.b] }, trashedAt: null, generation: { teamId: opts.teamId } },
    select: {
      id: true,
      generationId: true,
      index: true,
      width: true,
      height: true,
      format: true,
      generation: { select: { prompt: true, model: true } },
    },
  });
  const view = (id: string): CompareImage | null => {
    const row = rows.find((r) => r.id === id);
    if (!row) return null;
    const { generation, ...rest } = row;
    return { ...rest, prompt: generation.prompt, model: generation.model };
  };
  const a = view(opts.a);
  const b = view(opts.b);
  return a && b ? { a, b } : null;
}

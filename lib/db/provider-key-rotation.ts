// Re-sealing every team's provider keys with the current server secret, after a rotation
// (scripts/rotate-provider-keys.ts; docs/providers.md). A key already sealed with the current
// secret is left alone; one no given secret opens is reported, never guessed at.
import "server-only";
import { derivedKey, keyId, openSealed, seal } from "@/lib/provider/key-seal";
import { prisma } from "./client";

export interface RotationReport {
  resealed: number;
  current: number;
  /** Providers whose key no given secret opens (their names; the team must enter the key again). */
  unreadable: { id: string; teamId: string; name: string; reason: string }[];
}

/** `secrets`: the current one first, then the older ones keys may still be sealed with. */
export async function rotateProviderKeys(secrets: readonly string[]): Promise<RotationReport> {
  if (secrets.length === 0) throw new Error("No server secret given.");
  const currentId = keyId(derivedKey(secrets[0]!));
  const report: RotationReport = { resealed: 0, current: 0, unreadable: [] };
  const rows = await prisma.provider.findMany({ select: { id: true, teamId: true, name: true, keyCiphertext: true } });
  for (const row of rows) {
    if (row.keyCiphertext.split(".")[1] === currentId) {
      report.current++;
      continue;
    }
    let plaintext: string;
    try {
      plaintext = openSealed(row.keyCiphertext, secrets);
    } catch (err) {
      report.unreadable.push({ id: row.id, teamId: row.teamId, name: row.name, reason: (err as Error).message });
      continue;
    }
    // Only if nobody changed the key meanwhile (a conditional write, not a read-then-write race).
    const { count } = await prisma.provider.updateMany({
      where: { id: row.id, keyCiphertext: row.keyCiphertext },
      data: { keyCiphertext: seal(plaintext, secrets[0]!) },
    });
    report.resealed += count;
  }
  return report;
}

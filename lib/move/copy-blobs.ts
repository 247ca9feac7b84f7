// Copies every blob from one store to another (the install's folder to a bucket) and proves
// each one arrived: its SHA-256, read back from the target, is the one its key names. A blob
// the target holds already and that verifies is left as it is, so a second run writes nothing.
import { isBlobKey, sha256Hex } from "@/lib/ports/blob-keys";
import type { BlobStore } from "@/lib/ports/blob-store";

export interface BlobReport {
  /** Blobs in the source. */
  total: number;
  copied: number;
  /** In the target already, verified. */
  kept: number;
  /** Keys whose bytes do not match (in the source or after the copy), or that went missing. */
  problems: string[];
}

const hashOf = (key: string) => key.slice(key.lastIndexOf("/") + 1, key.lastIndexOf("."));
const CONCURRENCY = 8;

export async function copyBlobs(source: BlobStore, target: BlobStore): Promise<BlobReport> {
  const keys = (await source.list()).filter(isBlobKey).sort();
  const report: BlobReport = { total: keys.length, copied: 0, kept: 0, problems: [] };
  const verifies = async (key: string) => {
    const bytes = await target.read(key);
    return bytes !== null && sha256Hex(bytes) === hashOf(key);
  };
  const copyOne = async (key: string) => {
    if (await verifies(key)) return void report.kept++;
    const bytes = await source.read(key);
    if (!bytes || sha256Hex(bytes) !== hashOf(key)) return void report.problems.push(`${key}: ${bytes ? "its bytes in the install do not match its name" : "gone from the install"}`);
    await target.put(key, bytes);
    if (!(await verifies(key))) return void report.problems.push(`${key}: read back with other bytes`);
    report.copied++;
  };
  let next = 0;
  const worker = async () => {
    while (next < keys.length) await copyOne(keys[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return report;
}

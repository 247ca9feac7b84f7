// One image as the compare page shows it (built by lib/db/compare.ts).
export interface CompareImage {
  id: string;
  generationId: string;
  index: number;
  prompt: string;
  model: string;
  width: number;
  height: number;
  format: string;
}

-- Output text tokens are priced apart from output image tokens (docs/images-api.md §3, §6).
-- Existing price rows get no text-output price (null: unknown, so a run that reports output
-- text tokens costs "unknown" until an admin enters one); existing generations were counted
-- without the split, so their textTokensOut stays null and reads as 0.
ALTER TABLE "PriceTable" ADD COLUMN "textOutPerM" DECIMAL;
ALTER TABLE "Generation" ADD COLUMN "textTokensOut" INTEGER;

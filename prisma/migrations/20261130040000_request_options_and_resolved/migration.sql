-- Fresco's options apart from the provider parameters, and what the provider resolved "auto"
-- to. Existing rows keep their params as they are (an edit's keepOutsideMask inside them):
-- lib/generations/request.ts reads both shapes, so no data is rewritten here.
ALTER TABLE "Generation" ADD COLUMN "options" JSONB;
ALTER TABLE "Generation" ADD COLUMN "resolvedSize" TEXT;
ALTER TABLE "Generation" ADD COLUMN "resolvedQuality" TEXT;
ALTER TABLE "Generation" ADD COLUMN "resolvedBackground" TEXT;
ALTER TABLE "Generation" ADD COLUMN "resolvedFormat" TEXT;

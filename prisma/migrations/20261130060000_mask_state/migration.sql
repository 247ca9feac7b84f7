-- An edit's mask as the editor drew it (shapes, feather, imported bitmaps), so it can be
-- restored into the editor; older rows have none.
ALTER TABLE "Generation" ADD COLUMN "maskState" JSONB;

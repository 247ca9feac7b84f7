-- Content credentials (C2PA) read from an image's file when it is stored; older rows stay null
-- and are read the first time their detail page is opened. An edit's image inputs (uploads or
-- gallery images) are read the first time the edit's page is opened.
ALTER TABLE "Image" ADD COLUMN "credentials" JSONB;
ALTER TABLE "GenerationInput" ADD COLUMN "credentials" JSONB;

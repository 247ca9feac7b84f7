-- An edit's heatmap, made once when its images are stored (issue 15).
ALTER TABLE "Image" ADD COLUMN "heatmapKey" TEXT;

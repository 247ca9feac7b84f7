"use client";

// Konva touches `window` when imported, so the stage is loaded in the browser only.
import dynamic from "next/dynamic";

export const MaskCanvas = dynamic(() => import("./mask-stage").then((m) => m.MaskStage), {
  ssr: false,
  loading: () => <div role="status" className="size-full animate-pulse bg-raised/40" aria-label="Loading the canvas" />,
});

"use client";

// The centre pane of the edit page: toolbars around the stage. Owns how the mask is drawn
// (tool, brush, overlay, zoom); the mask itself comes from the page's reducer.
import { useCallback, useRef, useState } from "react";
import { canRedo, canUndo, type MaskState } from "@/lib/canvas/model";
import type { MaskAction } from "@/lib/canvas/reducer";
import { CanvasOptions } from "./canvas-options";
import { CanvasToolbar } from "./canvas-toolbar";
import { MaskCanvas } from "./mask-canvas";
import { MaskFileButtons } from "./mask-file-buttons";
import { ShortcutsSheet } from "./shortcuts-sheet";
import type { BaseImage, BrushSettings, DraftSink, OverlaySettings } from "./types";
import { useCanvasShortcuts } from "./use-canvas-shortcuts";
import { useMaskPointer } from "./use-mask-pointer";
import { useViewport } from "./use-viewport";
import { ZoomControls } from "./zoom-controls";

export function MaskEditor(props: {
  image: BaseImage;
  mask: MaskState;
  dispatch: (a: MaskAction) => void;
  onError: (message: string) => void;
}) {
  const { image, mask, dispatch } = props;
  const [brush, setBrush] = useState<BrushSettings>({ tool: "brush", size: 64, feather: 0 });
  const [overlay, setOverlay] = useState<OverlaySettings>({ color: "#ff3d7f", opacity: 0.5, visible: true });
  const [help, setHelp] = useState(false);
  const sink = useRef<DraftSink | null>(null);
  const { containerRef, size, viewport, latest, setViewport, fit, actualSize, zoomBy } = useViewport(image);
  const spaceHeld = useRef(false);
  const pointer = useMaskPointer({
    containerRef,
    latest,
    setViewport,
    zoomBy,
    brush,
    dispatch,
    sink,
    spaceHeld,
  });
  useCanvasShortcuts(spaceHeld, {
    brush,
    setBrush,
    dispatch,
    toggleMask: () => setOverlay((o) => ({ ...o, visible: !o.visible })),
    zoomBy: (f) => zoomBy(f),
    fit,
    actualSize,
    cancelStroke: pointer.cancelStroke,
    openHelp: () => setHelp(true),
  });
  const { onError, image: base } = props;
  const onImageError = useCallback(() => onError(`The image ${base.src} could not be loaded.`), [onError, base.src]);

  const round = brush.tool === "brush" || brush.tool === "eraser";
  return (
    <div className="relative flex h-full min-h-0 flex-col">
      <CanvasToolbar
        tool={brush.tool}
        onTool={(tool) => setBrush({ ...brush, tool })}
        dispatch={dispatch}
        canUndo={canUndo(mask)}
        canRedo={canRedo(mask)}
        onHelp={() => setHelp(true)}
        files={<MaskFileButtons mask={mask} dispatch={dispatch} onError={props.onError} />}
      >
        <ZoomControls scale={viewport.scale} onZoom={(f) => zoomBy(f)} onFit={fit} onActual={actualSize} />
      </CanvasToolbar>
      <div
        ref={containerRef}
        {...pointer.handlers}
        data-testid="mask-stage"
        data-scale={viewport.scale}
        data-x={viewport.x}
        data-y={viewport.y}
        aria-label={`Mask canvas, ${image.width} × ${image.height}. Paint where the image should change.`}
        role="application"
        className={`relative bg-canvas min-h-0 flex-1 touch-none overflow-hidden select-none ${round ? "cursor-none" : "cursor-crosshair"}`}
      >
        {size.width > 0 && (
          <MaskCanvas
            image={image}
            mask={mask}
            brush={brush}
            overlay={overlay}
            viewport={viewport}
            width={size.width}
            height={size.height}
            sink={sink}
            onImageError={onImageError}
          />
        )}
      </div>
      <CanvasOptions brush={brush} onBrush={setBrush} overlay={overlay} onOverlay={setOverlay} />
      <ShortcutsSheet open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

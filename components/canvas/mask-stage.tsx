"use client";

// The Konva half of the mask editor, loaded only in the browser (see mask-canvas.tsx). It
// renders three layers: the base image at full resolution, the committed mask as one bitmap,
// and the stroke in progress with the brush cursor. It never changes the model.
import Konva from "konva";
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type RefObject } from "react";
import { Circle, Image as KonvaImage, Layer, Line, Rect, Stage } from "react-konva";
import type { MaskState } from "@/lib/canvas/model";
import { hexToRgb, type BaseImage, type BrushSettings, type DraftSink, type OverlaySettings, type Viewport } from "./types";
import { useMaskBitmap } from "./use-mask-bitmap";

export interface MaskStageProps {
  image: BaseImage;
  mask: MaskState;
  brush: BrushSettings;
  overlay: OverlaySettings;
  viewport: Viewport;
  width: number;
  height: number;
  sink: RefObject<DraftSink | null>;
  onImageError: () => void;
}

export function MaskStage(props: MaskStageProps) {
  const { image, mask, brush, overlay, viewport, width, height, sink } = props;
  const element = useHtmlImage(image.src, props.onImageError);
  const maskNode = useRef<Konva.Image>(null);
  const draftLayer = useRef<Konva.Layer>(null);
  const line = useRef<Konva.Line>(null);
  const rect = useRef<Konva.Rect>(null);
  const cursor = useRef<Konva.Circle>(null);

  const show = useCallback((canvas: HTMLCanvasElement) => {
    const node = maskNode.current;
    if (!node) return;
    node.image(canvas);
    node.getLayer()?.batchDraw();
  }, []);
  useMaskBitmap(mask, hexToRgb(overlay.color), show);

  const stroke = 1 / viewport.scale;
  useImperativeHandle(
    sink,
    (): DraftSink => ({
      draw(draft) {
        const l = line.current!, r = rect.current!;
        l.visible(Boolean(draft && draft.tool !== "rect"));
        r.visible(draft?.tool === "rect");
        if (draft?.tool === "rect") {
          const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = draft.points;
          r.setAttrs({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
        } else if (draft) {
          const lasso = draft.tool === "lasso";
          // A click without movement is one point; a zero-length line with round caps shows it as a dot.
          const points = draft.points.length === 2 ? [...draft.points, ...draft.points] : draft.points;
          l.setAttrs({
            points,
            closed: lasso,
            strokeWidth: lasso ? stroke : draft.size,
            stroke: lasso ? "#ffffff" : draft.tool === "eraser" ? "#0e0f12" : overlay.color,
            dash: lasso ? [4 * stroke, 4 * stroke] : [],
            fill: lasso ? overlay.color : undefined,
            opacity: draft.tool === "eraser" ? 0.6 : Math.max(0.35, overlay.opacity),
          });
        }
        draftLayer.current?.batchDraw();
      },
      cursor(point) {
        const c = cursor.current!;
        const round = brush.tool === "brush" || brush.tool === "eraser";
        c.visible(Boolean(point && round));
        if (point) c.setAttrs({ x: point.x, y: point.y, radius: brush.size / 2 });
        draftLayer.current?.batchDraw();
      },
    }),
    [stroke, overlay.color, overlay.opacity, brush.tool, brush.size],
  );

  return (
    <Stage width={width} height={height} scaleX={viewport.scale} scaleY={viewport.scale} x={viewport.x} y={viewport.y} listening={false}>
      {/* Past 100 % each image pixel becomes a crisp square instead of a blur. */}
      <Layer imageSmoothingEnabled={viewport.scale <= 1} listening={false}>
        <Rect width={image.width} height={image.height} fill="#1d2027" />
        {element && <KonvaImage image={element} width={image.width} height={image.height} />}
      </Layer>
      <Layer listening={false} imageSmoothingEnabled={viewport.scale <= 1}>
        {/* The bitmap canvas is attached by useMaskBitmap once it exists. */}
        <KonvaImage
          ref={maskNode}
          image={undefined}
          width={image.width}
          height={image.height}
          opacity={overlay.opacity}
          visible={overlay.visible}
        />
      </Layer>
      <Layer ref={draftLayer} listening={false}>
        <Line ref={line} visible={false} lineCap="round" lineJoin="round" perfectDrawEnabled={false} />
        <Rect
          ref={rect}
          visible={false}
          fill={overlay.color}
          opacity={Math.max(0.35, overlay.opacity)}
          stroke="#ffffff"
          strokeWidth={stroke}
          dash={[4 * stroke, 4 * stroke]}
        />
        <Circle ref={cursor} visible={false} stroke="#ffffff" strokeWidth={stroke} shadowColor="#000" shadowBlur={2} />
      </Layer>
    </Stage>
  );
}

function useHtmlImage(src: string, onError: () => void): HTMLImageElement | null {
  const [loaded, setLoaded] = useState<{ src: string; el: HTMLImageElement } | null>(null);
  useEffect(() => {
    const el = new window.Image();
    el.decoding = "async";
    el.onload = () => setLoaded({ src, el });
    el.onerror = onError;
    el.src = src;
    return () => {
      el.onload = null;
      el.onerror = null;
    };
  }, [src, onError]);
  return loaded?.src === src ? loaded.el : null;
}

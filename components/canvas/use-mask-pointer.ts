// Pointer input for the mask editor, for mouse, pen and touch alike: one pointer draws with
// the current tool; space-drag, the middle button or two fingers pan; two fingers and the
// wheel zoom. The stroke in progress stays in a ref and reaches Konva through the sink; the
// model sees it once, as one commit on pointer-up.
import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { MaskAction } from "@/lib/canvas/reducer";
import { draftOf, IDLE, toolCancel, toolPointerDown, toolPointerMove, toolPointerUp, type ToolState } from "@/lib/canvas/tools";
import type { BrushSettings, DraftSink, Viewport } from "./types";
import { clamp } from "./use-viewport";
import { MAX_ZOOM, MIN_ZOOM } from "./types";

type Pt = { x: number; y: number };
type Gesture =
  | { kind: "pan"; start: Pt; from: Viewport }
  | { kind: "pinch"; dist: number; center: Pt; from: Viewport };

export function useMaskPointer(opts: {
  containerRef: RefObject<HTMLDivElement | null>;
  latest: RefObject<Viewport>;
  setViewport: (v: Viewport) => void;
  zoomBy: (factor: number, at?: Pt) => void;
  brush: BrushSettings;
  dispatch: (a: MaskAction) => void;
  sink: RefObject<DraftSink | null>;
  spaceHeld: RefObject<boolean>;
}) {
  const { containerRef, latest, setViewport, zoomBy, brush, dispatch, sink, spaceHeld } = opts;
  const tool = useRef<ToolState>(IDLE);
  const drawingPointer = useRef<number | null>(null);
  const pointers = useRef(new Map<number, Pt>());
  const gesture = useRef<Gesture | null>(null);

  const local = useCallback(
    (e: { clientX: number; clientY: number }): Pt => {
      const rect = containerRef.current!.getBoundingClientRect();
      return { x: e.clientX - rect.left, y: e.clientY - rect.top };
    },
    [containerRef],
  );
  const toImage = useCallback(
    (p: Pt): Pt => {
      const v = latest.current;
      return { x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale };
    },
    [latest],
  );

  const cancelStroke = useCallback(() => {
    tool.current = toolCancel();
    drawingPointer.current = null;
    sink.current?.draw(null);
  }, [sink]);

  const onPointerDown = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      const p = local(e);
      pointers.current.set(e.pointerId, p);
      e.currentTarget.setPointerCapture(e.pointerId);
      if (e.pointerType === "touch" && pointers.current.size === 2) {
        // A second finger turns the gesture into pinch-zoom: the half-drawn stroke is dropped.
        cancelStroke();
        const [a, b] = [...pointers.current.values()] as [Pt, Pt];
        gesture.current = { kind: "pinch", dist: distance(a, b), center: mid(a, b), from: latest.current };
        return;
      }
      if (e.button === 1 || spaceHeld.current) {
        e.preventDefault();
        gesture.current = { kind: "pan", start: p, from: latest.current };
        return;
      }
      if (e.button !== 0 || drawingPointer.current !== null) return;
      drawingPointer.current = e.pointerId;
      tool.current = toolPointerDown(tool.current, toImage(p), { ...brush, minDistance: 0.75 / latest.current.scale });
      sink.current?.draw(draftOf(tool.current));
    },
    [local, toImage, cancelStroke, latest, spaceHeld, brush, sink],
  );

  const onPointerMove = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      const p = local(e);
      if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, p);
      sink.current?.cursor(e.pointerType === "touch" ? null : toImage(p));
      const g = gesture.current;
      if (g?.kind === "pan") {
        setViewport({ ...g.from, x: g.from.x + p.x - g.start.x, y: g.from.y + p.y - g.start.y });
      } else if (g?.kind === "pinch" && pointers.current.size >= 2) {
        const [a, b] = [...pointers.current.values()] as [Pt, Pt];
        const c = mid(a, b);
        const scale = clamp((g.from.scale * distance(a, b)) / Math.max(1, g.dist), MIN_ZOOM, MAX_ZOOM);
        const k = scale / g.from.scale;
        // The image point under the fingers' first midpoint follows the midpoint.
        setViewport({ scale, x: c.x - (g.center.x - g.from.x) * k, y: c.y - (g.center.y - g.from.y) * k });
      } else if (drawingPointer.current === e.pointerId) {
        // Coalesced events keep fast pen and mouse strokes smooth between frames.
        const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
        let next = tool.current;
        for (const ev of events.length ? events : [e.nativeEvent]) next = toolPointerMove(next, toImage(local(ev)));
        if (next !== tool.current) {
          tool.current = next;
          sink.current?.draw(draftOf(next));
        }
      }
    },
    [local, toImage, setViewport, sink],
  );

  const onPointerUp = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      pointers.current.delete(e.pointerId);
      if (gesture.current && (gesture.current.kind === "pan" || pointers.current.size < 2)) gesture.current = null;
      if (drawingPointer.current !== e.pointerId) return;
      drawingPointer.current = null;
      const { shape } = toolPointerUp(tool.current, toImage(local(e)));
      tool.current = IDLE;
      sink.current?.draw(null);
      if (shape) dispatch({ type: "commit", shape });
    },
    [local, toImage, dispatch, sink],
  );

  const onPointerCancel = useCallback(
    (e: React.PointerEvent<HTMLDivElement>) => {
      pointers.current.delete(e.pointerId);
      gesture.current = null;
      if (drawingPointer.current === e.pointerId) cancelStroke();
    },
    [cancelStroke],
  );

  // React's wheel listener is passive; zooming must stop the page from scrolling.
  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      // Trackpad pinches arrive as ctrl+wheel with small deltas; a mouse wheel notch is ~100.
      const factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
      zoomBy(factor, { x: e.clientX - rect.left, y: e.clientY - rect.top });
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [containerRef, zoomBy]);

  return {
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onPointerLeave: () => sink.current?.cursor(null) },
    cancelStroke,
  };
}

const distance = (a: Pt, b: Pt) => Math.hypot(a.x - b.x, a.y - b.y);
const mid = (a: Pt, b: Pt) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

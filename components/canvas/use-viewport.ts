// Zoom and pan of the mask editor. "Fit" follows the pane as it resizes until the person
// zooms or pans by hand; 100 % puts one image pixel on one CSS pixel, on whole-pixel offsets.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { MAX_ZOOM, MIN_ZOOM, type Viewport } from "./types";

const PAD = 24;

export function useViewport(image: { width: number; height: number }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // null while fitting: the viewport is then derived from the pane and the image.
  const [free, setFree] = useState<Viewport | null>(null);
  const viewport = free ?? (size.width ? fitViewport(size, image) : { scale: 1, x: 0, y: 0 });
  // Pointer handlers read the latest viewport without re-subscribing on every change, and
  // several wheel events may arrive before React renders.
  const latest = useRef(viewport);
  useLayoutEffect(() => {
    latest.current = viewport;
  });

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const setViewport = useCallback((next: Viewport) => {
    latest.current = next;
    setFree(next);
  }, []);

  const fit = useCallback(() => setFree(null), []);

  const { width: iw, height: ih } = image;
  const actualSize = useCallback(() => {
    setViewport({ scale: 1, x: Math.round((size.width - iw) / 2), y: Math.round((size.height - ih) / 2) });
  }, [setViewport, size, iw, ih]);

  /** Zooms by `factor` keeping the screen point `at` (default: the centre) still. */
  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      const v = latest.current;
      const p = at ?? { x: size.width / 2, y: size.height / 2 };
      const scale = clamp(v.scale * factor, MIN_ZOOM, MAX_ZOOM);
      const k = scale / v.scale;
      setViewport({ scale, x: p.x - (p.x - v.x) * k, y: p.y - (p.y - v.y) * k });
    },
    [setViewport, size],
  );

  return { containerRef, size, viewport, latest, setViewport, fit, actualSize, zoomBy };
}

export function fitViewport(pane: { width: number; height: number }, image: { width: number; height: number }): Viewport {
  const scale = clamp(
    Math.min((pane.width - 2 * PAD) / image.width, (pane.height - 2 * PAD) / image.height),
    MIN_ZOOM,
    MAX_ZOOM,
  );
  return { scale, x: (pane.width - image.width * scale) / 2, y: (pane.height - image.height * scale) / 2 };
}

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

// Composes a synthetic picture as SVG: a sky, a sun and layered ridges, orbs or dunes, all
// chosen by the PRNG. With a transparent background only the opaque shapes are drawn.
import { PALETTES, type Palette } from "./palettes";
import { between, pick, type Rng } from "./seed";

export interface SceneOptions {
  width: number;
  height: number;
  transparent: boolean;
}

const f = (n: number) => n.toFixed(1);

function sky(p: Palette, o: SceneOptions): string {
  if (o.transparent) return "";
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/></linearGradient></defs><rect width="${o.width}" height="${o.height}" fill="url(#sky)"/>`;
}

// Kept away from the corners so a transparent image always has transparent corners.
function sun(rng: Rng, p: Palette, o: SceneOptions): string {
  const m = Math.min(o.width, o.height);
  const cx = between(rng, 0.2, 0.8) * o.width;
  const cy = between(rng, 0.18, 0.4) * o.height;
  const r = between(rng, 0.06, 0.11) * m;
  const glow = o.transparent
    ? ""
    : `<defs><radialGradient id="glow"><stop offset="0" stop-color="${p.sun}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient></defs><circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 3.2)}" fill="url(#glow)"/>`;
  return `${glow}<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${p.sun}"/>`;
}

/** A closed ridge from the left edge to the right edge: jagged peaks, or hills smoothed with curves. */
function ridge(rng: Rng, o: SceneOptions, base: number, amplitude: number, color: string, peaks: boolean): string {
  const steps = 5 + Math.floor(rng() * 4);
  const points = Array.from({ length: steps + 1 }, (_, i) => ({
    x: (i / steps) * o.width,
    y: (base + between(rng, -amplitude, amplitude)) * o.height,
  }));
  const first = points[0] ?? { x: 0, y: base * o.height };
  let d = `M0,${o.height} L0,${f(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] ?? first;
    const cur = points[i] ?? first;
    d += peaks
      ? ` L${f(prev.x + (cur.x - prev.x) * between(rng, 0.3, 0.7))},${f(Math.min(prev.y, cur.y) - amplitude * o.height * between(rng, 0.8, 2))} L${f(cur.x)},${f(cur.y)}`
      : ` Q${f(prev.x + (cur.x - prev.x) / 2)},${f(Math.min(prev.y, cur.y) - amplitude * o.height * 0.6)} ${f(cur.x)},${f(cur.y)}`;
  }
  return `<path d="${d} L${o.width},${o.height} Z" fill="${color}"/>`;
}

function landscape(rng: Rng, p: Palette, o: SceneOptions): string {
  const bases = [0.58, 0.7, 0.82];
  return p.layers.map((color, i) => ridge(rng, o, bases[i] ?? 0.8, 0.07 - i * 0.015, color, i === 0)).join("");
}

function dunes(rng: Rng, p: Palette, o: SceneOptions): string {
  const colors = [p.accent, ...p.layers];
  return colors
    .map((color, i) => {
      const y = (0.6 + i * 0.1) * o.height;
      const a = between(rng, 0.02, 0.05) * o.height;
      const w = o.width;
      return `<path d="M0,${f(y)} C${f(w * 0.25)},${f(y - a)} ${f(w * 0.5)},${f(y + a)} ${f(w * 0.75)},${f(y - a * 0.5)} S${f(w * 1.1)},${f(y + a)} ${w},${f(y)} L${w},${o.height} L0,${o.height} Z" fill="${color}"/>`;
    })
    .join("");
}

function orbs(rng: Rng, p: Palette, o: SceneOptions): string {
  const m = Math.min(o.width, o.height);
  const colors = [p.sun, p.accent, ...p.layers];
  let out = "";
  const count = 5 + Math.floor(rng() * 4);
  for (let i = 0; i < count; i++) {
    const cx = between(rng, 0.22, 0.78) * o.width;
    const cy = between(rng, 0.25, 0.78) * o.height;
    const r = between(rng, 0.05, 0.17) * m;
    const color = pick(rng, colors);
    if (rng() < 0.25) {
      out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${color}" stroke-width="${f(r * 0.18)}"/>`;
    } else {
      out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${color}"/>`;
    }
  }
  return out;
}

const COMPOSITIONS = { landscape, dunes, orbs } as const;

export function sceneSvg(rng: Rng, o: SceneOptions): string {
  const palette = pick(rng, PALETTES);
  const kind = pick(rng, Object.keys(COMPOSITIONS) as (keyof typeof COMPOSITIONS)[]);
  const body = kind === "orbs" ? orbs(rng, palette, o) : sun(rng, palette, o) + COMPOSITIONS[kind](rng, palette, o);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">${sky(palette, o)}${body}</svg>`;
}

// Hand-picked colour schemes: a hash picks one, so every synthetic image looks composed.

export interface Palette {
  name: string;
  skyTop: string;
  skyBottom: string;
  sun: string;
  /** Far to near: each nearer layer is darker, which reads as depth. */
  layers: readonly [string, string, string];
  accent: string;
}

export const PALETTES: readonly Palette[] = [
  { name: "dawn", skyTop: "#1d2b53", skyBottom: "#ff9a76", sun: "#ffd6a5", layers: ["#7e5a9b", "#5b3f7a", "#3a2656"], accent: "#ffb4a2" },
  { name: "dusk", skyTop: "#0f0c29", skyBottom: "#c94b4b", sun: "#ffb347", layers: ["#4b1d3f", "#35122d", "#1f0a1d"], accent: "#ff7e5f" },
  { name: "ocean", skyTop: "#a1c4fd", skyBottom: "#e2f3fb", sun: "#fff6d5", layers: ["#4f8fba", "#2f6690", "#16425b"], accent: "#81c3d7" },
  { name: "forest", skyTop: "#cfe8a9", skyBottom: "#f4f9e9", sun: "#fffbe0", layers: ["#5a8f5a", "#3b6e47", "#1e4d2b"], accent: "#a7c957" },
  { name: "desert", skyTop: "#f6d365", skyBottom: "#fda085", sun: "#fff1c1", layers: ["#d98c5f", "#b8643e", "#8a3f23"], accent: "#e9c46a" },
  { name: "arctic", skyTop: "#9bb7d4", skyBottom: "#eef3fb", sun: "#ffffff", layers: ["#9fb8d4", "#7393b3", "#4a6a8a"], accent: "#d6e4f0" },
  { name: "neon", skyTop: "#12002b", skyBottom: "#6a0572", sun: "#ff2e97", layers: ["#3d0a5b", "#2a0745", "#17032b"], accent: "#00f5d4" },
  { name: "autumn", skyTop: "#ffd9b0", skyBottom: "#fff3e4", sun: "#ff6f3c", layers: ["#c0504d", "#8f3b2e", "#5a2418"], accent: "#f4a259" },
];

// The most pixels one image may have, for the server's decoder and the browser's check alike
// (no node-only imports). A 1536×1024 output is 1.5 MP; 64 MP leaves room for uploads and
// stops decompression bombs.
export const MAX_PIXELS = 64_000_000;

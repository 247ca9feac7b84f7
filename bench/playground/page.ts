// The playground's one page: a prompt, a count, a button; the images appear as data URLs.
export const PLAYGROUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Playground</title>
<style>body{font:14px system-ui;margin:2rem} #out{display:grid;grid-template-columns:repeat(2,320px);gap:8px} #out img{width:320px;height:320px}</style>
</head><body>
<form id="form"><input id="prompt" data-testid="prompt" size="60" value="a harbour at dusk">
<select id="n" data-testid="n"><option>1</option><option>2</option><option>3</option><option>4</option></select>
<button data-testid="generate">Generate</button></form>
<div id="out" data-testid="out"></div>
<script>
document.getElementById("form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const res = await fetch("/api/generate", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ prompt: document.getElementById("prompt").value, n: Number(document.getElementById("n").value) }) });
  const { images } = await res.json();
  const out = document.getElementById("out");
  out.replaceChildren(...images.map((b64) => Object.assign(document.createElement("img"), { src: "data:image/png;base64," + b64, alt: "result", className: "result" })));
});
</script></body></html>`;

// Shared by both consoles: the bearer token (sessionStorage only), API calls, escaping.
"use strict";
const Console = {
  token() { return sessionStorage.getItem("precredit-token") || ""; },
  setupToken() {
    const input = document.getElementById("token");
    input.value = Console.token();
    document.getElementById("save-token").addEventListener("click", () => {
      sessionStorage.setItem("precredit-token", input.value.trim());
      document.dispatchEvent(new Event("token"));
    });
  },
  async api(method, path, body) {
    const headers = { Authorization: "Bearer " + Console.token() };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const resp = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const data = resp.headers.get("content-type")?.includes("json") ? await resp.json() : null;
    if (!resp.ok) throw new Error((data && data.reason) || resp.statusText);
    return data;
  },
  async blobUrl(path) {
    const resp = await fetch(path, { headers: { Authorization: "Bearer " + Console.token() } });
    if (!resp.ok) throw new Error(resp.statusText);
    return URL.createObjectURL(await resp.blob());
  },
  esc(v) {
    return String(v ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  },
  dl(obj) {
    return "<dl>" + Object.entries(obj).map(([k, v]) => `<dt>${Console.esc(k)}</dt><dd>${Console.esc(v ?? "—")}</dd>`).join("") + "</dl>";
  },
  say(text, kind) {
    const el = document.getElementById("result");
    el.textContent = text; el.className = kind || "";
  },
  age(seconds) {
    const m = Math.floor(seconds / 60), h = Math.floor(m / 60);
    return h ? `${h}h ${m % 60}m` : m ? `${m}m ${Math.floor(seconds % 60)}s` : `${Math.floor(seconds)}s`;
  },
};

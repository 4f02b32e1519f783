/* The embeddable chat: one <script src=".../widget.js" defer></script> on any page
 * adds a launcher button that opens the chat in an iframe (the server's /embed page).
 * The bot's address is taken from this script's own URL, so it works under any
 * path prefix. Styles are set through the CSSOM, which host-page CSPs allow.
 * data-title on the script tag overrides the title configured on the server.
 */
(function () {
  "use strict";
  var CONFIG = /*CONFIG*/{};
  var script = document.currentScript;
  if (!script || window.__conferenceNotesWidget) return;
  window.__conferenceNotesWidget = true;

  var base = script.src.replace(/widget\.js(?:[?#].*)?$/, "");
  var origin = new URL(base, window.location.href).origin;
  var title = script.getAttribute("data-title") || CONFIG.title || "Conference notes";
  var accent = CONFIG.accent || "#3451c6";
  var panelId = "cna-widget-panel";
  var frame = null;

  function css(node, rules) { Object.keys(rules).forEach(function (k) { node.style[k] = rules[k]; }); }

  /** A speech bubble drawn in SVG: no emoji font or image request needed. */
  function bubbleIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M4 5h16v11H9l-5 4z");
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "2");
    path.setAttribute("stroke-linejoin", "round");
    svg.appendChild(path);
    css(svg, { marginRight: "8px", verticalAlign: "-3px" });
    return svg;
  }

  var launcher = document.createElement("button");
  launcher.type = "button";
  launcher.className = "cna-widget-launcher";
  launcher.appendChild(bubbleIcon());
  launcher.appendChild(document.createTextNode(title));
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", panelId);
  css(launcher, {
    position: "fixed", right: "20px", bottom: "20px", zIndex: "2147483000",
    background: accent, color: "#fff", border: "0", borderRadius: "999px",
    padding: "12px 18px", font: "600 15px/1.2 system-ui, sans-serif", cursor: "pointer",
    boxShadow: "0 4px 14px rgba(0,0,0,.25)"
  });

  var panel = document.createElement("div");
  panel.id = panelId;
  panel.className = "cna-widget-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  css(panel, {
    position: "fixed", right: "20px", bottom: "76px", zIndex: "2147483000",
    width: "min(400px, calc(100vw - 24px))", height: "min(620px, calc(100vh - 100px))",
    borderRadius: "14px", overflow: "hidden", boxShadow: "0 12px 40px rgba(0,0,0,.3)",
    background: "#fff"
  });

  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.src = base + "embed";
      frame.title = title;
      frame.setAttribute("allow", "clipboard-write");
      css(frame, { width: "100%", height: "100%", border: "0", display: "block" });
      frame.addEventListener("load", function () { focusChat(); });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    focusChat();
  }

  function focusChat() {
    if (!frame || panel.hidden) return;
    frame.focus();
    frame.contentWindow.postMessage({ type: "cna:focus" }, origin);
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && !panel.hidden) close(); });
  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !frame || e.source !== frame.contentWindow) return;
    if (e.data && e.data.type === "cna:close") close();
  });

  function mount() { document.body.appendChild(panel); document.body.appendChild(launcher); }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();

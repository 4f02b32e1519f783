/* The notes viewer: highlight every piece of the passage named in the URL
 * (#passage-N), move focus to it and say so to screen readers. CSS :target
 * already marks the first piece when scripts are off. */
(function () {
  "use strict";
  var status = document.getElementById("cited-status");

  function show() {
    document.querySelectorAll(".passage.cited").forEach(function (el) { el.classList.remove("cited"); });
    var m = /^#passage-(\d+)$/.exec(window.location.hash);
    if (!m) { status.hidden = true; return; }
    var pieces = document.querySelectorAll('.passage[data-passages~="' + m[1] + '"]');
    if (!pieces.length) { status.hidden = false; status.textContent = "The cited passage is not in this note."; return; }
    pieces.forEach(function (el) { el.classList.add("cited"); });
    var first = pieces[0];
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: "center" });
    status.hidden = false;
    status.textContent = "The cited passage is highlighted.";
  }

  window.addEventListener("hashchange", show);
  show();
})();

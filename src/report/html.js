// claimcheck HTML report: shows a finding's note (the entry of the findings list under the
// article) in a popover on hover or keyboard focus, and pins it on click or when a summary
// link targets it. Without JavaScript the list itself carries everything.
(function () {
  "use strict";
  var pop = document.getElementById("cc-popover");
  var pinned = null;

  function noteOf(el) {
    return document.getElementById(el.getAttribute("data-note") || "");
  }
  function markOf(node) {
    return node instanceof Element ? node.closest("mark[data-note]") : null;
  }
  function show(el) {
    var note = noteOf(el);
    if (!note || !pop) return;
    // Copies of nodes already in the page: nothing is parsed from strings.
    var copies = Array.prototype.map.call(note.childNodes, function (n) {
      return n.cloneNode(true);
    });
    pop.replaceChildren.apply(pop, copies);
    pop.className = "cc-popover " + note.className;
    pop.hidden = false;
    var r = el.getBoundingClientRect();
    var left = window.scrollX + r.left;
    var max = window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8;
    pop.style.top = window.scrollY + r.bottom + 6 + "px";
    pop.style.left = Math.max(window.scrollX + 8, Math.min(left, max)) + "px";
  }
  function hide() {
    if (pop) pop.hidden = true;
  }
  function unpin() {
    if (pinned) pinned.classList.remove("cc-pinned");
    pinned = null;
  }
  function pin(el) {
    unpin();
    pinned = el;
    el.classList.add("cc-pinned");
    show(el);
  }

  document.addEventListener("mouseover", function (e) {
    var el = markOf(e.target);
    if (el && !pinned) show(el);
  });
  document.addEventListener("mouseout", function (e) {
    if (pinned || !markOf(e.target) || markOf(e.relatedTarget)) return;
    hide();
  });
  document.addEventListener("focusin", function (e) {
    var el = markOf(e.target);
    if (el && !pinned) show(el);
  });
  document.addEventListener("click", function (e) {
    var el = markOf(e.target);
    if (el) {
      if (pinned === el) {
        unpin();
        hide();
      } else {
        pin(el);
      }
    } else if (pop && !pop.contains(e.target)) {
      unpin();
      hide();
    }
  });
  document.addEventListener("keydown", function (e) {
    var el = markOf(e.target);
    if (e.key === "Escape") {
      unpin();
      hide();
    } else if (el && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      el.click();
    }
  });
  window.addEventListener("resize", function () {
    if (pinned) show(pinned);
    else hide();
  });

  function fromHash() {
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.matches("mark[data-note]")) pin(el);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();

  // A self-check the browser test reads back: every highlight has its note.
  var marks = document.querySelectorAll("mark.cc-finding");
  var ok = Array.prototype.filter.call(marks, function (m) {
    return noteOf(m) !== null;
  }).length;
  document.documentElement.setAttribute("data-cc-checked", ok + "/" + marks.length);
})();

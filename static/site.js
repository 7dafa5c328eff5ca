// sipvs: the code picker and the list filter on a locale's home page. Everything here is an
// enhancement: without JavaScript every page stays reachable through plain links.
(function () {
  "use strict";

  // The picker: two codes in either order lead to the one published pair page. The page
  // gives that page's URL with {lo} and {hi} standing for the lower and the higher code's
  // value, so the URL scheme lives only in the generator; both lists hold the codes in
  // ascending order, so the lower code is the one listed first.
  var form = document.getElementById("picker");
  if (form) {
    var msg = form.querySelector(".picker-msg");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var a = form.elements.a, b = form.elements.b;
      if (!a.value || !b.value || a.value === b.value) {
        msg.textContent = form.getAttribute("data-same");
        return;
      }
      msg.textContent = "";
      var first = a.selectedIndex < b.selectedIndex;
      var lo = first ? a.value : b.value, hi = first ? b.value : a.value;
      window.location.href = form.getAttribute("data-pair-url").replace("{lo}", lo).replace("{hi}", hi);
    });
    form.addEventListener("change", function () { msg.textContent = ""; });
  }

  // The filter: every word must match. A word of digits matches the start of a code
  // ("48" finds 480–489); other words match the reason phrase or the summary. Full-width
  // digits and letters from a Japanese or Korean input method count as their ASCII forms.
  var filter = document.getElementById("filter");
  if (filter) {
    var fold = function (s) {
      return (s.normalize ? s.normalize("NFKC") : s).toLocaleLowerCase();
    };
    var items = Array.prototype.slice.call(document.querySelectorAll(".code-list li"));
    var sections = Array.prototype.slice.call(document.querySelectorAll("section.class"));
    var empty = document.getElementById("filter-empty");
    var index = items.map(function (li) {
      return { code: li.getAttribute("data-code") || "", text: fold(li.getAttribute("data-search") || "") };
    });
    var apply = function () {
      var words = fold(filter.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (li, i) {
        var entry = index[i];
        var hit = words.every(function (w) {
          return /^\d+$/.test(w) ? entry.code.indexOf(w) === 0 : entry.text.indexOf(w) !== -1;
        });
        li.hidden = !hit;
        if (hit) shown++;
      });
      sections.forEach(function (s) { s.hidden = !s.querySelector(".code-list li:not([hidden])"); });
      empty.hidden = shown !== 0;
    };
    filter.addEventListener("input", apply);
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && filter.value) {
        filter.value = "";
        apply();
      }
    });
    // A value restored by the browser (back button) applies at once.
    if (filter.value) apply();
  }
})();

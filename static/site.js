// sipvs: the code picker and the list filter on a locale's home page. Everything here is an
// enhancement: without JavaScript every page stays reachable through plain links.
(function () {
  "use strict";
  var form = document.getElementById("picker");
  if (form) {
    var msg = form.querySelector(".picker-msg");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var a = form.elements.a.value, b = form.elements.b.value;
      var na = parseInt(a, 10), nb = parseInt(b, 10);
      if (na === nb) {
        msg.textContent = form.getAttribute("data-same");
        return;
      }
      msg.textContent = "";
      var lo = na < nb ? a : b, hi = na < nb ? b : a;
      window.location.href = form.getAttribute("data-pattern") + lo + "-vs-" + hi + "/";
    });
  }
  var filter = document.getElementById("filter");
  if (filter) {
    var items = Array.prototype.slice.call(document.querySelectorAll(".code-list li"));
    var sections = Array.prototype.slice.call(document.querySelectorAll("section.class"));
    var empty = document.getElementById("filter-empty");
    var index = items.map(function (li) { return (li.getAttribute("data-search") || "").toLocaleLowerCase(); });
    filter.addEventListener("input", function () {
      var words = filter.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (li, i) {
        var hit = words.every(function (w) { return index[i].indexOf(w) !== -1; });
        li.hidden = !hit;
        if (hit) shown++;
      });
      sections.forEach(function (s) { s.hidden = !s.querySelector(".code-list li:not([hidden])"); });
      empty.hidden = shown !== 0;
    });
  }
})();

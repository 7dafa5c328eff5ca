// sipvs: the code picker and the list filter on a locale's home page, and the not-found
// page's resolver and lookup. Everything here is an enhancement: without JavaScript every
// page stays reachable through plain links, and what needs this script (`js-only`) stays
// hidden. Loaded in the head, without `defer`, so that the document is marked before its
// first paint: the controls appear with the page, and nothing shifts.
(function () {
  "use strict";
  document.documentElement.className += " js";

  // Lower case, full-width digits and letters from a Japanese or Korean input method as
  // their ASCII forms.
  var fold = function (s) {
    return (s.normalize ? s.normalize("NFKC") : s).toLocaleLowerCase();
  };
  // Hyphens, dashes, underscores and spaces are left out of what is matched, so that
  // "timeout", "time out" and "time-out" all find "Server Time-out", and "reinvite" finds
  // "re-INVITE".
  var compact = function (s) {
    return fold(s).replace(/[\s\-\u2010-\u2015_]+/g, "");
  };
  // The words of a query: digits-only words match the start of a code ("48" finds
  // 480–489), other words the reason phrase or the summary, each compacted.
  var words = function (query) {
    return fold(query).split(/\s+/).map(function (w) {
      return /^\d+$/.test(w) ? w : compact(w);
    }).filter(Boolean);
  };
  var matches = function (ws, code, text) {
    return ws.every(function (w) {
      return /^\d+$/.test(w) ? code.indexOf(w) === 0 : text.indexOf(w) !== -1;
    });
  };

  var ready = function (f) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", f);
    else f();
  };

  // The picker: two codes in either order lead to the one published pair page. The page
  // gives that page's URL with {lo} and {hi} standing for the lower and the higher code's
  // value, so the URL scheme lives only in the generator; both lists hold the codes in
  // ascending order, so the lower code is the one listed first.
  var picker = function () {
    var form = document.getElementById("picker");
    if (!form) return;
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
  };

  // The filter: every word must match.
  var filter = function () {
    var input = document.getElementById("filter");
    if (!input) return;
    var items = Array.prototype.slice.call(document.querySelectorAll(".code-list li"));
    var sections = Array.prototype.slice.call(document.querySelectorAll("section.class"));
    var empty = document.getElementById("filter-empty");
    var index = items.map(function (li) {
      return { code: li.getAttribute("data-code") || "", text: compact(li.getAttribute("data-search") || "") };
    });
    var apply = function () {
      var ws = words(input.value);
      var shown = 0;
      items.forEach(function (li, i) {
        var hit = matches(ws, index[i].code, index[i].text);
        li.hidden = !hit;
        if (hit) shown++;
      });
      sections.forEach(function (s) { s.hidden = !s.querySelector(".code-list li:not([hidden])"); });
      empty.hidden = shown !== 0;
    };
    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) {
        input.value = "";
        apply();
      }
    });
    // A value restored by the browser (back button) applies at once.
    if (input.value) apply();
  };

  // The not-found page. Its data: the page's locale, each locale's code and pair URL with
  // {name}, {lo} and {hi} to fill in, and every code as [number, URL name, reason phrase].
  // An address under another locale's folder is resolved in that locale (a host that
  // serves one 404 page for the whole site).
  var notFound = function () {
    var script = document.getElementById("nf-data");
    if (!script) return;
    var data;
    try { data = JSON.parse(script.textContent); } catch (e) { return; }
    var byNumber = {};
    data.codes.forEach(function (c) { byNumber[c[0]] = c; });
    var path = location.pathname;
    try { path = decodeURIComponent(path); } catch (e) { /* keep it as it is */ }
    var rest = path.indexOf(data.base) === 0 ? path.slice(data.base.length) : path.replace(/^\/+/, "");
    var parts = rest.split("/").filter(Boolean);
    var lang = data.lang;
    if (parts.length && data.urls[parts[0]]) lang = parts.shift();
    var urls = data.urls[lang];
    // A code named by the start of a path segment: "486", "486-busy", "486-anything".
    var codeOf = function (segment) {
      var m = /^(\d{3})(?:-|$)/.exec(segment || "");
      return m ? byNumber[m[1]] : undefined;
    };
    var codeUrl = function (c) { return urls.code.replace("{name}", c[1]); };
    var target = null;
    if (parts[0] === "sip" && parts.length === 2) {
      var c = codeOf(parts[1]);
      if (c) target = codeUrl(c);
    } else if (parts[0] === "compare" && parts[1] === "sip" && parts.length === 3) {
      var m = /^(\d{3})(?:-.*?)?-vs-(\d{3})(?:-.*)?$/.exec(parts[2]);
      var a = m && byNumber[m[1]], b = m && byNumber[m[2]];
      if (a && b && a !== b) {
        var lo = a[0] < b[0] ? a : b, hi = a[0] < b[0] ? b : a;
        target = urls.pair.replace("{lo}", lo[1]).replace("{hi}", hi[1]);
      } else if (a && b) {
        target = codeUrl(a);
      }
    }
    if (target && target !== location.pathname) {
      location.replace(target + location.hash);
      return;
    }

    var link = function (c) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = codeUrl(c);
      a.textContent = c[0] + " " + c[2];
      a.lang = "en";
      li.appendChild(a);
      return li;
    };
    // Otherwise the codes the address names: its numbers (a code's first digits) and its
    // words (found in reason phrases), best first, at most eight.
    var suggest = document.getElementById("nf-suggestions");
    // The not-found page opened by its own name names no code.
    if (parts.length && /^404\.html?$/.test(parts[parts.length - 1])) parts.pop();
    var tokens = fold(parts.join(" ")).split(/[^a-z0-9]+/).filter(function (t) {
      return /^\d{1,3}$/.test(t) || t.length >= 4;
    });
    var scored = data.codes.map(function (c) {
      var name = compact(c[2]), code = String(c[0]), score = 0;
      tokens.forEach(function (t) {
        if (/^\d+$/.test(t)) {
          if (code === t) score += 3;
          else if (code.indexOf(t) === 0) score += 1;
        } else if (name.indexOf(t) !== -1) {
          score += 2;
        }
      });
      return { c: c, score: score };
    }).filter(function (s) { return s.score > 0; });
    scored.sort(function (x, y) { return y.score - x.score || x.c[0] - y.c[0]; });
    if (suggest && scored.length) {
      scored.slice(0, 8).forEach(function (s) { suggest.appendChild(link(s.c)); });
      suggest.parentNode.hidden = false;
    }

    // The lookup: the home's filter over numbers and reason phrases.
    var query = document.getElementById("nf-query");
    var results = document.getElementById("nf-results");
    var none = document.getElementById("nf-none");
    if (!query || !results) return;
    query.addEventListener("input", function () {
      var ws = words(query.value);
      while (results.firstChild) results.removeChild(results.firstChild);
      if (!ws.length) {
        none.hidden = true;
        return;
      }
      var hits = data.codes.filter(function (c) { return matches(ws, String(c[0]), compact(c[2])); });
      hits.slice(0, 12).forEach(function (c) { results.appendChild(link(c)); });
      none.hidden = hits.length !== 0;
    });
  };

  ready(function () {
    picker();
    filter();
    notFound();
  });
})();

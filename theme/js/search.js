// Search over the index that generator/search.py writes from the facts (MkDocs' own has the same
// shape). Results are built with textContent only, so nothing from the index can become markup.
(function () {
  "use strict";
  var box = document.getElementById("search-box");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!box || !status || !list) return;
  var params = new URLSearchParams(window.location.search);
  var query = params.get("q") || "";
  box.value = query;
  var root = (typeof base_url === "string" ? base_url : ".").replace(/\/$/, "");

  function words(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  }

  function score(doc, terms) {
    var title = words(doc.title || "").join(" ");
    var text = words(doc.text || "").join(" ");
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) !== -1;
      var inText = text.indexOf(terms[i]) !== -1;
      if (!inTitle && !inText) return 0;
      total += inTitle ? 10 : 1;
    }
    return total;
  }

  function show(results, terms) {
    list.textContent = "";
    results.slice(0, 50).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + "/" + hit.doc.location;
      link.textContent = hit.doc.title || hit.doc.location;
      var heading = document.createElement("h2");
      heading.className = "h3";
      heading.appendChild(link);
      item.appendChild(heading);
      var text = (hit.doc.text || "").replace(/\s+/g, " ").trim();
      if (text) {
        var summary = document.createElement("p");
        summary.textContent = text.length > 200 ? text.slice(0, 199) + "\u2026" : text;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    var count = results.length;
    status.textContent = count === 0 ? "Nothing matches \u201c" + terms.join(" ") + "\u201d."
      : count + (count === 1 ? " page matches" : " pages match") + " \u201c" + terms.join(" ") + "\u201d" + (count > 50 ? "; the first 50 are shown." : ".");
  }

  var terms = words(query);
  if (!terms.length) return;
  status.textContent = "Searching\u2026";
  fetch(root + "/search/search_index.json").then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }).then(function (index) {
    var seen = {};
    var results = [];
    index.docs.forEach(function (doc) {
      var page = doc.location.split("#")[0];
      var s = score(doc, terms);
      if (s > 0 && !(page in seen)) {
        seen[page] = true;
        results.push({ doc: doc, score: s });
      }
    });
    results.sort(function (a, b) { return b.score - a.score; });
    show(results, terms);
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();

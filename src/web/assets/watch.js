// Preview mode of `dalil serve --watch` only: asks the server every 400 ms which index build is
// live and whether the content has errors; reloads the page when a new build goes live and shows
// the errors over the page until they are fixed. Pages served without --watch never load it.
(function () {
  "use strict";
  var first = null;
  var panel = null;

  function show(errors) {
    if (!errors.length) {
      if (panel) { panel.remove(); panel = null; }
      return;
    }
    if (!panel) {
      panel = document.createElement("section");
      panel.className = "watch-errors";
      panel.setAttribute("role", "alert");
      panel.setAttribute("dir", "ltr");
      document.body.appendChild(panel);
    }
    panel.textContent = "";
    var title = document.createElement("h2");
    title.textContent = errors.length + " content error(s): the last good index is serving";
    panel.appendChild(title);
    var list = document.createElement("ul");
    errors.forEach(function (e) {
      var item = document.createElement("li");
      item.textContent = e;
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function poll() {
    fetch("/__watch", { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) {
        if (!state) { return; }
        if (first === null) { first = state.build; }
        if (state.build !== first) { location.reload(); return; }
        show(state.errors || []);
      })
      .catch(function () { /* the server restarts: try again */ })
      .then(function () { setTimeout(poll, 400); });
  }
  poll();
})();

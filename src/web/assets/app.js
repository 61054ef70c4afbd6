/* dalil help pages: progressive enhancement of the server-rendered pages.
 *
 * - Search as you type: every form[data-search] gets an ARIA 1.2 combobox with a listbox of
 *   results from /api/search (debounced, stale requests aborted). Arrow keys move, Enter opens
 *   the active result (or submits the form when none is active), Escape closes.
 * - "Was this helpful?": form[data-feedback] posts JSON to /api/feedback (with the optional
 *   comment of a "no") and thanks in place.
 *
 * Everything works without this file; nothing here uses innerHTML with server data, inline
 * styles or eval (the Content-Security-Policy forbids them anyway).
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 150;
  var LIMIT = 8;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* The engine's snippet is escaped text whose only markup is <mark>. Parse it in an inert
     document and copy over text and <mark> elements only. */
  function snippetFragment(html) {
    var out = document.createDocumentFragment();
    var doc = new DOMParser().parseFromString("<p>" + String(html || "") + "</p>", "text/html");
    (function copy(from, to) {
      for (var i = 0; i < from.childNodes.length; i++) {
        var child = from.childNodes[i];
        if (child.nodeType === 3) {
          to.appendChild(document.createTextNode(child.nodeValue));
        } else if (child.nodeType === 1) {
          if (child.nodeName === "MARK") {
            var mark = document.createElement("mark");
            copy(child, mark);
            to.appendChild(mark);
          } else {
            copy(child, to);
          }
        }
      }
    })(doc.body, out);
    return out;
  }

  function initSearch(form, index) {
    var input = form.querySelector("input[name=q]");
    if (!input || !window.fetch || !window.AbortController || !window.DOMParser) return;
    var lang = form.getAttribute("data-lang") || document.documentElement.lang || "en";
    var listId = "search-listbox-" + index;

    var list = el("ul", "completions");
    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-label") || "");
    list.hidden = true;
    var live = el("div", "visually-hidden");
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    var field = form.querySelector(".search-field") || input.parentNode;
    field.parentNode.insertBefore(list, field.nextSibling);
    form.appendChild(live);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = 0;
    var controller = null;
    var options = [];
    var active = -1;
    var shownFor = null;

    function isOpen() {
      return !list.hidden;
    }

    function open() {
      if (!options.length && !list.firstChild) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function setActive(i) {
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = i;
      if (i >= 0 && options[i]) {
        options[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[i].id);
        if (options[i].scrollIntoView) options[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function longEnough(q) {
      return q.length >= 2 || (q.length >= 1 && HAN.test(q));
    }

    function clear() {
      while (list.firstChild) list.removeChild(list.firstChild);
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
    }

    function render(q, data) {
      clear();
      shownFor = q;
      var results = (data && data.results) || [];
      results.forEach(function (hit, i) {
        var li = el("li", "completion");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-url", hit.url);
        var title = el("bdi", "completion-title", hit.title);
        li.appendChild(title);
        if (hit.section) li.appendChild(el("bdi", "completion-section", hit.section));
        var snippet = el("span", "completion-snippet");
        snippet.appendChild(snippetFragment(hit.snippet));
        li.appendChild(snippet);
        list.appendChild(li);
        options.push(li);
      });
      if (results.length) {
        var all = el("li", "completion completion-all", form.getAttribute("data-all") || "");
        all.id = listId + "-all";
        all.setAttribute("role", "option");
        all.setAttribute("aria-selected", "false");
        all.setAttribute("data-submit", "");
        list.appendChild(all);
        options.push(all);
        live.textContent = (form.getAttribute("data-count") || "{n}").replace(
          "{n}",
          String(results.length)
        );
      } else {
        var none = el("li", "completion-empty", form.getAttribute("data-none") || "");
        none.setAttribute("role", "option");
        none.setAttribute("aria-disabled", "true");
        none.id = listId + "-none";
        list.appendChild(none);
        live.textContent = form.getAttribute("data-none") || "";
      }
      open();
    }

    function run() {
      var q = input.value.trim();
      if (controller) controller.abort();
      controller = null;
      if (!longEnough(q)) {
        clear();
        close();
        shownFor = null;
        return;
      }
      if (q === shownFor) {
        open();
        return;
      }
      var mine = new AbortController();
      controller = mine;
      var url =
        "/api/search?q=" +
        encodeURIComponent(q) +
        "&lang=" +
        encodeURIComponent(lang) +
        "&limit=" +
        LIMIT;
      fetch(url, { signal: mine.signal, headers: { Accept: "application/json" } })
        .then(function (resp) {
          if (!resp.ok) throw new Error("search failed: " + resp.status);
          return resp.json();
        })
        .then(function (data) {
          if (controller !== mine) return;
          controller = null;
          if (document.activeElement !== input) return;
          render(q, data);
        })
        .catch(function (err) {
          if (err && err.name === "AbortError") return;
          if (controller === mine) controller = null;
          clear();
          close();
        });
    }

    function choose(option) {
      if (!option || option.getAttribute("aria-disabled") === "true") return;
      if (option.hasAttribute("data-submit")) {
        close();
        form.submit();
        return;
      }
      var url = option.getAttribute("data-url");
      if (url) {
        close();
        window.location.assign(url);
      }
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", function (ev) {
      var n = options.length;
      switch (ev.key) {
        case "ArrowDown":
          if (!n) return;
          ev.preventDefault();
          if (!isOpen()) {
            open();
            setActive(0);
          } else {
            setActive(active + 1 >= n ? 0 : active + 1);
          }
          break;
        case "ArrowUp":
          if (!n) return;
          ev.preventDefault();
          if (!isOpen()) open();
          setActive(active <= 0 ? n - 1 : active - 1);
          break;
        case "Enter":
          if (isOpen() && active >= 0) {
            ev.preventDefault();
            choose(options[active]);
          }
          break;
        case "Escape":
          if (isOpen()) {
            ev.preventDefault();
            close();
          }
          break;
        default:
          break;
      }
    });

    input.addEventListener("focus", function () {
      if (shownFor !== null && shownFor === input.value.trim()) open();
    });

    input.addEventListener("blur", function () {
      close();
    });

    // Keep the focus in the input while the pointer picks an option.
    list.addEventListener("mousedown", function (ev) {
      ev.preventDefault();
    });

    list.addEventListener("click", function (ev) {
      var target = ev.target;
      while (target && target !== list && target.getAttribute("role") !== "option") {
        target = target.parentNode;
      }
      if (target && target !== list) choose(target);
    });
  }

  function initFeedback(form) {
    if (!window.fetch) return;
    var section = form.parentNode;
    var status = section.querySelector(".feedback-status");
    form.addEventListener("submit", function (ev) {
      var button = ev.submitter;
      if (!button || !status) return; // let the browser post the form
      ev.preventDefault();
      var body = {
        lang: form.getAttribute("data-lang"),
        id: form.getAttribute("data-id"),
        helpful: button.value === "yes"
      };
      var anchor = "";
      try {
        anchor = decodeURIComponent(window.location.hash.slice(1));
      } catch (e) {
        anchor = "";
      }
      if (anchor && anchor !== "feedback" && anchor.length <= 200) body.anchor = anchor;
      var comment = form.querySelector("textarea[name=comment]");
      if (!body.helpful && comment && comment.value.trim()) body.comment = comment.value;
      var buttons = form.querySelectorAll("button");
      Array.prototype.forEach.call(buttons, function (b) {
        b.disabled = true;
      });
      fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body)
      })
        .then(function (resp) {
          if (!resp.ok) throw new Error("feedback failed: " + resp.status);
          status.classList.remove("is-error");
          status.classList.add("feedback-thanks");
          status.textContent = form.getAttribute("data-thanks") || "";
          form.parentNode.removeChild(form);
        })
        .catch(function () {
          status.classList.add("is-error");
          status.textContent = form.getAttribute("data-error") || "";
          Array.prototype.forEach.call(buttons, function (b) {
            b.disabled = false;
          });
        });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-search]"), initSearch);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-feedback]"), initFeedback);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

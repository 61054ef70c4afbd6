/* dalil agents' workspace: progressive enhancement of the server-rendered /agent page.
 *
 * - The agent's language is remembered in localStorage (select[data-remember]).
 * - The form is sent without a reload; the server's own rendering of the answers replaces
 *   #results (the page works the same without this file).
 * - Keyboard: Up/Down (and Home/End) move between answers, Enter copies the selected answer's
 *   text; the copy buttons copy plain text, Markdown, or rich text (HTML and text together).
 * - A copy is recorded with POST /agent/copied (the session's CSRF token in x-csrf-token).
 *
 * No inline styles, no eval, no innerHTML with server data (the CSP forbids the first two).
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-agent-form]");
  if (!form) return;
  var results = document.getElementById("results");
  var csrf = form.getAttribute("data-csrf") || "";
  var copiedText = form.getAttribute("data-copied") || "Copied";
  var failedText = form.getAttribute("data-copy-failed") || "Copy failed";

  /* The agent's language, remembered. A language in the URL (?agent=) wins. */
  var remember = form.querySelector("select[data-remember]");
  if (remember) {
    var key = remember.getAttribute("data-remember");
    var fromUrl = /[?&]agent=/.test(location.search);
    try {
      var saved = localStorage.getItem(key);
      if (saved && !fromUrl && !results.querySelector("#answers")) {
        for (var i = 0; i < remember.options.length; i++) {
          if (remember.options[i].value === saved) remember.value = saved;
        }
      }
    } catch (e) { /* storage off: the select still works */ }
    remember.addEventListener("change", function () {
      try { localStorage.setItem(key, remember.value); } catch (e) { /* ignore */ }
    });
  }

  function answers() {
    return Array.prototype.slice.call(results.querySelectorAll("#answers > li.answer"));
  }

  function select(items, index, focus) {
    items.forEach(function (li, i) {
      li.setAttribute("tabindex", i === index ? "0" : "-1");
      if (i === index) li.setAttribute("aria-current", "true");
      else li.removeAttribute("aria-current");
    });
    if (focus && items[index]) items[index].focus();
  }

  function fallbackCopy(text, where) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    where.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    where.removeChild(area);
    return ok;
  }

  function writeClipboard(kind, li) {
    var text = kind === "markdown" ? li.getAttribute("data-markdown") : li.getAttribute("data-text");
    var body = li.querySelector(".answer-customer .answer-body");
    if (navigator.clipboard && window.isSecureContext) {
      if (kind === "html" && window.ClipboardItem && navigator.clipboard.write && body) {
        var item = new ClipboardItem({
          "text/html": new Blob([body.innerHTML], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" })
        });
        return navigator.clipboard.write([item]).then(function () { return true; });
      }
      return navigator.clipboard.writeText(text).then(function () { return true; });
    }
    return Promise.reject(new Error("no clipboard API"));
  }

  function record(li) {
    var list = document.getElementById("answers");
    var body = {
      lang: li.getAttribute("data-lang"),
      id: li.getAttribute("data-id"),
      anchor: li.getAttribute("data-anchor") || ""
    };
    var sid = list && list.getAttribute("data-search-id");
    if (sid) body.search_id = sid;
    var headers = { "content-type": "application/json" };
    if (csrf) headers["x-csrf-token"] = csrf;
    if (!window.fetch) return;
    fetch("/agent/copied", {
      method: "POST", headers: headers, body: JSON.stringify(body), credentials: "same-origin"
    }).catch(function () { /* recording never gets in the agent's way */ });
  }

  function copy(li, kind) {
    var status = li.querySelector(".copy-status");
    var text = kind === "markdown" ? li.getAttribute("data-markdown") : li.getAttribute("data-text");
    function done(ok) {
      if (status) status.textContent = ok ? copiedText : failedText;
      if (ok) {
        li.setAttribute("data-copied", kind);
        record(li);
      }
    }
    writeClipboard(kind, li).then(done, function () { done(fallbackCopy(text, li)); });
  }

  function enhance() {
    var items = answers();
    items.forEach(function (li) {
      var actions = li.querySelector(".answer-actions");
      if (actions) actions.hidden = false;
      li.addEventListener("click", function (e) {
        var button = e.target.closest && e.target.closest("button[data-copy]");
        if (button) copy(li, button.getAttribute("data-copy"));
        select(answers(), answers().indexOf(li), false);
      });
    });
    if (items.length) select(items, 0, false);
  }

  results.addEventListener("keydown", function (e) {
    var items = answers();
    var index = items.indexOf(e.target);
    if (index < 0) return;
    var next = -1;
    if (e.key === "ArrowDown") next = Math.min(index + 1, items.length - 1);
    else if (e.key === "ArrowUp") next = Math.max(index - 1, 0);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = items.length - 1;
    else if (e.key === "Enter") {
      e.preventDefault();
      copy(items[index], "text");
      return;
    }
    if (next >= 0) {
      e.preventDefault();
      select(items, next, true);
    }
  });

  /* Send the form without a reload and take the server's rendering of the answers. */
  form.addEventListener("submit", function (e) {
    if (!window.fetch || !window.DOMParser || !window.URLSearchParams) return;
    e.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    results.setAttribute("aria-busy", "true");
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin"
    }).then(function (r) { return r.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var fresh = doc.getElementById("results");
      if (!fresh) { form.submit(); return; }
      while (results.firstChild) results.removeChild(results.firstChild);
      while (fresh.firstChild) results.appendChild(document.adoptNode(fresh.firstChild));
      enhance();
      var first = answers()[0];
      if (first) first.focus();
    }).catch(function () { form.submit(); }).then(function () {
      if (button) button.disabled = false;
      results.removeAttribute("aria-busy");
    });
  });

  /* Ctrl+Enter in the message sends it. */
  var message = form.querySelector("textarea");
  if (message) {
    message.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
      }
    });
  }

  enhance();
})();

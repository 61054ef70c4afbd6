/* dalil help widget: one script tag on any website adds a help button and panel.
 *
 *   <script src="https://help.example.com/widget.js" data-lang="ar" async></script>
 *
 * Isolation: everything lives in a shadow root on one host element; styles are a
 * constructable stylesheet adopted by the shadow root (not a <style> or style="" in the host
 * document, so a host CSP with a strict style-src allows them), and this file defines no
 * global (one IIFE). Language: data-lang, else the host page's <html lang>, else English.
 * The API is the origin this script came from; it answers only sites listed with
 * --allow-origin (CORS).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;
  var T = {
    en: ["Help", "Close help", "Search the help center", "Type your question", "Back to results",
      "Was this helpful?", "Yes", "No", "Thank you for your feedback!", "Read the full article",
      "Contact support", "No answers found. Try other words.", "Help is not available here right now.",
      " answers", "Sorry, your answer could not be saved."],
    ar: ["مساعدة", "إغلاق المساعدة", "ابحث في مركز المساعدة", "اكتب سؤالك", "العودة إلى النتائج",
      "هل كانت هذه الإجابة مفيدة؟", "نعم", "لا", "شكرًا لك على ملاحظاتك!", "قراءة المقالة كاملة",
      "تواصل مع الدعم", "لم نعثر على إجابات. جرّب كلمات أخرى.", "المساعدة غير متاحة هنا حاليًا.",
      " إجابات", "عذرًا، لم نتمكن من حفظ إجابتك."],
    fa: ["راهنما", "بستن راهنما", "جستجو در مرکز راهنما", "سؤالتان را بنویسید", "بازگشت به نتایج",
      "این پاسخ مفید بود؟", "بله", "خیر", "از بازخورد شما سپاسگزاریم!", "خواندن کامل مقاله",
      "تماس با پشتیبانی", "پاسخی پیدا نشد. کلمات دیگری را امتحان کنید.", "راهنما اکنون در اینجا در دسترس نیست.",
      " پاسخ", "متأسفیم، پاسخ شما ذخیره نشد."],
    zh: ["帮助", "关闭帮助", "搜索帮助中心", "输入您的问题", "返回结果",
      "这个回答有帮助吗？", "有帮助", "没有帮助", "感谢您的反馈！", "阅读完整文章",
      "联系客服", "未找到答案，请换个说法试试。", "此处暂时无法使用帮助。",
      " 个答案", "抱歉，未能保存您的反馈。"]
  };
  var asked = (script.getAttribute("data-lang") || document.documentElement.lang || "en").toLowerCase();
  var lang = asked.slice(0, 2);
  if (!T[lang]) lang = "en";
  var t = T[lang];
  var dir = lang === "ar" || lang === "fa" ? "rtl" : "ltr";

  var CSS = ":host{all:initial}*{box-sizing:border-box}" +
    ".w{--bg:#fff;--tx:#18202f;--mu:#5b6477;--bd:#dde2ec;--ln:#eef1f6;--in:#8a93a6;--pr:#1f4e8c;--ps:#163a69;--sf:#e7eefa;--on:#fff;--mk:#ffe8a3;--fc:#e09b00;color-scheme:light;" +
    "font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Arabic',Tahoma,'Noto Sans CJK SC',sans-serif;color:var(--tx)}" +
    ".l{position:fixed;bottom:20px;inset-inline-end:20px;z-index:2147483000;border:0;border-radius:999px;padding:12px 20px;background:var(--pr);color:var(--on);font:inherit;font-weight:600;cursor:pointer;box-shadow:0 6px 20px rgba(16,24,40,.25)}" +
    ".l:hover{background:var(--ps)}button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid var(--fc);outline-offset:2px}" +
    ".p{position:fixed;bottom:80px;inset-inline-end:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 24px);max-height:min(600px,calc(100vh - 100px));display:flex;flex-direction:column;background:var(--bg);border:1px solid var(--bd);border-radius:14px;box-shadow:0 12px 32px rgba(16,24,40,.2);overflow:hidden}" +
    ".p[hidden]{display:none}.h{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:12px 16px;background:var(--pr);color:var(--on)}" +
    ".h h2{margin:0;font-size:17px}.x{border:0;background:transparent;color:var(--on);font-size:22px;line-height:1;cursor:pointer;padding:4px 8px;border-radius:6px}" +
    ".s{padding:12px 16px;border-bottom:1px solid var(--bd)}.s input{width:100%;font:inherit;padding:10px 12px;border:1px solid var(--in);background:var(--bg);color:var(--tx);border-radius:8px}" +
    ".b{overflow:auto;padding:8px 16px 12px;flex:1}ul{list-style:none;margin:0;padding:0}li{margin:0}" +
    ".r{display:block;width:100%;text-align:start;border:0;border-bottom:1px solid var(--ln);background:none;font:inherit;color:inherit;padding:10px 4px;cursor:pointer}" +
    ".r:hover{background:var(--sf)}.r b{display:block;color:var(--pr)}.r span{display:block;color:var(--mu);font-size:13px}mark{background:var(--mk);color:inherit}" +
    ".k{border:0;background:none;color:var(--pr);font:inherit;cursor:pointer;padding:6px 0;text-decoration:underline}" +
    ".a h3{font-size:17px;margin:8px 0}.a img{max-width:100%}.a table{border-collapse:collapse}.a td,.a th{border:1px solid var(--bd);padding:4px}" +
    ".f{margin-top:14px;padding-top:10px;border-top:1px solid var(--bd)}.f p{margin:0 0 8px;font-weight:600}" +
    ".f button{font:inherit;margin-inline-end:8px;padding:6px 16px;border:1px solid var(--pr);border-radius:8px;background:var(--bg);color:var(--pr);cursor:pointer}" +
    ".f button[disabled]{opacity:.6;cursor:default}a{color:var(--pr)}.m{color:var(--mu);padding:8px 0}" +
    ".ft{padding:10px 16px;border-top:1px solid var(--bd);font-size:14px}.v{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    // The host page's dark theme, when the visitor's system asks for one: the same variables,
    // with the help pages' dark colours (src/web/assets/app.css), each 4.5:1 where text sits.
    "@media (prefers-color-scheme:dark){.w{--bg:#182030;--tx:#e7eaf0;--mu:#a9b1c3;--bd:#2d3647;--ln:#232c3d;--in:#7f889b;--pr:#74a7ec;--ps:#9ec1f2;--sf:#2a3b56;--on:#0f141d;--mk:#5c4700;--fc:#f5b83d;color-scheme:dark}}" +
    "@media (max-width:480px){.p{inset-inline:8px;width:auto;bottom:72px;max-height:calc(100vh - 88px)}}";
  // The help center's brand colours (site.toml [colors]), light then dark, written in here by
  // the server that serves this file; left empty, the widget keeps dalil's own blue.
  var BRAND = "";
  CSS += BRAND;

  function el(tag, cls, text, attrs) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text) n.textContent = text;
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    return n;
  }

  var host = el("div", "", "", { "data-dalil-widget": "" });
  var root = host.attachShadow({ mode: "open" });
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.appendChild(el("style", "", CSS));
  }
  var wrap = el("div", "w", "", { lang: lang, dir: dir });
  var launcher = el("button", "l", t[0], {
    type: "button", "aria-haspopup": "dialog", "aria-expanded": "false", "aria-controls": "dalil-panel"
  });
  var panel = el("div", "p", "", {
    id: "dalil-panel", role: "dialog", "aria-modal": "true", "aria-labelledby": "dalil-title"
  });
  panel.hidden = true;
  var head = el("div", "h");
  head.appendChild(el("h2", "", t[0], { id: "dalil-title" }));
  var close = el("button", "x", "\u00d7", { type: "button", "aria-label": t[1] });
  head.appendChild(close);
  var searchBox = el("div", "s", "", { role: "search" });
  searchBox.appendChild(el("label", "v", t[2], { "for": "dalil-q" }));
  var input = el("input", "", "", {
    id: "dalil-q", type: "search", placeholder: t[3], autocomplete: "off", maxlength: "200",
    "aria-controls": "dalil-results", dir: "auto"
  });
  searchBox.appendChild(input);
  var body = el("div", "b");
  var live = el("div", "v", "", { role: "status", "aria-live": "polite" });
  var list = el("ul", "", "", { id: "dalil-results", "aria-label": t[2] });
  var answer = el("div", "a");
  answer.hidden = true;
  body.appendChild(list);
  body.appendChild(answer);
  var foot = el("div", "ft");
  foot.appendChild(el("a", "", t[10], {
    href: origin + "/" + lang + "/contact-support", target: "_blank", rel: "noopener"
  }));
  panel.appendChild(head);
  panel.appendChild(searchBox);
  panel.appendChild(body);
  panel.appendChild(live);
  panel.appendChild(foot);
  wrap.appendChild(launcher);
  wrap.appendChild(panel);
  root.appendChild(wrap);

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
  }
  function shut() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }
  launcher.addEventListener("click", function () { if (panel.hidden) open(); else shut(); });
  close.addEventListener("click", shut);

  /* Focus stays in the open panel; Escape closes it. */
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { e.preventDefault(); shut(); return; }
    if (e.key !== "Tab") return;
    var all = Array.prototype.filter.call(
      panel.querySelectorAll("button,a[href],input"),
      function (n) { return !n.disabled && n.getClientRects().length > 0; });
    if (!all.length) return;
    var first = all[0], last = all[all.length - 1], at = root.activeElement;
    if (e.shiftKey && at === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && at === last) { e.preventDefault(); first.focus(); }
  });

  function api(path, options) {
    return fetch(origin + path, options || {}).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.status === 204 ? null : r.json();
    });
  }

  /* Marked text of a snippet: only text and <mark> are kept. */
  function marked(html, into) {
    var doc = new DOMParser().parseFromString("<p>" + String(html || "") + "</p>", "text/html");
    (function copy(from, to) {
      for (var i = 0; i < from.childNodes.length; i++) {
        var c = from.childNodes[i];
        if (c.nodeType === 3) to.appendChild(document.createTextNode(c.nodeValue));
        else if (c.nodeType === 1) {
          var m = c.nodeName === "MARK" ? to.appendChild(document.createElement("mark")) : to;
          copy(c, m);
        }
      }
    })(doc.body, into);
  }

  function message(text) {
    var li = el("li", "m", text);
    list.appendChild(li);
    live.textContent = text;
  }

  var timer = 0, seq = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); clearTimeout(timer); search(); }
  });

  function search() {
    var q = input.value.trim();
    var mine = ++seq;
    showList();
    if (!q) { list.textContent = ""; return; }
    api("/api/search?source=widget&limit=6&lang=" + lang + "&q=" + encodeURIComponent(q)).then(function (r) {
      if (mine !== seq) return;
      list.textContent = "";
      if (!r.results.length) { message(t[11]); return; }
      r.results.forEach(function (hit) {
        var li = el("li");
        var b = el("button", "r", "", { type: "button" });
        b.appendChild(el("b", "", hit.title));
        var s = el("span");
        marked(hit.snippet, s);
        b.appendChild(s);
        b.addEventListener("click", function () { read(hit); });
        li.appendChild(b);
        list.appendChild(li);
      });
      live.textContent = r.results.length + t[13];
    }, function () {
      if (mine !== seq) return;
      list.textContent = "";
      message(t[12]);
    });
  }

  function showList() {
    answer.hidden = true;
    list.hidden = false;
  }

  /* The section of an article that a result points at, as nodes of this document. */
  function section(html, anchor) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var out = document.createDocumentFragment();
    var start = anchor ? doc.getElementById(anchor) : null;
    var nodes = [];
    if (start && /^H[1-6]$/.test(start.nodeName)) {
      var level = +start.nodeName[1];
      for (var n = start.nextElementSibling; n; n = n.nextElementSibling) {
        if (/^H[1-6]$/.test(n.nodeName) && +n.nodeName[1] <= level) break;
        nodes.push(n);
      }
    } else {
      nodes = Array.prototype.slice.call(doc.body.children);
    }
    nodes.forEach(function (n) {
      n.querySelectorAll("a[href]").forEach(function (a) {
        a.href = new URL(a.getAttribute("href"), origin + "/").href;
        a.target = "_blank";
        a.rel = "noopener";
      });
      out.appendChild(document.importNode(n, true));
    });
    return out;
  }

  function read(hit) {
    var path = hit.url.split("#");
    var id = path[0].split("/").pop();
    var anchor = path[1] ? decodeURIComponent(path[1]) : "";
    api("/api/articles/" + hit.lang + "/" + id).then(function (article) {
      answer.textContent = "";
      var back = el("button", "k", t[4], { type: "button" });
      back.addEventListener("click", function () { showList(); input.focus(); });
      answer.appendChild(back);
      var title = el("h3", "", hit.section || article.title, { tabindex: "-1", dir: "auto" });
      answer.appendChild(title);
      var content = el("div", "", "", { lang: hit.lang, dir: hit.lang === "ar" || hit.lang === "fa" ? "rtl" : "ltr" });
      content.appendChild(section(article.html, anchor));
      answer.appendChild(content);
      var f = el("div", "f", "", { role: "group", "aria-labelledby": "dalil-helpful" });
      f.appendChild(el("p", "", t[5], { id: "dalil-helpful" }));
      var status = el("span", "", "", { role: "status" });
      [[t[6], true], [t[7], false]].forEach(function (choice) {
        var b = el("button", "", choice[0], { type: "button", "data-helpful": String(choice[1]) });
        b.addEventListener("click", function () {
          f.querySelectorAll("button").forEach(function (x) { x.disabled = true; });
          api("/api/feedback", {
            method: "POST", headers: { "content-type": "application/json" },
            body: JSON.stringify({ lang: hit.lang, id: id, anchor: anchor || null, helpful: choice[1] })
          }).then(function () { status.textContent = t[8]; }, function () {
            status.textContent = t[14];
            f.querySelectorAll("button").forEach(function (x) { x.disabled = false; });
          });
        });
        f.appendChild(b);
      });
      f.appendChild(status);
      answer.appendChild(f);
      answer.appendChild(el("p", "", "")).appendChild(el("a", "", t[9], {
        href: origin + hit.url, target: "_blank", rel: "noopener"
      }));
      list.hidden = true;
      answer.hidden = false;
      title.focus();
    }, function () { message(t[12]); });
  }

  function mount() { document.body.appendChild(host); }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();

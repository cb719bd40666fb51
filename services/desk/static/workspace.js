// Workspace: fill the text from a picked file; append the previewed article through
// POST /articles (the public API, with the write token) and link to what it changed.
"use strict";
(function () {
  const text = document.getElementById("article-text");
  const file = document.getElementById("article-file");
  if (file && text) {
    file.addEventListener("change", () => {
      const picked = file.files && file.files[0];
      if (!picked) return;
      picked.text().then((content) => { text.value = content; });
    });
  }
  // A highlighted span and its fact's row point at each other.
  const rows = document.querySelectorAll("#preview-facts tbody tr");
  document.querySelectorAll("#preview-text mark").forEach((mark) => {
    mark.addEventListener("click", () => {
      const facts = mark.dataset.facts.split(" ");
      rows.forEach((row) => row.classList.toggle("picked", facts.includes(row.dataset.factIndex)));
      const first = document.querySelector('#preview-facts tr[data-fact-index="' + facts[0] + '"]');
      if (first) first.scrollIntoView({ block: "nearest" });
    });
  });
  rows.forEach((row) => {
    row.addEventListener("mouseenter", () => {
      document.querySelectorAll("#preview-text mark").forEach((mark) => {
        mark.classList.toggle("picked", mark.dataset.facts.split(" ").includes(row.dataset.factIndex));
      });
    });
  });
  const form = document.getElementById("append-form");
  const out = document.getElementById("append-result");
  const tokenField = document.getElementById("write-token");
  if (!form || !out) return;
  if (tokenField) tokenField.value = window.deskToken.get();

  function line(parent, content, href) {
    const p = document.createElement("p");
    if (href) {
      const a = document.createElement("a");
      a.href = href;
      a.textContent = content;
      p.appendChild(a);
    } else p.textContent = content;
    parent.appendChild(p);
    return p;
  }

  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const body = {
      text: text.value,
      published: document.getElementById("article-published").value,
    };
    const language = document.getElementById("article-language").value;
    const url = document.getElementById("article-url").value;
    if (language) body.language = language;
    if (url) body.url = url;
    out.replaceChildren();
    out.classList.remove("hidden", "failed");
    line(out, "appending…");
    let reply;
    try {
      reply = await fetch("/articles", {
        method: "POST", headers: window.deskToken.headers(tokenField), body: JSON.stringify(body),
      });
    } catch (error) {
      out.replaceChildren();
      out.classList.add("failed");
      line(out, "the service did not answer: " + error);
      return;
    }
    const data = await reply.json().catch(() => ({}));
    out.replaceChildren();
    if (!reply.ok) {
      out.classList.add("failed");
      const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
      line(out, "not appended (" + reply.status + "): " + detail);
      return;
    }
    out.id = "append-result";
    out.dataset.articleId = data.article_id;
    line(out, data.new_events + " new event(s), " + (data.events.length - data.new_events) +
      " already in the log; log head " + data.head + ".");
    line(out, "What changed: the article's events and the read models they touched",
      "/desk/articles/" + encodeURIComponent(data.article_id)).id = "append-link";
  });
})();

// Start a blue-green rebuild through the public API (POST /projections/{name}/rebuild).
"use strict";
(function () {
  const out = document.getElementById("rebuild-result");
  const tokenField = document.getElementById("write-token");
  if (!out) return;
  if (tokenField) tokenField.value = window.deskToken.get();
  const tokenForm = document.getElementById("token-form");
  if (tokenForm) tokenForm.addEventListener("submit", (e) => e.preventDefault());
  document.querySelectorAll("button.rebuild").forEach((button) => {
    button.addEventListener("click", async () => {
      const name = button.dataset.projection;
      const reply = await fetch("/projections/" + encodeURIComponent(name) + "/rebuild", {
        method: "POST", headers: window.deskToken.headers(tokenField),
      });
      const data = await reply.json().catch(() => ({}));
      out.textContent = reply.ok
        ? name + ": rebuild " + data.state + " into " + data.target + "; reload to follow it"
        : name + ": not started (" + reply.status + "): " + (data.detail || "");
    });
  });
})();

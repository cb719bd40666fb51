// Start a blue-green rebuild through the public API (POST /projections/{name}/rebuild).
"use strict";
(function () {
  verifyChain();
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

// The chain's verification: GET /audit/verify walks the whole log, so it runs after paint.
async function verifyChain() {
  const status = document.getElementById("chain-status");
  if (!status) return;
  const reply = await fetch("/audit/verify").catch(() => null);
  const report = reply && reply.ok ? await reply.json() : null;
  status.replaceChildren();
  const verdict = document.createElement("span");
  const head = document.createElement("b");
  head.id = "chain-head";
  if (!report) {
    status.dataset.state = "unavailable";
    verdict.className = "bad";
    verdict.textContent = "verification unavailable (" + (reply ? reply.status : "no answer") + ")";
    status.append(verdict);
    return;
  }
  head.textContent = String(report.head);
  status.dataset.state = report.ok ? "ok" : "broken";
  verdict.className = report.ok ? "ok" : "bad";
  verdict.textContent = report.ok ? "verified" : "broken";
  const detail = report.ok
    ? ": " + report.checked + " event(s) checked, head position "
    : " at position " + report.first_bad_position + ": " + report.reason + " (head ";
  status.append(verdict, document.createTextNode(detail), head);
  if (!report.ok) status.append(document.createTextNode(")"));
  const hash = document.getElementById("chain-hash");
  if (hash && report.last_hash) hash.textContent = "last hash " + report.last_hash;
}

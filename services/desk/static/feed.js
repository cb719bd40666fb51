// Follow /events/stream from the position the page was rendered at. EventSource resends the
// last id as Last-Event-ID when it reconnects; positions already shown are skipped, so a
// reconnect neither loses nor repeats an event. An `overflow` frame's id is the cursor to
// reopen from.
"use strict";
(function () {
  const list = document.getElementById("feed");
  const status = document.getElementById("feed-status");
  if (!list || !status) return;
  let last = Number(list.dataset.after || "0");
  const MAX_ROWS = 500;
  let source = null;

  function names(value, out) {
    if (Array.isArray(value)) value.forEach((v) => names(v, out));
    else if (value && typeof value === "object") {
      if (typeof value.id === "string" && typeof value.name === "string") out.add(value.name);
      Object.values(value).forEach((v) => names(v, out));
    }
    return out;
  }

  function show(event) {
    const li = document.createElement("li");
    li.dataset.position = String(event.position);
    li.className = "fresh";
    const pos = document.createElement("span");
    pos.className = "pos";
    pos.textContent = "#" + event.position;
    const type = document.createElement("span");
    type.className = "type";
    type.textContent = event.type;
    const what = document.createElement("span");
    what.className = "what";
    const summary = Array.from(names(event.data, new Set())).join(", ");
    what.textContent = (summary || event.stream_id) + " ";
    const when = document.createElement("small");
    when.textContent = event.recorded_at || "";
    what.appendChild(when);
    li.append(pos, type, what);
    list.prepend(li);
    while (list.children.length > MAX_ROWS) list.lastElementChild.remove();
    const empty = document.getElementById("feed-empty");
    if (empty) empty.remove();
  }

  function setStatus(state, text) {
    status.dataset.state = state;
    status.textContent = text;
  }

  function open() {
    const query = new URLSearchParams({ after: String(last) });
    if (list.dataset.type) query.append("type", list.dataset.type);
    if (list.dataset.entity) query.append("entity", list.dataset.entity);
    source = new EventSource("/events/stream?" + query.toString());
    source.onopen = () => setStatus("live", "live");
    types.forEach((t) => source.addEventListener(t, handle));
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        setStatus("retrying", "disconnected; retrying…");
        setTimeout(open, 2000);
      } else setStatus("retrying", "reconnecting…");
    };
    source.addEventListener("overflow", (frame) => {
      source.close();
      last = Math.max(last, Number(frame.lastEventId || last));
      setTimeout(open, 100);
    });
  }

  // Every frame is named by its event type: listen to each type the contract knows.
  function handle(frame) {
    const position = Number(frame.lastEventId);
    if (!Number.isFinite(position) || position <= last) return;
    let event;
    try { event = JSON.parse(frame.data); } catch (_) { return; }
    last = position;
    show(event);
  }
  const types = (list.dataset.types || "").split(" ").filter(Boolean);

  open();
})();

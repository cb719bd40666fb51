// The valid-time slider: moving it shows the day; letting go asks the server for that day.
"use strict";
(function () {
  const slider = document.getElementById("valid-slider");
  const field = document.getElementById("valid-at");
  const form = document.getElementById("map-form");
  if (!slider || !field || !form) return;
  const first = new Date(slider.dataset.first + "T00:00:00Z");
  const dayAt = (offset) => new Date(first.getTime() + offset * 86400000).toISOString().slice(0, 10);
  slider.addEventListener("input", () => {
    field.value = dayAt(Number(slider.value));
    document.getElementById("map-day").textContent = field.value;
  });
  slider.addEventListener("change", () => {
    field.value = dayAt(Number(slider.value));
    form.submit();
  });
})();

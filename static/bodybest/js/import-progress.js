// A Shopify import's page in the dashboard (templates/shopify/dashboard/job.html): while a run
// goes on, its progress is fetched from the job's progress.json every 1.5 seconds and written
// into the bar; once the run ends the page reloads to show the report. Without this script the
// page reloads itself (a <noscript> refresh).
(function () {
  "use strict";
  var section = document.querySelector("[data-import-progress]");
  if (!section || !window.fetch) { return; }
  var bar = section.querySelector("progress");
  var text = section.querySelector('[data-field="progress-text"]');
  var phase = section.querySelector('[data-field="phase"]');
  var unit = text.getAttribute("data-unit") || "rows";
  var failures = 0;

  function show(state) {
    if (state.total) {
      bar.max = state.total;
      bar.value = state.done;
      text.textContent = state.done + " of " + state.total + " " + unit + " (" + state.percent + "%)";
    }
    phase.textContent = state.phase === "dry run" ? "Dry run" : "Import";
  }

  function poll() {
    fetch(section.getAttribute("data-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (state) {
        failures = 0;
        if (!state.running) {
          window.location.reload();
          return;
        }
        show(state);
        window.setTimeout(poll, 1500);
      })
      .catch(function () {
        failures += 1;  // a server restart or a dropped connection: try again, more slowly
        window.setTimeout(poll, Math.min(30000, 1500 * Math.pow(2, failures)));
      });
  }

  window.setTimeout(poll, 1000);
}());

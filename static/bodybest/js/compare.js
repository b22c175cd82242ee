/* Product comparison without page reloads. Every control is a plain form that works on its
 * own (catalog/comparison_views.py); this script posts the same forms with fetch, asks for
 * JSON, and swaps in the tray the server rendered. No framework. */
(function () {
  "use strict";

  var live = document.getElementById("compare-live");

  function announce(message) {
    if (!live || !message) { return; }
    // Clear first so that the same message twice is still announced.
    live.textContent = "";
    window.setTimeout(function () { live.textContent = message; }, 60);
  }

  function fitPage() {
    // The tray is fixed to the bottom of the window; keep the page's end visible above it.
    var tray = document.querySelector("#compare-tray-region .compare-tray");
    document.body.style.paddingBottom = tray ? tray.offsetHeight + "px" : "";
  }

  function syncToggles(ids) {
    var forms = document.querySelectorAll("form[data-compare-toggle]");
    Array.prototype.forEach.call(forms, function (form) {
      var listed = ids.indexOf(Number(form.getAttribute("data-compare-toggle"))) !== -1;
      form.classList.toggle("is-listed", listed);
      form.action = form.getAttribute(listed ? "data-remove-url" : "data-add-url");
      var button = form.querySelector("button");
      button.setAttribute("aria-label", button.getAttribute(listed ? "data-label-remove" : "data-label-add"));
    });
  }

  function setTray(html) {
    var region = document.getElementById("compare-tray-region");
    if (!region) { return null; }
    region.innerHTML = html;
    fitPage();
    return region;
  }

  function focusTray() {
    // The tray's heading, or, when the list is now empty and the tray gone, the page itself.
    var target = document.getElementById("compare-tray-title") || document.getElementById("main");
    if (target) { target.focus(); }
  }

  function refreshComparePage() {
    var main = document.getElementById("compare-main");
    if (!main) { return Promise.resolve(); }
    return fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("compare-main");
        if (fresh) { main.innerHTML = fresh.innerHTML; }
        applyDifferences();
        var heading = document.querySelector("#main h1");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      });
  }

  function post(form) {
    var hadFocusInTray = form.closest("#compare-tray-region") !== null;
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    }).then(function (result) {
      // The change is made: from here on, never send the form again.
      show(result.status, result.data, hadFocusInTray).catch(function () {
        window.location.reload();
      });
    }, function () {
      // The request itself failed (network, or not JSON): send the plain form instead.
      form.submit();
    });
  }

  function show(status, data, hadFocusInTray) {
    if (typeof data.tray === "string") { setTray(data.tray); }
    if (data.ids) { syncToggles(data.ids); }
    announce(data.message);
    var slot = document.getElementById("compare-choice-slot");
    if (data.choice && slot) {
      slot.innerHTML = data.choice;
      document.getElementById("compare-choice").focus();
      return Promise.resolve();
    }
    if (!data.ok) {
      if (slot) {
        slot.innerHTML = '<p class="compare-choice-message"></p>';
        slot.firstChild.textContent = data.message;
      } else {
        window.alert(data.message);
      }
      return Promise.resolve();
    }
    if (document.getElementById("compare-main") && status < 400) {
      return refreshComparePage();
    }
    if (hadFocusInTray) { focusTray(); }
    return Promise.resolve();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-compare-form]");
    if (!form || !window.fetch) { return; }
    event.preventDefault();
    // The buttons stay enabled while the request runs: a disabled button drops the keyboard
    // focus to the page's body, and the shopper's place with it. A second press is ignored.
    if (form.hasAttribute("data-compare-busy")) { return; }
    form.setAttribute("data-compare-busy", "");
    var pressed = event.submitter || form.querySelector("button");
    post(form).then(function () {
      form.removeAttribute("data-compare-busy");
      // A card's toggle stays where it was (now "In compare list"): focus stays on it.
      if (document.activeElement === document.body && document.contains(pressed)) { pressed.focus(); }
    });
  });

  // "Keep my list as it is" closes the replace offer without leaving the page.
  document.addEventListener("click", function (event) {
    var keep = event.target.closest("[data-compare-dismiss]");
    if (keep && document.getElementById("compare-choice-slot")) {
      event.preventDefault();
      document.getElementById("compare-choice-slot").innerHTML = "";
      announce(keep.getAttribute("data-text-unchanged") || "Your comparison list is unchanged.");
      fitPage();
      focusTray();
      return;
    }
    var copy = event.target.closest("[data-compare-copy]");
    if (copy) {
      var field = document.getElementById(copy.getAttribute("data-compare-copy"));
      field.select();
      var done = function () { announce(copy.getAttribute("data-text-copied") || "Link copied."); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(done, done);
      } else {
        document.execCommand("copy");
        done();
      }
    }
  });

  // "Show only differences" hides identical rows at once, and keeps the choice in the address
  // so that a reload or a shared link shows the same.
  function applyDifferences() {
    var toggle = document.querySelector("[data-compare-differences]");
    if (!toggle) { return 0; }
    var same = document.querySelectorAll('#compare-table tr[data-same="true"]');
    Array.prototype.forEach.call(same, function (row) { row.hidden = toggle.checked; });
    var note = document.querySelector("[data-compare-same-note]");
    var all = document.querySelectorAll("#compare-table tr[data-same]").length;
    if (note) { note.hidden = !(toggle.checked && same.length === all); }
    return all - same.length;
  }

  document.addEventListener("change", function (event) {
    var toggle = event.target.closest("[data-compare-differences]");
    if (!toggle) { return; }
    var differing = applyDifferences();
    var url = new URL(window.location.href);
    if (toggle.checked) { url.searchParams.set("differences", "1"); } else { url.searchParams.delete("differences"); }
    window.history.replaceState(null, "", url.toString());
    // The page's own words (data-text-* from {% trans %}); English when a page has none.
    var only = toggle.getAttribute("data-text-only");
    announce(toggle.checked
      ? (only ? only.replace("%(count)s", differing) : "Showing only the " + differing + " specifications that differ.")
      : (toggle.getAttribute("data-text-all") || "Showing every specification."));
  });

  window.addEventListener("resize", fitPage);
  fitPage();
  applyDifferences();
})();

/* Body Best theme: small progressive enhancements, no dependencies. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  // Escape closes the open category menu on phones and returns focus to its button.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var toggle = document.querySelector('.site-nav-toggle[aria-expanded="true"]');
    if (!toggle) { return; }
    var menu = document.getElementById(toggle.getAttribute("aria-controls"));
    if (menu && menu.contains(document.activeElement) || document.activeElement === toggle) {
      toggle.click();
      toggle.focus();
    }
  });
})();

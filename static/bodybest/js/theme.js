/* Body Best theme: small progressive enhancements, no dependencies. The category menus are
 * <details> elements that open and close without this script; it only adds what a menu is
 * expected to do besides: Escape closes it (focus back on its button), and a click elsewhere
 * or moving focus out of the desktop "More" menu closes that one. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var MENUS = ".site-nav details[open]";

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var menu = document.activeElement && document.activeElement.closest(MENUS);
    if (!menu) { return; }
    menu.open = false;
    menu.querySelector("summary").focus();
  });

  function closeMoreMenusOutside(target) {
    var open = document.querySelectorAll(".site-nav-more[open]");
    Array.prototype.forEach.call(open, function (menu) {
      if (!menu.contains(target)) { menu.open = false; }
    });
  }

  document.addEventListener("click", function (event) { closeMoreMenusOutside(event.target); });
  document.addEventListener("focusin", function (event) { closeMoreMenusOutside(event.target); });
})();

/* The storefront's share of jQuery, Bootstrap's script and Oscar's ui.js, in plain JavaScript.
 * Those three cost about 60 KB (gzipped) on every page for a few behaviours; the storefront's
 * layout (templates/oscar/layout.html) loads this file instead. The dashboard and the account
 * pages keep Oscar's own scripts (their date pickers and e-mail preview are jQuery code).
 *
 * - Bootstrap's data attributes as used on the storefront: data-toggle="dropdown" (the
 *   mini-basket), data-toggle="collapse", data-dismiss="alert" (the messages' close button) and
 *   the product gallery's carousel (data-slide, data-slide-to).
 * - window.oscar: what Oscar's storefront templates call from their onbodyload block,
 *   oscar.init() (forms that lock once sent, buttons that say "Saving...").
 * - Listing filters folded on phones (the sort order and filters themselves need no script).
 */
(function () {
  "use strict";

  function each(selector, callback, scope) {
    Array.prototype.forEach.call((scope || document).querySelectorAll(selector), callback);
  }

  // Dropdowns: the menu is the toggle's sibling .dropdown-menu; one open at a time.
  function setDropdown(toggle, open) {
    var menu = toggle.parentNode.querySelector(".dropdown-menu");
    if (!menu) { return; }
    toggle.parentNode.classList.toggle("show", open);
    menu.classList.toggle("show", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function closeDropdowns(except) {
    each('[data-toggle="dropdown"][aria-expanded="true"], .show > [data-toggle="dropdown"]', function (toggle) {
      if (toggle !== except) { setDropdown(toggle, false); }
    });
  }

  function collapseTarget(toggle) {
    var selector = toggle.getAttribute("data-target") || toggle.getAttribute("href") || "";
    return /^[#.][\w-]+$/.test(selector) ? document.querySelectorAll(selector) : [];
  }

  function slide(control) {
    var carousel = control.closest(".carousel") ||
      document.querySelector(control.getAttribute("data-target") || control.getAttribute("href"));
    if (!carousel) { return; }
    var items = carousel.querySelectorAll(".carousel-item");
    var indicators = carousel.querySelectorAll("[data-slide-to]");
    var current = Array.prototype.indexOf.call(items, carousel.querySelector(".carousel-item.active"));
    var next = control.hasAttribute("data-slide-to") ?
      Number(control.getAttribute("data-slide-to")) :
      current + (control.getAttribute("data-slide") === "prev" ? -1 : 1);
    next = (next + items.length) % items.length;
    Array.prototype.forEach.call(items, function (item, index) { item.classList.toggle("active", index === next); });
    Array.prototype.forEach.call(indicators, function (item, index) { item.classList.toggle("active", index === next); });
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    if (!target) { return; }

    var dropdown = target.closest('[data-toggle="dropdown"]');
    closeDropdowns(dropdown);
    if (dropdown) {
      event.preventDefault();
      setDropdown(dropdown, dropdown.getAttribute("aria-expanded") !== "true");
      return;
    }

    var collapse = target.closest('[data-toggle="collapse"]');
    if (collapse) {
      event.preventDefault();
      var open = collapse.getAttribute("aria-expanded") !== "true";
      Array.prototype.forEach.call(collapseTarget(collapse), function (panel) { panel.classList.toggle("show", open); });
      collapse.setAttribute("aria-expanded", open ? "true" : "false");
      return;
    }

    var dismiss = target.closest('[data-dismiss="alert"]');
    if (dismiss) {
      event.preventDefault();
      var alert = dismiss.closest(".alert");
      if (alert) { alert.parentNode.removeChild(alert); }
      return;
    }

    var slider = target.closest("[data-slide], [data-slide-to]");
    if (slider) {
      event.preventDefault();
      slide(slider);
    }
  });

  // Escape closes an open dropdown and puts the focus back on its button.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.querySelector('[data-toggle="dropdown"][aria-expanded="true"]');
    if (!open) { return; }
    setDropdown(open, false);
    open.focus();
  });

  var oscar = window.oscar = window.oscar || {};

  oscar.init = function () {
    // A form marked data-behaviours="lock" is sent once, however often it is submitted.
    each('form[data-behaviours~="lock"]', function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("data-locked")) { event.preventDefault(); }
        form.setAttribute("data-locked", "true");
      });
    });
    // A button with data-loading-text says so and is disabled once its (valid) form goes.
    document.body.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("[data-loading-text]");
      if (!button || button.disabled) { return; }
      var form = button.form || button.closest("form");
      if (form && form.querySelector(":invalid")) { return; }
      window.setTimeout(function () {  // after the click has submitted the form
        if (button.tagName === "INPUT") {
          button.value = button.getAttribute("data-loading-text");
        } else {
          button.textContent = button.getAttribute("data-loading-text");
        }
        button.classList.add("disabled");
        button.disabled = true;
      });
    });
  };

  // A listing's filters (templates/oscar/search/partials/facets.html) start folded on phones,
  // so the products come first; without JavaScript they stay open. The CSS draws them folded
  // from the first paint (html.js), so folding here moves nothing on the page.
  each("details[data-fold-on-phone]", function (panel) {
    if (window.matchMedia("(max-width: 575.98px)").matches) { panel.open = false; }
    panel.classList.add("is-ready");
  });
})();

/* The Content-Security-Policy refuses inline event handlers (onclick="..."): Chromium reports
 * and blocks them as the page is parsed. Our copies of the few Oscar templates that had them
 * carry data attributes instead, handled here:
 *   data-history-back   goes back a page (Oscar's form "cancel" links);
 *   data-print-page     prints the page (the order confirmation's "Print this page");
 *   .image-input img    Oscar's dashboard image picker: the upload button hides once the preview
 *                       loads and shows again, with data-error-message, if the browser cannot
 *                       show the file (listened for on the document, so the pickers Oscar's
 *                       script clones for more pictures work too).
 * Loaded on every page by oscar/base.html. Oscar templates we have not copied (the wishlist
 * form, a dashboard popup) still carry onclick="history.go(-1)" or "window.close()": the
 * browser refuses those handlers, and the same clicks are handled here instead.
 */
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    if (!target) { return; }
    if (target.closest("[data-print-page]")) {
      event.preventDefault();
      window.print();
      return;
    }
    var link = target.closest("[data-history-back], [onclick]");
    if (!link) { return; }
    var code = link.getAttribute("onclick") || "";
    if (link.hasAttribute("data-history-back") || /history\.go\(-1\)/.test(code)) {
      event.preventDefault();
      window.history.back();
    } else if (/window\.close\(\)/.test(code)) {
      event.preventDefault();
      window.close();
    }
  });

  function uploadButton(image) {
    var box = image.closest(".image-input");
    return box && box.querySelector("[id^='upload_button_']");
  }

  function isPicker(target) {
    return target.tagName === "IMG" && target.closest(".image-input");
  }

  document.addEventListener("load", function (event) {
    if (!isPicker(event.target)) { return; }
    var button = uploadButton(event.target);
    if (button) { button.style.display = "none"; }
  }, true);

  document.addEventListener("error", function (event) {
    var image = event.target;
    if (!isPicker(image) || !image.getAttribute("src")) { return; }
    var button = uploadButton(image);
    if (button) { button.style.display = ""; }
    if (image.hasAttribute("data-error-message")) { window.alert(image.getAttribute("data-error-message")); }
  }, true);
})();

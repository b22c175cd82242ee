/* The Content-Security-Policy refuses inline event handlers (onclick="..."), and a few of
 * Oscar's templates (form "cancel" links, popup "close" links, the dashboard's image picker)
 * still carry them. This replaces each known one with the same behaviour as a listener before
 * it can run, and gives our own templates a data attribute instead:
 *   data-print-page   prints the page (the order confirmation's "Print this page").
 * Loaded on every page by oscar/base.html, before the page's own scripts.
 */
(function () {
  "use strict";

  function goBack(event) {
    event.preventDefault();
    window.history.back();
  }

  function closeWindow(event) {
    event.preventDefault();
    window.close();
  }

  function replaceClick(element) {
    var code = element.getAttribute("onclick") || "";
    var handler = /history\.go\(-1\)/.test(code) ? goBack : /window\.close\(\)/.test(code) ? closeWindow : null;
    if (handler) {
      element.removeAttribute("onclick");
      element.addEventListener("click", handler);
    }
  }

  // Oscar's image input (dashboard product images): the preview hides the upload button once
  // a picture loads, and shows it again with a message when the browser cannot show the file.
  function replaceImagePreview(image) {
    var box = image.closest(".image-input");
    var button = box && box.querySelector("[id^='upload_button_']");
    var failure = (image.getAttribute("onerror") || "").match(/alert\('([^']*)'\)/);
    image.removeAttribute("onload");
    image.removeAttribute("onerror");
    if (!button) { return; }
    image.addEventListener("load", function () { button.style.display = "none"; });
    image.addEventListener("error", function () {
      button.style.display = "";
      if (failure) { window.alert(failure[1]); }
    });
  }

  function replaceWithin(root) {
    if (!root.querySelectorAll) { return; }
    Array.prototype.forEach.call(root.querySelectorAll("[onclick]"), replaceClick);
    Array.prototype.forEach.call(root.querySelectorAll(".image-input img[onload], .image-input img[onerror]"),
                                 replaceImagePreview);
  }

  replaceWithin(document);
  // Formsets and popups add markup later: replace handlers in whatever arrives.
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      Array.prototype.forEach.call(record.addedNodes, function (node) {
        if (node.nodeType !== 1) { return; }
        if (node.hasAttribute("onclick")) { replaceClick(node); }
        replaceWithin(node);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print-page]")) {
      event.preventDefault();
      window.print();
    }
  });
})();

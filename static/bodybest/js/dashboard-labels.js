// A name for the "select all on this page" checkbox that Oscar's dashboard.js puts in the first
// column of a bulk-action table (unnamed, axe "label", critical). Runs at "load", after Oscar's
// start-up on DOMContentLoaded has added the box. Loaded by templates/oscar/dashboard/layout.html.
window.addEventListener("load", function () {
  document.querySelectorAll('input[name="select_all"]:not([aria-label])').forEach(function (box) {
    box.setAttribute("aria-label", "Select all on this page");
  });
});

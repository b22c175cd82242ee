/* A product with variants (templates/catalog/partials/variant_chooser.html): as the shopper
 * changes a choice, show the chosen variant's price and whether it can be bought, and with
 * several options (Colour, Size) say what each other choice costs with the current ones. The
 * form posts the same without this script; the server decides (checkout/basket_add.py). */
(function () {
  "use strict";

  function fill(pattern, choice) {
    return pattern.replace("%(choice)s", choice);
  }

  function setUp(form) {
    var data;
    try {
      data = JSON.parse(form.getAttribute("data-variant-chooser"));
    } catch (error) {
      return;
    }
    var selects = data.fields.map(function (name) { return form.elements[name]; });
    if (selects.some(function (select) { return !select; })) { return; }
    var summary = form.querySelector("[data-variant-summary]");
    var price = form.querySelector("[data-variant-price]");
    var availability = form.querySelector("[data-variant-availability]");

    function find(values) {
      for (var i = 0; i < data.variants.length; i += 1) {
        var variant = data.variants[i];
        if (variant.values.every(function (value, n) { return value === values[n]; })) { return variant; }
      }
      return null;
    }

    function current() {
      return selects.map(function (select) { return select.value; });
    }

    function relabel() {
      // With one option the server's labels are already exact.
      if (selects.length < 2) { return; }
      var chosen = current();
      selects.forEach(function (select, index) {
        Array.prototype.forEach.call(select.options, function (option) {
          var values = chosen.slice();
          values[index] = option.value;
          var variant = find(values);
          var label = option.value;
          if (!variant) {
            label = label + " — " + data.none;
          } else {
            label = label + " — " + variant.price;
            if (!variant.buyable) { label = fill(data.soldOutChoice, label); }
          }
          option.textContent = label;
          option.disabled = !variant || !variant.buyable;
        });
      });
    }

    function show() {
      var variant = find(current());
      if (!summary) { return; }
      summary.hidden = false;
      if (!variant) {
        price.textContent = "";
        availability.textContent = data.none;
      } else {
        price.textContent = variant.price;
        availability.textContent = variant.buyable ? data.inStock : data.soldOut;
      }
    }

    function changed(event) {
      var index = selects.indexOf(event.target);
      var variant = find(current());
      if ((!variant || !variant.buyable) && index !== -1) {
        // Keep the choice just made; move the others to the cheapest variant that has it.
        var best = null;
        data.variants.forEach(function (candidate) {
          if (candidate.buyable && candidate.values[index] === event.target.value &&
              (best === null || parseFloat(candidate.amount) < parseFloat(best.amount))) {
            best = candidate;
          }
        });
        if (best) {
          selects.forEach(function (select, n) { select.value = best.values[n]; });
        }
      }
      relabel();
      show();
    }

    selects.forEach(function (select) { select.addEventListener("change", changed); });
    relabel();
    show();
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-variant-chooser]"), setUp);
})();

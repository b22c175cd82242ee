/* Loaded only when the store runs on localstripe (no Stripe keys: `make run`, the tests).
 *
 * localstripe's fake Stripe.js lacks two calls that checkout-payment.js makes on the real one;
 * this fills them with what the fake has, so the production script runs unchanged:
 *   createPaymentMethod({card})      -> createToken(card); its card id serves as the method id
 *   handleNextAction({clientSecret}) -> confirmCardPayment(clientSecret), the fake's 3-D Secure
 * The card number is sent without the spaces or dashes people type ("4242 4242 4242 4242", as
 * the README writes it), which the real field ignores and the fake refused as a bad request.
 * It also names the fake's five plain inputs, which carry only placeholders (the real card
 * field is Stripe's own, labelled iframe).
 */
(function () {
  "use strict";
  var FakeStripe = window.Stripe;
  var LABELS = { number: "Card number", exp_month: "Expiry month (MM)", exp_year: "Expiry year (YY)",
                 cvc: "CVC", postal_code: "Postal code" };

  window.Stripe = function (key) {
    var stripe = FakeStripe(key);
    var makeElements = stripe.elements;
    stripe.elements = function () {
      var elements = makeElements();
      var create = elements.create.bind(elements);
      elements.create = function (type, options) {
        var element = create(type, options);
        var mount = element.mount.bind(element);
        element.mount = function (target) {
          mount(target);
          Object.keys(element._inputs || {}).forEach(function (field) {
            element._inputs[field].setAttribute("aria-label", LABELS[field] || field);
            element._inputs[field].setAttribute("autocomplete", "off");
          });
        };
        return element;
      };
      return elements;
    };
    stripe.createPaymentMethod = function (params) {
      var card = params && params.card;
      if (!card || !card.value || !card.value.card || !card.value.card.number) {
        return Promise.resolve({ error: { message: "Your card number is incomplete." } });
      }
      card.value.card.number = String(card.value.card.number).replace(/[\s-]/g, "");
      return stripe.createToken(card).then(function (result) {
        if (result.error) {
          return { error: { message: result.error.message || "Your card details are incomplete." } };
        }
        return { paymentMethod: { id: result.token.card.id, card: result.token.card } };
      });
    };
    stripe.handleNextAction = function (options) {
      return stripe.confirmCardPayment(options.clientSecret);
    };
    return stripe;
  };
})();

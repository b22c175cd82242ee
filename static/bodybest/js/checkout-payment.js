/* Review and pay: Stripe Elements card field, PaymentIntents confirmed on our server.
 *
 * 1. stripe.createPaymentMethod turns the card field into a PaymentMethod id (the card number
 *    goes to Stripe only).
 * 2. POST it to checkout:pay, which authorises the order total and places the order.
 * 3. If the bank wants 3-D Secure, stripe.handleNextAction shows the challenge, then we POST the
 *    PaymentIntent id back to checkout:pay to finish.
 * The button is disabled while a payment is under way, so a double click pays once (the
 * server also refuses a second payment for the same basket).
 */
(function () {
  "use strict";
  var form = document.getElementById("place_order_form");
  if (!form || typeof window.Stripe !== "function") { return; }

  var button = document.getElementById("place-order");
  var message = document.getElementById("payment-message");
  var status = document.getElementById("payment-status");
  var readyLabel = button.getAttribute("data-ready-label");
  // What the page says while paying, in its language (data-text-* on the form, from {% trans %}).
  function text(name, english) { return form.getAttribute("data-text-" + name) || english; }
  var stripe = window.Stripe(form.getAttribute("data-publishable-key"));
  var card = stripe.elements({ locale: form.getAttribute("data-stripe-locale") || "en-CA" }).create("card", {
    value: { postalCode: form.getAttribute("data-postcode") || "" },
    style: { base: { fontSize: "16px", color: "#212529" } }
  });
  card.mount("#card-element");
  button.disabled = false;

  function busy(text) {
    button.disabled = true;
    button.textContent = text;
    status.textContent = text;
  }

  function fail(text) {
    message.textContent = text;
    message.classList.remove("d-none");
    message.focus();
    button.disabled = false;
    button.textContent = readyLabel;
    status.textContent = "";
  }

  function post(fields) {
    var body = new URLSearchParams(fields);
    return fetch(form.getAttribute("data-pay-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "X-CSRFToken": form.querySelector("[name=csrfmiddlewaretoken]").value,
        "Accept": "application/json"
      },
      body: body
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        // Oscar's checkout checks sent us elsewhere (an emptied basket, say): follow it.
        window.location.assign(response.url);
        return { status: "redirected" };
      }
      return response.json();
    });
  }

  function handle(result) {
    if (result.status === "placed") {
      status.textContent = text("accepted", "Payment accepted. Opening your order confirmation.");
      window.location.assign(result.redirect);
      return null;
    }
    if (result.status === "requires_action") {
      busy(text("bank", "Waiting for your bank to confirm…"));
      return stripe.handleNextAction({ clientSecret: result.client_secret }).then(function () {
        // Success or not, our server asks Stripe what happened and says so.
        return post({ payment_intent: result.payment_intent }).then(handle);
      });
    }
    if (result.status === "in_progress") {
      busy(text("processing", "Processing your payment…"));
      return new Promise(function (resolve) { setTimeout(resolve, 1500); }).then(function () {
        window.location.reload();
      });
    }
    if (result.status !== "redirected") {
      fail(result.message || text("failed", "Your payment could not be completed. Nothing was charged."));
    }
    return null;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (button.disabled) { return; }
    message.classList.add("d-none");
    busy(text("processing", "Processing your payment…"));
    stripe.createPaymentMethod({
      type: "card",
      card: card,
      billing_details: { name: form.getAttribute("data-name") }
    }).then(function (created) {
      if (created.error) {
        fail(created.error.message);
        return null;
      }
      return post({ payment_method: created.paymentMethod.id }).then(handle);
    }).catch(function () {
      fail(text("unreachable", "We could not reach the payment service. Check your connection and try again; nothing was charged."));
    });
  });
})();

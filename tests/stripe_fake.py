"""localstripe as a real HTTP server for the tests, and what Stripe.js does in a browser.

`start()` runs checkout/localstripe_server.py in its own process on a free port; the store
talks to it over HTTP like it talks to Stripe. `card_payment_method()` is what Stripe.js does
when a shopper types a card: it asks Stripe, not our server, for a PaymentMethod id.
"""
import json
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlencode

CARDS = {
    "ok": "4242424242424242",
    "declined": "4000000000000341",
    "3ds": "4000002760003184",
}


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeStripe:
    def __init__(self):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "checkout.localstripe_server", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("localstripe did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def request(self, method, path, data=None):
        body = urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.url + path, data=body, method=method, headers={
            "Authorization": "Bearer sk_test_localstripe",
            "Content-Type": "application/x-www-form-urlencoded",
        })
        try:
            with urllib.request.urlopen(req, timeout=10) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as error:
            text = error.read().decode()
        return json.loads(text) if text else {}

    def reset(self):
        self.request("DELETE", "/_config/data")

    def card_payment_method(self, card="ok"):
        number = CARDS.get(card, card)
        result = self.request("POST", "/v1/payment_methods", {
            "type": "card", "card[number]": number, "card[exp_month]": "12",
            "card[exp_year]": "2031", "card[cvc]": "123",
        })
        return result["id"]

    def intent(self, intent_id):
        return self.request("GET", f"/v1/payment_intents/{intent_id}")

    def authenticate(self, intent_id, success=True):
        """The cardholder answers the 3-D Secure challenge (what the fake Stripe.js posts)."""
        client_secret = self.intent(intent_id)["client_secret"]
        return self.request(
            "POST", f"/v1/payment_intents/{intent_id}/_authenticate?success={'true' if success else 'false'}",
            {"client_secret": client_secret},
        )

    def register_webhook(self, url, secret="whsec_localstripe"):
        self.request("POST", "/_config/webhooks/bodybest", {"url": url, "secret": secret})

    def intents(self):
        return self.request("GET", "/v1/payment_intents?limit=100")["data"]

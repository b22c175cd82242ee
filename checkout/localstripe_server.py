"""Run localstripe, a local fake of Stripe, on 127.0.0.1 (`make run` and the tests start it).

    python -m checkout.localstripe_server --port 8420 \
        --webhook-url http://127.0.0.1:8000/webhooks/stripe/ --state var/localstripe.pickle

localstripe's own command listens on every interface and pickles its whole store to /tmp on
each write; this binds to 127.0.0.1, keeps the store at --state (or in memory only, without
it), and registers the store's webhook endpoint with the secret settings use when no Stripe
keys are set.
"""
import argparse
import logging
import pickle


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8420)
    parser.add_argument("--webhook-url", default="")
    parser.add_argument("--webhook-secret", default="whsec_localstripe")
    parser.add_argument("--state", default="", help="file to keep the fake's data in between runs")
    args = parser.parse_args(argv)

    from aiohttp import web
    from localstripe import resources, server, webhooks

    if args.state:
        def dump(store):
            with open(args.state, "wb") as f:
                pickle.dump(dict(store), f, protocol=pickle.HIGHEST_PROTOCOL)

        resources.Store.dump_to_disk = dump
        try:
            with open(args.state, "rb") as f:
                dict.update(resources.store, pickle.load(f))
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            pass
    else:
        resources.Store.dump_to_disk = lambda store: None
    if args.webhook_url:
        webhooks.register_webhook("bodybest", args.webhook_url, args.webhook_secret, None)
    logging.basicConfig(level=logging.WARNING)
    print(f"localstripe (fake Stripe) on http://127.0.0.1:{args.port}", flush=True)
    web.run_app(server.app, host="127.0.0.1", port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()

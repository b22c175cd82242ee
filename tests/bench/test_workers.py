import time

import pytest

from tests.bench import load, workers
from tests.bench.workers import Config, parse_configs


def test_configurations_are_read_as_sync_workers_or_workers_of_threads():
    configs = parse_configs("sync:4, gthread:2x8")
    assert configs == [Config("sync", 4), Config("gthread", 2, 8)]
    assert [c.label for c in configs] == ["sync, 4 workers", "gthread, 2 workers x 8 threads"]


@pytest.mark.parametrize("text", ["gthread:2*4", "gevent:3", "sync:0", ""])
def test_a_configuration_that_cannot_be_run_stops_the_run_saying_what_is_expected(text):
    with pytest.raises(SystemExit) as stopped:
        parse_configs(text)
    assert "BENCH_WORKERS_CONFIGS" in str(stopped.value)


def test_the_slow_database_keeps_the_servers_user_and_password(monkeypatch):
    monkeypatch.setattr(load, "SERVER_URL", "postgres://bench:secret@db.example:6543")
    assert workers._through(7000) == "postgres://bench:secret@127.0.0.1:7000/bodybest_bench_workers"


def _run(rps, p95):
    return {"rps": rps, "p95_ms": p95, "cache": "hit"}


def test_the_report_gives_each_page_under_each_configuration_and_the_workers_memory():
    measured = []
    for config, rps, rss in [(Config("sync", 2), 900.0, 310.0), (Config("gthread", 2, 4), 700.0, 330.0)]:
        pages = {page: {10: _run(rps, 12.5), 100: _run(rps + 1, 140.0)} for page in workers.PAGES}
        waiting = {"alone_ms": 151.0, 10: _run(rps / 10, 300.0), 100: _run(rps / 10, 2000.0)}
        measured.append((config, (pages, (rss, rss / 2)), waiting))
    text = workers.report(measured, time.monotonic())
    assert "| product | sync, 2 workers | hit | 900.0 | 12.5 | 901.0 | 140.0 |" in text
    assert "| basket with 3 lines | gthread, 2 workers x 4 threads | hit | 700.0 | 12.5 | 701.0 | 140.0 |" in text
    assert "(alone: 151 ms) | gthread, 2 workers x 4 threads | none | 70.0 | 300.0 | 70.0 | 2,000.0 |" in text
    assert "| sync, 2 workers | 310 | 155 |" in text

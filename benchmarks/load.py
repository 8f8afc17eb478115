"""Load on `tidings serve`: concurrent clients on 127.0.0.1 against a large synthetic store.

The store is the sample articles coded for real, then each event copied (new id, its date
moved by whole days, its dyad turned to another pair of real countries) until it holds
``--events`` rows; documents stay the real ones. `tidings serve` runs it read-only on a free
port of 127.0.0.1; ``--clients`` threads each keep one connection and ask, one after another,
for a page of the events list (a random filter, sort and page) or a dyad series (a random
pair), for ``--seconds`` or ``--max-requests`` in all, whichever comes first. Prints latency
percentiles per endpoint, requests per second and errors.

    python benchmarks/load.py --events 100000 --clients 20 --seconds 30
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
COUNTRIES = ["USA", "RUS", "GBR", "FRA", "DEU", "CHN", "UKR", "SYR", "IRN", "ISR", "TUR", "IND", "PAK", "JPN"]


def build_store(path: Path, n_events: int) -> int:
    """Code the seeds into ``path``, then copy their events to ``n_events`` rows."""
    from tidings import Pipeline, Settings
    from tidings.store import Store

    pipeline = Pipeline(Settings())
    with Store(str(path)) as store:
        list(pipeline.code_into(store, pipeline.read([SEEDS])))
    con = duckdb.connect(str(path))
    real = con.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = -(-n_events // real) - 1
    columns = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    moved = {
        "id": "e.id || '-' || i",
        # a day-precise date moves by i days; coarser dates stay as they were
        "date": "CASE WHEN length(e.date) = 10 THEN strftime(CAST(e.date AS DATE) + CAST(i % 3650 AS INTEGER), "
                "'%Y-%m-%d') ELSE e.date END",
        "source_country": f"CASE WHEN e.source_country IS NULL THEN NULL ELSE "
                          f"{countries}[1 + i % {len(COUNTRIES)}] END",
        "target_country": f"CASE WHEN e.target_country IS NULL THEN NULL ELSE "
                          f"{countries}[1 + (i // {len(COUNTRIES)} + i + 1) % {len(COUNTRIES)}] END",
    }
    moved["source_code"] = (f"CASE WHEN e.source_country IS NULL THEN e.source_code ELSE "
                            f"{moved['source_country']} || substr(e.source_code, 4) END")
    moved["target_code"] = (f"CASE WHEN e.target_country IS NULL THEN e.target_code ELSE "
                            f"{moved['target_country']} || substr(e.target_code, 4) END")
    select = ", ".join(moved.get(c, f"e.{c}") for c in columns)
    con.execute(f"INSERT INTO events SELECT {select} FROM events e, range(1, {copies + 1}) t(i)")
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.execute("CHECKPOINT")
    con.close()
    return total


def serve(db: Path) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    for _ in range(600):  # until it answers, at most a minute
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=5)
            return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("tidings serve did not answer within a minute")


def events_request(rng: random.Random) -> str:
    filters = rng.choice([{}, {"source": rng.choice(COUNTRIES)}, {"target": rng.choice(COUNTRIES)},
                          {"source": rng.choice(COUNTRIES), "target": rng.choice(COUNTRIES)},
                          {"type": "SANCTION"}, {"root": "16"}, {"status": "reported"}, {"since": "2019"},
                          {"text": "diplomat"}])
    filters |= {"sort": rng.choice(["date", "-date", "-goldstein", "cameo_code"]), "limit": "50",
                "offset": str(rng.choice([0, 0, 50, 500, 5000]))}
    return "/api/events?" + "&".join(f"{k}={v}" for k, v in filters.items())


def dyad_request(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    return f"/api/dyad?a={a}&b={b}&by={rng.choice(['month', 'year', 'day'])}"


def client(port: int, seed: int, stop: float, budget: list[int], lock: threading.Lock,
           timings: dict[str, list[float]], errors: list[str]) -> None:
    rng = random.Random(seed)
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < stop:
        with lock:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        kind = rng.choice(["events", "dyad"])
        url = events_request(rng) if kind == "events" else dyad_request(rng)
        t0 = time.perf_counter()
        try:
            con.request("GET", url)
            r = con.getresponse()
            body = r.read()
            # parse one answer in ten: the clients share the machine with the server they measure
            ok = r.status == 200 and body.startswith(b"{") and (rng.random() > 0.1 or json.loads(body) is not None)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            ok, r = False, None
            errors.append(f"{url}: {exc}")
            con.close()
            con = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        elapsed = time.perf_counter() - t0
        if not ok and r is not None:
            errors.append(f"{url}: HTTP {r.status}")
        with lock:
            timings[kind].append(elapsed)
    con.close()


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) a process has used so far, where /proc tells (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def percentile(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--max-requests", type=int, default=200_000, help="Stop after this many requests in all.")
    ap.add_argument("--db", type=Path, help="Use (or build, when missing) this store instead of a temporary one.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tidings-load-") as tmp:
        db = args.db or Path(tmp) / "load.duckdb"
        if not db.exists():
            t0 = time.perf_counter()
            n = build_store(db, args.events)
            print(f"built {db}: {n} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        n = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
        proc, port = serve(db)
        try:
            for warm in (events_request(random.Random(0)), dyad_request(random.Random(0))):
                urllib.request.urlopen(f"http://127.0.0.1:{port}{warm}", timeout=30).read()
            timings: dict[str, list[float]] = {"events": [], "dyad": []}
            errors: list[str] = []
            lock, budget = threading.Lock(), [args.max_requests]
            start, cpu0 = time.monotonic(), cpu_seconds(proc.pid)
            stop = start + args.seconds
            threads = [threading.Thread(target=client, args=(port, i, stop, budget, lock, timings, errors))
                       for i in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=args.seconds + 60)
            wall = time.monotonic() - start
            cpu1 = cpu_seconds(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    total = sum(len(v) for v in timings.values())
    print(f"store: {n} events; {args.clients} clients for {wall:.1f} s on 127.0.0.1: {total} requests "
          f"({total / wall:.0f}/s), {len(errors)} errors")
    if cpu0 is not None and cpu1 is not None and total:
        # the cost of a request on the server, which load from elsewhere on the machine moves less than latency
        print(f"server CPU: {(cpu1 - cpu0) * 1000 / total:.1f} ms per request ({(cpu1 - cpu0) / wall:.2f} cores)")
    print(f"{'endpoint':<10}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    verdict = not errors
    for kind, values in timings.items():
        ms = [v * 1000 for v in values]
        p95 = percentile(ms, 95)
        verdict &= p95 <= 300
        print(f"{kind:<10}{len(ms):>10}{statistics.median(ms) if ms else float('nan'):>10.1f}{p95:>10.1f}"
              f"{percentile(ms, 99):>10.1f}{max(ms, default=float('nan')):>10.1f}")
    for e in errors[:5]:
        print("error:", e)
    print("p95 <= 300 ms and no errors:", "yes" if verdict else "NO")


if __name__ == "__main__":
    main()

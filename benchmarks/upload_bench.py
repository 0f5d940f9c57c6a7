#!/usr/bin/env python3
"""How fast, how chatty and how big is an upload, against a bare API loop, in ONE run?

    .venv/bin/python benchmarks/upload_bench.py [--quick] [--files 100] [--big-mib 1024]

Starts its own sandbox MediaWiki in a temp folder (data, cache and pywikibot folders there too;
it allows 1000 uploads a minute) and a small counting proxy in front of it. Measures:

  1. files/s of ``glamuploader upload BATCH --no-sdc`` (pacing off: GLAMUPLOADER_PACING=off;
     in this process, login included, pywikibot
     imported before), against a bare ``requests`` loop (login token, action=login, csrf token,
     one POST action=upload per file) sending the same titles and page texts, for N small random
     JPEG/PNG files; best of interleaved rounds (the machine is shared).  target >= 0.9 x bare
  2. API requests per file at the proxy, login included: --no-sdc          target <= 1.3;
     with structured data through the Wikibase stand-in (tests/standin)   target <= 2.3
  3. s/file sending N files of an N-item batch and of a 5 000-item batch whose other items are
     uploaded already: a file's cost must not grow with the batch.       target within 20 %
  4. peak RSS (VmHWM) of a child process sending one 1 GiB uncompressed TIFF in chunks, and of one
     sending a single small file (interpreter + pywikibot).               target < 150 MB
  5. latency of a category prefix search made as the app makes it (interactive call on the
     wiki gateway) while a 40-file upload runs there as one batch call, against the same
     search on an idle gateway.                                          target max < 1 s

Why: a tool slower or chattier than the API itself needs a reason; memory and the cost of a
file must not grow with the file or the batch; typing must stay quick while files go up.
Prints a table with the ratios; exits 1 naming every target missed.
"""
from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests
from PIL import Image

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests"))

from faults.proxy import request_params  # noqa: E402  (tests/ on sys.path)
from standin.forwarding import forward  # noqa: E402

MIB = 1024 * 1024
CATEGORY = "GLAM Uploader benchmark"


def private_folders(root: str) -> None:
    """Everything the code under test writes goes under ``root`` (set before pywikibot loads)."""
    for name in ("DATA", "CACHE", "PYWIKIBOT", "SANDBOX"):
        folder = os.path.join(root, name.lower())
        os.makedirs(folder, exist_ok=True)
        os.environ[f"GLAMUPLOADER_{name}_DIR"] = folder
    os.environ.pop("GLAMUPLOADER_CHUNK_MIB", None)


def request_kind(params: dict[str, str]) -> str:
    """"upload", "login", "query meta=tokens", … : what a request is, for the tally."""
    action = params.get("action", "?")
    for key in ("list", "prop", "generator", "meta"):   # pywikibot adds meta=userinfo to many
        if key in params:
            return f"{action} {key}={params[key]}"
    return action


class CountingProxy:
    """Loopback HTTP proxy in front of ``server``: forwards every request, keeps one line each."""

    def __init__(self, server: str) -> None:
        parsed = urllib.parse.urlparse(server)
        self.host, self.port = parsed.hostname, parsed.port
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def _serve(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                split = urllib.parse.urlsplit(self.path)
                params = request_params(split.query, body, self.headers.get("Content-Type") or "")
                proxy.seen.append(request_kind(params) if split.path.endswith("api.php") else split.path)
                status, headers, data = forward(proxy.host, proxy.port, self.command, self.path,
                                                list(self.headers.items()), body)
                self.send_response_only(status)
                for key, value in headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api.php"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# --- files and batches ------------------------------------------------------------------------

def small_images(folder: str, n: int) -> None:
    """``n`` random-noise images of a few KB, every other one a PNG."""
    os.makedirs(folder)
    for i in range(n):
        ext, size = ("png", (36, 28)) if i % 2 else ("jpg", (64, 48))
        Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(
            os.path.join(folder, f"photo_{i:04d}.{ext}"), quality=90)


def big_tiff(path: str, mib: int) -> None:
    """A valid uncompressed TIFF of about ``mib`` MiB, RGBA at 16 bits a sample (as scans are:
    8 bytes a pixel keeps 1 GiB under the pixel limit of a decompression-bomb check), one
    strip, zeros (sparse) but for a random first row, so every run makes a new file."""
    width = 16384
    height = max(1, (mib * MIB - 4096) // (width * 8))   # the sandbox takes at most 1 GiB
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 4, "bits"), (259, 3, 1, 1),
               (262, 3, 1, 2), (273, 4, 1, "data"), (277, 3, 1, 4), (278, 4, 1, height),
               (279, 4, 1, width * height * 8), (284, 3, 1, 1), (338, 3, 1, 2)]
    bits_at = 8 + 2 + 12 * len(entries) + 4
    data_at = bits_at + 8
    with open(path, "wb") as fh:
        fh.write(b"II*\0" + struct.pack("<IH", 8, len(entries)))
        for tag, kind, count, value in entries:
            value = {"bits": bits_at, "data": data_at}.get(value, value)
            packed = struct.pack("<HH", value, 0) if kind == 3 and count == 1 else struct.pack("<I", value)
            fh.write(struct.pack("<HHI", tag, kind, count) + packed)
        fh.write(struct.pack("<I4H", 0, 16, 16, 16, 16) + os.urandom(width * 8))
        fh.truncate(data_at + width * height * 8)
    with warnings.catch_warnings():   # Pillow warns above 89 M pixels (errs above twice that)
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image = Image.open(path)
    with image:
        assert image.size == (width, height) and image.mode == "RGBA", (image.size, image.mode)


def new_batch(root: str, label: str, n: int = 0, *, done: int = 0, sdc: bool = False,
              big_mib: int = 0) -> str:
    """A batch file of ``n`` new small files (or one big TIFF) after ``done`` uploaded items."""
    from glamuploader.core.batch import Batch
    from glamuploader.core.item import FileFacts, ItemState, MediaItem, Metadata, UploadRecord
    from glamuploader.core.kit import Kit
    from glamuploader.media.importer import import_paths
    from glamuploader.store.batchfile import save_batch

    folder = os.path.join(root, label)
    if big_mib:
        os.makedirs(folder)
        big_tiff(os.path.join(folder, "scan.tif"), big_mib)
    else:
        small_images(folder, n)
    kit = Kit(license="cc-by-sa-4.0", author="[[User:Bench|Bench]]", categories=[CATEGORY],
              title_pattern=f"Bench {label} {os.urandom(3).hex()} {{n:04}}", tracking_category=False,
              descriptions={"en": "A photo of noise, sent by the upload benchmark"})
    old = [MediaItem(path=os.path.join(folder, "old", f"o{i:05d}.jpg"),
                     facts=FileFacts(size=4000, sha1=f"{i:040x}", mime="image/jpeg", kind="jpg"),
                     meta=Metadata(title=f"Old {label} {i:05d}"),
                     upload=UploadRecord(state=ItemState.UPLOADED, page_title=f"File:Old {label} {i:05d}.jpg",
                                         page_id=100_000 + i, url=f"http://wiki/File:Old_{i:05d}.jpg",
                                         uploaded_at="2026-01-01T00:00:00Z", sdc_done=True))
           for i in range(done)]
    items = import_paths([folder])
    if sdc:
        kit.depicts, kit.collection_qid = ["Q900"], "Q649"
        for i, item in enumerate(items):
            item.meta.captions = {"en": f"Noise {i}", "tt": f"Шау {i}", "ru": f"Шум {i}"}
            item.meta.depicts = ["Q64" if i % 2 else "Q90"]
            item.meta.inventory_number = f"B {i}"
    path = os.path.join(root, f"{label}.glam.yaml")
    save_batch(Batch(items=old + items, kit=kit, target="sandbox"), path)
    return path


def uploaded(batch_path: str) -> int:
    from glamuploader.store.batchfile import load_batch
    return sum(i.upload.state.value == "uploaded" for i in load_batch(batch_path).items)


# --- the runs -----------------------------------------------------------------------------

def ours(server: str, batch_path: str, *, sdc: bool = False) -> tuple[float, list[str]]:
    """Seconds of ``glamuploader upload`` in this process, and the requests the proxy saw."""
    from glamuploader.cli import main
    proxy = CountingProxy(server)
    args = ["upload", batch_path, "--wiki", proxy.api_url, "--quiet"] + ([] if sdc else ["--no-sdc"])
    started = time.perf_counter()
    code = main(args)
    seconds = time.perf_counter() - started
    proxy.close()
    if code != 0:
        raise SystemExit(f"glamuploader upload {batch_path} exited {code}")
    return seconds, proxy.seen


def bare(server: str, batch_path: str, user: str, password: str) -> tuple[float, list[str]]:
    """The least an uploader must do: log in, one csrf token, one action=upload per file.
    Titles, page texts and summaries are ours (planned before the clock starts)."""
    from glamuploader.core.sendplan import plan_entries
    from glamuploader.store.batchfile import load_batch
    entries = list(plan_entries(load_batch(batch_path))[0].values())
    proxy = CountingProxy(server)
    api = proxy.api_url
    started = time.perf_counter()
    s, csrf = api_login(api, user, password)
    for e in entries:
        with open(e.send_path, "rb") as fh:
            answer = s.post(api, data={"action": "upload", "filename": e.title.split(":", 1)[1],
                                       "text": e.text, "comment": e.comment, "token": csrf,
                                       "ignorewarnings": 0, "format": "json"},
                            files={"file": (os.path.basename(e.send_path), fh)}).json()
        assert answer.get("upload", {}).get("result") == "Success", answer
    seconds = time.perf_counter() - started
    proxy.close()
    return seconds, proxy.seen


#: the child reports its own peak (VmHWM of its memory map): its ru_maxrss would not do, as Linux
#: keeps in it the parent's pages it shared between (v)fork and exec: this benchmark's own size
CHILD = """import sys
from glamuploader.cli import main
code = main(sys.argv[2:])
with open("/proc/self/status") as status, open(sys.argv[1], "w") as out:
    out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
sys.exit(code)
"""


def child_upload(server: str, batch_path: str, env: dict) -> tuple[float, int]:
    """Seconds and peak RSS (bytes) of a child process running the upload."""
    hwm = batch_path + ".vmhwm"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, hwm, "upload", batch_path, "--wiki",
                             server + "/api.php", "--no-sdc", "--quiet"], env=env)
    if proc.wait():
        raise SystemExit(f"the child upload of {batch_path} exited {proc.returncode}")
    with open(hwm) as fh:
        return time.perf_counter() - started, int(fh.read()) * 1024


def gateway_lookups(info, batch_path: str, cache: str, repeat: int = 20
                    ) -> tuple[list[float], list[float], float]:
    """Latencies of category prefix searches made as the app makes them (ui/lookupworker.py:
    an anonymous session, the lookups cache, interactive calls on the gateway, one every
    250 ms, its debounce): on an idle gateway, then while a batch upload runs there as one
    call whose ``on_event`` serves the interactive calls waiting (as ui/uploader.py does)."""
    from glamuploader.core.pacing import Pacer
    from glamuploader.jobs.service import RunOptions, UploadService
    from glamuploader.media.localfiles import DiskFiles
    from glamuploader.store.batchfile import load_batch, save_batch
    from glamuploader.store.cache import CachedLookups
    from glamuploader.wiki import connect
    from glamuploader.wiki.gateway import shared_gateway
    from glamuploader.wiki.lookup import lookups_for

    gateway = shared_gateway()
    session = gateway.call(lambda: connect(info.api_url, user=info.bot_user, password=info.bot_password),
                           interactive=True)
    lookups = gateway.call(lambda: CachedLookups(lookups_for(connect(info.api_url, login=False),
                                                             wikidata_url=None), cache), interactive=True)
    typed = [CATEGORY[:k] for k in range(3, len(CATEGORY) + 1)]

    def timed_lookup(k: int) -> float:
        time.sleep(0.25)
        started = time.perf_counter()
        names = gateway.call(lambda: lookups.search_categories(typed[k % len(typed)], limit=12),
                             interactive=True)
        assert CATEGORY in names, names
        return time.perf_counter() - started

    idle = [timed_lookup(k) for k in range(repeat)]
    batch = load_batch(batch_path)

    def work():
        service = UploadService(batch, session, save=lambda: save_batch(batch),
                                on_event=lambda event: gateway.serve_interactive(), files=DiskFiles(),
                                account=session.user, pacer=Pacer(session.upload_rate_limit()),
                                options=RunOptions(structured_data=False))
        return service.run()

    started = time.perf_counter()
    running = gateway.submit(work)
    busy = []
    while not running.done():
        busy.append(timed_lookup(len(busy)))
    took = time.perf_counter() - started
    summary = running.result().summary
    assert len(summary.uploaded) == len(batch.items), (len(summary.uploaded), summary.failed)
    return idle, busy, took


def api_login(api: str, user: str, password: str) -> tuple[requests.Session, str]:
    """A bare login: login token, action=login with the bot password, csrf token."""
    s = requests.Session()
    token = s.get(api, params={"action": "query", "meta": "tokens", "type": "login",
                               "format": "json"}).json()["query"]["tokens"]["logintoken"]
    login = s.post(api, data={"action": "login", "lgname": user, "lgpassword": password,
                              "lgtoken": token, "format": "json"}).json()
    assert login["login"]["result"] == "Success", login
    tokens = s.get(api, params={"action": "query", "meta": "tokens", "format": "json"}).json()
    return s, tokens["query"]["tokens"]["csrftoken"]


def make_category(api: str, user: str, password: str) -> None:
    """The kit's category, so that the check before uploading finds it (as on Commons)."""
    s, csrf = api_login(api, user, password)
    answer = s.post(api, data={"action": "edit", "title": f"Category:{CATEGORY}", "text": "Benchmark files.",
                               "token": csrf, "format": "json"}).json()
    assert answer.get("edit", {}).get("result") == "Success", answer


# --- main -----------------------------------------------------------------------------------

def tally(seen: list[str]) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in collections.Counter(seen).most_common())


def measure(root: str, info, wikidata, *, n: int, big_items: int, big_mib: int, rounds: int) -> dict:
    from glamuploader.wiki.env import load_pywikibot
    from standin.wikibase_proxy import WikibaseStandIn

    make_category(info.api_url, info.bot_user, info.bot_password)
    pywikibot = load_pywikibot()   # imported once, before any clock: compares uploads, not imports
    m: dict = {"bare": [], "ours": [], "big": [], "minthrottle": pywikibot.config.minthrottle}
    for r in range(rounds):   # interleaved: a busy moment of the machine slows all alike
        for name, done, run in (("bare", 0, lambda p: bare(info.server, p, info.bot_user, info.bot_password)),
                                ("ours", 0, lambda p: ours(info.server, p)),
                                ("big", big_items - n, lambda p: ours(info.server, p))):
            path = new_batch(root, f"{name}{r}", n, done=done)
            seconds, seen = run(path)
            if name != "bare":
                assert uploaded(path) == n + done, f"{name}: not every file was uploaded"
            m[name].append(seconds)
            m.setdefault(f"req_{name}", seen)   # the first round's: a new site, login included
        print(f"round {r + 1}: bare {m['bare'][-1]:.1f} s, ours {m['ours'][-1]:.1f} s, "
              f"ours in a {big_items}-item batch {m['big'][-1]:.1f} s", flush=True)

    with WikibaseStandIn(info.server) as standin:
        asked = len(wikidata.requests)
        m["sdc"], m["req_sdc"] = ours(standin.server, new_batch(root, "sdc", n, sdc=True), sdc=True)
        edits = [e for e in standin.edits if e.accepted]
        assert len(edits) == n, f"{len(edits)} MediaInfo edits for {n} files"
        m["wikidata_asked"] = len(wikidata.requests) - asked
    print(f"structured data: {n} files in {m['sdc']:.1f} s", flush=True)

    m["one"], m["rss_one"] = child_upload(info.server, new_batch(root, "one", 1), dict(os.environ))
    big = new_batch(root, "bigfile", big_mib=big_mib)
    m["size"] = os.path.getsize(os.path.join(root, "bigfile", "scan.tif"))
    m["file"], m["rss_file"] = child_upload(info.server, big, dict(os.environ))
    assert uploaded(big) == 1
    print(f"big file: {m['size'] / MIB:.0f} MiB in {m['file']:.1f} s", flush=True)

    m["idle"], m["busy"], m["gateway"] = gateway_lookups(info, new_batch(root, "gateway", 40),
                                                         os.path.join(root, "lookups.sqlite"))
    return m


def report(m: dict, *, n: int, big_items: int, quick: bool) -> int:
    fps_bare, fps_ours = n / min(m["bare"]), n / min(m["ours"])
    per_ours, per_big = min(m["ours"]) / n, min(m["big"]) / n
    rpf_bare, rpf_ours, rpf_sdc = (len(m[k]) / n for k in ("req_bare", "req_ours", "req_sdc"))
    grow = max(per_big, per_ours) / min(per_big, per_ours)
    idle, busy = m["idle"], m["busy"]
    rows = [
        ("1. files/s, bare requests loop", f"{fps_bare:.2f}", f"{min(m['bare']):.1f} s for {n} files"),
        ("   files/s, glamuploader upload --no-sdc", f"{fps_ours:.2f}",
         f"{min(m['ours']):.1f} s; {fps_ours / fps_bare:.2f} x bare (target >= 0.90)"),
        ("2. requests/file, bare loop", f"{rpf_bare:.2f}", f"{len(m['req_bare'])} requests"),
        ("   requests/file, ours --no-sdc", f"{rpf_ours:.2f}",
         f"{len(m['req_ours'])} requests; {rpf_ours / rpf_bare:.2f} x bare (target <= 1.30)"),
        ("   requests/file, ours with structured data", f"{rpf_sdc:.2f}",
         f"{len(m['req_sdc'])} requests in {m['sdc']:.1f} s (target <= 2.30)"),
        (f"3. s/file, {n}-item batch", f"{per_ours:.3f}", ""),
        (f"   s/file, {big_items}-item batch", f"{per_big:.3f}",
         f"{per_big / per_ours:.2f} x the {n}-item batch (target: within 20 %)"),
        ("4. peak RSS (VmHWM), child sending 1 small file", f"{m['rss_one'] / 1e6:.0f} MB", f"{m['one']:.1f} s"),
        (f"   peak RSS, child sending {m['size'] / MIB:.0f} MiB in chunks", f"{m['rss_file'] / 1e6:.0f} MB",
         f"{m['file']:.1f} s, {m['size'] / MIB / m['file']:.0f} MiB/s; {m['rss_file'] / m['rss_one']:.2f} x "
         "one small file (target < 150 MB)"),
        ("5. lookup, idle gateway: median", f"{statistics.median(idle) * 1000:.0f} ms",
         f"max {max(idle) * 1000:.0f} ms of {len(idle)}"),
        ("   lookup during a 40-file upload: median", f"{statistics.median(busy) * 1000:.0f} ms",
         f"{statistics.median(busy) / statistics.median(idle):.1f} x idle"),
        ("   lookup during a 40-file upload: max", f"{max(busy) * 1000:.0f} ms",
         f"of {len(busy)}, {max(busy) / statistics.median(idle):.1f} x idle median; upload took "
         f"{m['gateway']:.1f} s (target < 1 s)"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'value':>9}  notes")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>9}  {note}")
    print(f"\nrequests of ours --no-sdc: {tally(m['req_ours'])}")
    print(f"requests of ours with structured data: {tally(m['req_sdc'])}; the Wikidata search "
          f"stand-in was asked {m['wikidata_asked']} time(s)")
    print(f"requests of ours in the {big_items}-item batch: {len(m['req_big'])}; pywikibot lets "
          f"at least {m['minthrottle']} s (config.minthrottle) pass between two requests of a site")

    checks = [(fps_ours >= 0.9 * fps_bare, f"throughput {fps_ours / fps_bare:.2f} x bare < 0.90"),
              (rpf_ours <= 1.3, f"requests/file --no-sdc {rpf_ours:.2f} > 1.30"),
              (rpf_sdc <= 2.3, f"requests/file with structured data {rpf_sdc:.2f} > 2.30"),
              (grow <= 1.2, f"s/file of the {big_items}- and {n}-item batches differ {grow:.2f} x > 1.20"),
              (m["rss_file"] < 150e6, f"peak RSS {m['rss_file'] / 1e6:.0f} MB >= 150 MB"),
              (max(busy) < 1.0, f"lookup during upload took up to {max(busy):.2f} s >= 1 s")]
    missed = [why for ok, why in checks if not ok]
    if quick:
        print("\n--quick: a login's fixed cost weighs on few files; the targets are for full sizes")
    print("\n" + ("MISSED: " + "; ".join(missed) if missed else "all targets met"))
    return 1 if missed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke test: 20 files, 1000-item batch, 64 MiB")
    parser.add_argument("--files", type=int, help="small files per run (100; quick 20)")
    parser.add_argument("--batch-items", type=int, help="items in the big batch (5000; quick 1000)")
    parser.add_argument("--big-mib", type=int, help="size of the big TIFF in MiB (1024; quick 64)")
    parser.add_argument("--rounds", type=int, help="interleaved rounds, best taken (3; quick 1)")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)
    n = args.files or (20 if args.quick else 100)
    big_items = args.batch_items or (1000 if args.quick else 5000)
    big_mib = args.big_mib or (64 if args.quick else 1024)

    root = tempfile.mkdtemp(prefix="glam-upload-bench-")
    private_folders(root)
    from glamuploader.sandbox import Sandbox
    from standin.wikidata_search import WikidataSearchStandIn

    sandbox = Sandbox(os.path.join(root, "sandbox"))
    started = time.perf_counter()
    info = sandbox.start()
    wikidata = WikidataSearchStandIn().start()
    # pacing off, as the issue measures it: the bare loop does not pace either (the sandbox allows
    # 1000 uploads a minute, and pacing under it would space files 60 ms apart)
    os.environ.update(GLAMUPLOADER_USER=info.bot_user, GLAMUPLOADER_PASSWORD=info.bot_password,
                      GLAMUPLOADER_WIKIDATA_API=wikidata.url, GLAMUPLOADER_PACING="off")
    try:
        print(f"sandbox wiki up in {time.perf_counter() - started:.0f} s at {info.server}; "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)
        m = measure(root, info, wikidata, n=n, big_items=big_items, big_mib=big_mib,
                    rounds=args.rounds or (1 if args.quick else 3))
    finally:
        wikidata.stop()
        sandbox.stop()
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return report(m, n=n, big_items=big_items, quick=args.quick)


if __name__ == "__main__":
    sys.exit(main())

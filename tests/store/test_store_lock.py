"""One writer per batch: the lock file beside it, with real processes (no stand-ins for os).

Other processes run ``CHILD`` (the same lock code) and answer one JSON line per command. A
"host" of a child is the host name its lock code reads, as another machine on a shared drive.
"""
from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import glamuploader
from glamuploader.store.lock import (GARBAGE_AGE, BatchLock, BatchLocked, LockError, lock_batch,
                                     process_status)

SRC = str(Path(glamuploader.__file__).resolve().parents[1])

CHILD = r"""
import json, os, socket, sys
if os.environ.get("LOCK_TEST_HOST"):
    socket.gethostname = lambda: os.environ["LOCK_TEST_HOST"]
from glamuploader.store.lock import BatchLock, BatchLocked, LockError
lock = BatchLock(sys.argv[1], program=sys.argv[2])
print(json.dumps({"ready": os.getpid()}), flush=True)
for line in sys.stdin:
    cmd = line.split()
    if cmd[0] == "acquire":
        try:
            lock.acquire(take_over="take_over" in cmd)
            out = {"ok": os.getpid()}
        except BatchLocked as e:
            out = {"locked": e.holder.pid, "program": e.holder.program, "host": e.holder.host,
                   "path": e.path}
        except LockError as e:
            out = {"error": e.reason, "path": e.path}
    elif cmd[0] == "release":
        lock.release()
        out = {"released": True}
    elif cmd[0] == "drop-root":
        os.setgid(65534)
        os.setuid(65534)
        out = {"uid": os.getuid()}
    print(json.dumps(out), flush=True)
"""


class Child:
    """Another process with a BatchLock of its own."""

    def __init__(self, batch: Path, program: str, host: str | None = None) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
        env.pop("LOCK_TEST_HOST", None)
        if host:
            env["LOCK_TEST_HOST"] = host
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(batch), program], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.pid = self.answer()["ready"]
        assert self.pid == self.proc.pid

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def answer(self, timeout: float = 30) -> dict:
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            if not sel.select(timeout):
                raise AssertionError(f"process {self.proc.pid} did not answer in {timeout} s")
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"process ended: {self.proc.wait()} {self.proc.stderr.read()}")
        return json.loads(line)

    def ask(self, command: str) -> dict:
        self.send(command)
        return self.answer()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()


@pytest.fixture
def child():
    started: list[Child] = []

    def start(batch: Path, program: str = "cli", host: str | None = None) -> Child:
        started.append(Child(batch, program, host))
        return started[-1]
    yield start
    for c in started:
        c.kill()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    path = tmp_path / "event.glam.yaml"
    path.write_text("kind: glamuploader-batch\nformat: 1\n", encoding="utf-8")
    return path


def lock_file(batch: Path) -> Path:
    return Path(str(batch) + ".lock")


def write_lock(batch: Path, *, pid: int, host: str | None = None, process_start: int | None = None,
               program: str = "app") -> None:
    """A lock file as another process left it."""
    record = {"pid": pid, "host": host or socket.gethostname(), "user": "someone",
              "program": program, "started": time.time() - 60, "process_start": process_start}
    lock_file(batch).write_text(json.dumps(record), encoding="utf-8")


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not process_status(proc.pid)[0]
    return proc.pid


def leftovers(batch: Path) -> list[str]:
    return sorted(p.name for p in batch.parent.iterdir() if p.name != batch.name)


# --- one holder ---------------------------------------------------------------------------------

def test_a_second_process_is_refused_and_told_who_holds_it(batch, child):
    with BatchLock(str(batch), program="app") as ours:
        assert ours.lock_path == str(batch) + ".lock"
        other = child(batch, "cli")
        said = other.ask("acquire")
        assert said == {"locked": os.getpid(), "program": "app", "host": socket.gethostname(),
                        "path": str(batch)}
    assert not lock_file(batch).exists()
    assert other.ask("acquire") == {"ok": other.pid}
    with pytest.raises(BatchLocked) as refused:
        lock_batch(str(batch), program="app")
    holder = refused.value.holder
    assert (holder.pid, holder.program, holder.host) == (other.pid, "cli", socket.gethostname())
    assert set(holder.describe()) == {"program", "user", "host", "pid", "since"}
    assert str(other.pid) in str(refused.value) and "cli" in str(refused.value)
    assert BatchLock(str(batch), program="app").holder() == holder
    assert other.ask("release") == {"released": True}
    assert lock_batch(str(batch), program="app").holder().pid == os.getpid()


def test_the_lock_file_says_who_and_nothing_else(batch):
    lock = lock_batch(str(batch), program="cli")
    try:
        record = json.loads(lock_file(batch).read_text(encoding="utf-8"))
        assert set(record) == {"pid", "host", "user", "program", "started", "process_start"}
        assert (record["pid"], record["host"], record["program"]) == (os.getpid(), socket.gethostname(),
                                                                      "cli")
        assert abs(record["started"] - time.time()) < 60
        assert record["process_start"] == process_status(os.getpid())[1]
        assert record["process_start"] is not None   # Linux: read from /proc
        umask = os.umask(0)
        os.umask(umask)
        assert lock_file(batch).stat().st_mode & 0o777 == 0o644 & ~umask
    finally:
        lock.release()


def test_the_same_process_may_acquire_again(batch):
    first = lock_batch(str(batch), program="app")
    again = lock_batch(str(batch), program="app")
    assert first.held and again.held
    again.release()         # the lock lasts until the one that made the file lets go
    assert lock_file(batch).exists() and first.still_ours()
    first.release()
    assert not lock_file(batch).exists()


# --- stale locks --------------------------------------------------------------------------------

def test_a_lock_left_by_a_killed_process_is_taken_over(batch, child):
    other = child(batch, "cli")
    assert other.ask("acquire") == {"ok": other.pid}
    with pytest.raises(BatchLocked):
        lock_batch(str(batch), program="app")
    os.kill(other.pid, signal.SIGKILL)
    other.proc.wait()
    assert BatchLock(str(batch), program="app").holder().pid == other.pid   # left behind
    lock = lock_batch(str(batch), program="app")
    assert lock.holder().pid == os.getpid() and lock.still_ours()
    lock.release()
    assert leftovers(batch) == []


def test_a_killed_holder_not_yet_reaped_is_stale(batch, child):
    other = child(batch, "cli")
    assert other.ask("acquire") == {"ok": other.pid}
    os.kill(other.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{other.pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0] != b"Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    with lock_batch(str(batch), program="app") as lock:
        assert lock.holder().pid == os.getpid()


def test_a_live_pid_with_another_start_time_is_another_process(batch, child):
    alive = child(batch, "cli")                 # a live process that never locked anything
    alive_start = process_status(alive.pid)[1]
    assert alive_start is not None
    write_lock(batch, pid=alive.pid, process_start=alive_start)
    with pytest.raises(BatchLocked) as refused:   # the very process: it holds the batch
        lock_batch(str(batch), program="app")
    assert refused.value.holder.pid == alive.pid
    write_lock(batch, pid=alive.pid, process_start=alive_start + 1)   # its pid, reused
    with lock_batch(str(batch), program="app") as lock:
        assert lock.holder().pid == os.getpid()
    write_lock(batch, pid=os.getpid(), process_start=process_status(os.getpid())[1] - 1)
    with lock_batch(str(batch), program="app") as lock:   # our own pid, from an earlier process
        assert lock.holder().process_start == process_status(os.getpid())[1]


def test_a_lock_of_a_process_that_is_gone_is_taken_over(batch):
    write_lock(batch, pid=dead_pid())
    with lock_batch(str(batch), program="app") as lock:
        assert lock.holder().pid == os.getpid()


@pytest.mark.parametrize("content", [b"", b'{"pid": 12', b"\x00\xffnot json", b"[1, 2]",
                                     b'{"pid": "12", "host": "x"}'])
def test_a_damaged_lock_file_is_taken_over_once_it_is_old(batch, content):
    lock_file(batch).write_bytes(content)
    began = time.monotonic()
    with pytest.raises(BatchLocked) as refused:   # young: maybe being written this moment
        lock_batch(str(batch), program="app")
    assert refused.value.holder.pid == 0 and time.monotonic() - began < 5
    assert BatchLock(str(batch), program="app").holder() is None
    old = time.time() - GARBAGE_AGE - 2
    os.utime(lock_file(batch), (old, old))
    with lock_batch(str(batch), program="app") as lock:
        assert lock.holder().pid == os.getpid()
    assert leftovers(batch) == []


# --- racing to take over ------------------------------------------------------------------------

@pytest.mark.parametrize("racers", [2, 3])
def test_of_processes_racing_to_take_over_a_stale_lock_exactly_one_wins(batch, child, racers):
    others = [child(batch, "cli") for _ in range(racers)]
    gone = dead_pid()
    my_start = process_status(os.getpid())[1]
    for round_ in range(10):
        kind = round_ % 3
        if kind == 0:
            write_lock(batch, pid=gone)
        elif kind == 1:
            lock_file(batch).write_bytes(b'{"pid": 4')
            old = time.time() - GARBAGE_AGE - 2
            os.utime(lock_file(batch), (old, old))
        else:               # our pid with another start time: reused by this process
            write_lock(batch, pid=os.getpid(), process_start=my_start - 1)
        for other in others:
            other.send("acquire")
        said = [other.answer() for other in others]
        winners = [s["ok"] for s in said if "ok" in s]
        assert len(winners) == 1, (round_, said)
        assert all(s.get("locked") == winners[0] for s in said if "ok" not in s), (round_, said)
        assert BatchLock(str(batch), program="app").holder().pid == winners[0]
        for other in others:
            assert other.ask("release") == {"released": True}
        assert leftovers(batch) == [], round_


# --- only our own lock --------------------------------------------------------------------------

def test_release_removes_only_our_own_lock(batch, child):
    lock = lock_batch(str(batch), program="app")
    lock.release()
    lock.release()
    assert not lock_file(batch).exists()

    lock.acquire()
    far = child(batch, "app", host="far-away")      # the same batch on a shared drive
    assert far.ask("acquire") == {"locked": os.getpid(), "program": "app",
                                  "host": socket.gethostname(), "path": str(batch)}
    assert far.ask("acquire take_over") == {"ok": far.pid}
    assert not lock.still_ours()
    lock.release()
    holder = BatchLock(str(batch), program="app").holder()
    assert (holder.pid, holder.host) == (far.pid, "far-away")
    assert far.ask("release") == {"released": True}
    assert leftovers(batch) == []


def test_a_released_lock_taken_by_another_is_not_removed_by_the_first(batch, child):
    lock = lock_batch(str(batch), program="app")
    lock.release()
    other = child(batch, "cli")
    assert other.ask("acquire") == {"ok": other.pid}
    lock.release()          # released already: the other's lock stays
    assert BatchLock(str(batch), program="app").holder().pid == other.pid


# --- another host -------------------------------------------------------------------------------

def test_a_lock_of_another_host_is_taken_over_only_when_asked(batch, child):
    far = child(batch, "cli", host="far-away")
    assert far.ask("acquire") == {"ok": far.pid}
    with pytest.raises(BatchLocked) as refused:
        lock_batch(str(batch), program="app")
    assert (refused.value.holder.host, refused.value.holder.pid) == ("far-away", far.pid)
    lock = BatchLock(str(batch), program="app")
    lock.acquire(take_over=True)
    assert lock.holder().pid == os.getpid() and lock.holder().host == socket.gethostname()
    assert far.ask("release") == {"released": True}
    assert lock.still_ours()
    lock.release()

    write_lock(batch, pid=dead_pid(), host="far-away")    # its pids mean nothing here
    with pytest.raises(BatchLocked) as refused:
        lock_batch(str(batch), program="app")
    assert refused.value.holder.host == "far-away"
    near = child(batch, "cli", host="Far-Away")            # host names are not case-sensitive
    assert near.ask("acquire") == {"ok": near.pid}
    assert near.ask("release") == {"released": True}
    write_lock(batch, pid=dead_pid(), host="far-away")
    lock.acquire(take_over=True)
    assert lock.holder().pid == os.getpid()
    lock.release()


def test_take_over_never_breaks_a_live_lock_of_this_host(batch, child):
    other = child(batch, "cli")
    assert other.ask("acquire") == {"ok": other.pid}
    with pytest.raises(BatchLocked) as refused:
        BatchLock(str(batch), program="app").acquire(take_over=True)
    assert refused.value.holder.pid == other.pid


# --- lock files that cannot be made -------------------------------------------------------------

def test_a_read_only_folder_gives_a_lock_error(child):
    folder = Path(tempfile.mkdtemp(prefix="glam-lock-ro-"))
    try:
        batch = folder / "event.glam.yaml"
        batch.write_text("kind: glamuploader-batch\n", encoding="utf-8")
        folder.chmod(0o555)
        if os.geteuid() == 0:   # root writes anywhere: ask as nobody, in a process of its own
            other = child(batch, "app")
            assert other.ask("drop-root") == {"uid": 65534}
            said = other.ask("acquire")
            assert said["path"] == str(batch) + ".lock" and "ermission" in said["error"], said
        else:
            with pytest.raises(LockError) as failed:
                lock_batch(str(batch), program="app")
            assert failed.value.path == str(batch) + ".lock" and failed.value.reason
            assert isinstance(failed.value, OSError)
        assert not lock_file(batch).exists()
    finally:
        folder.chmod(0o755)
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


def test_a_missing_folder_gives_a_lock_error(tmp_path):
    batch = tmp_path / "gone" / "event.glam.yaml"
    with pytest.raises(LockError) as failed:
        lock_batch(str(batch), program="app")
    assert failed.value.path == str(batch) + ".lock"
    assert "No such file" in str(failed.value)

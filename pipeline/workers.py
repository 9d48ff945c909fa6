"""Worker processes that read documents, each document bounded in time and memory.

A document is read in a forked worker process, never in the main process, so that one document cannot stop
the run: a worker that takes longer than `timeout` seconds on a document is killed (a PDF whose object
references loop keeps pdfminer busy for ever) and a replacement is started; a worker whose address space
would grow by more than `memory` bytes gets a MemoryError (`RLIMIT_AS`), and one that dies for any other
reason (a crash in a C library, the OOM killer) costs only its document. Either way the document fails
with a one-line reason and the others go on.

Workers end with the main process: they ask the kernel for SIGKILL when their parent dies
(`prctl(PR_SET_PDEATHSIG)`, Linux), so a `kill -9` of the main process, as the OOM killer does it, leaves
no worker behind. They ignore SIGINT: Ctrl-C reaches the whole process group, and the main process alone
decides what to do (it kills its workers on its way out).

Up to `jobs` workers run at once; each reads many documents one after the other (forking per document
would cost more than the reading of a small text layer). Where fork is not available, documents are read
in the main process without the bounds.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.extract import DocumentReport

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux); exit if the parent is gone already."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (AttributeError, OSError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def _leave_signals_to_the_parent() -> None:
    """Ignore SIGINT (Ctrl-C reaches the whole process group; the main process alone decides, and a worker's
    KeyboardInterrupt would print a traceback under the run's one-line message) and take SIGTERM's default
    action (the command line turns SIGTERM into an exception in the main process; a worker that inherited that
    handler would survive a plain `kill`). Then unblock SIGINT, blocked by the parent while forking
    (`sigint_blocked`): a Ctrl-C sent between the fork and here waited, and is now ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """Hold SIGINT back in this process while a worker is forked: the child inherits the mask, so it cannot be
    interrupted before it ignores SIGINT; here a Ctrl-C that arrived meanwhile is delivered on leaving."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def forked_helper_started(parent: int) -> None:
    """Initializer of other forked pools of a run (align/judge.py): end with the parent, leave signals to it."""
    die_with_parent(parent)
    _leave_signals_to_the_parent()


def _address_space() -> int | None:
    """Bytes of virtual memory this process maps now (Linux /proc), or None where unknown."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_memory(extra: int) -> None:
    """Let this process's address space grow by at most `extra` bytes beyond what it maps now."""
    import resource

    now = _address_space()
    if now is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = now + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _serve(connection: Connection, parent: int, memory: int | None, work: Callable[..., DocumentReport]) -> None:
    """A worker's life: read the documents the parent sends, one at a time, until the parent hangs up."""
    die_with_parent(parent)
    _leave_signals_to_the_parent()
    if memory:
        limit_memory(memory)
    while True:
        try:
            arguments = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(work(*arguments))


@dataclass
class _Worker:
    process: Any
    connection: Connection
    task: tuple | None = None
    name: str = ""
    started: float = 0.0

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def _death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker reading it was killed ({name}; out of memory?)"
    return f"the worker reading it ended unexpectedly (exit code {exitcode})"


def read_bounded(tasks: list[tuple[str, tuple]], work: Callable[..., DocumentReport], jobs: int,
                 timeout: float | None, memory: int | None) -> Iterator[DocumentReport]:
    """Run `work(*arguments)` for each (name, arguments) task in worker processes; reports in completion order.

    A task that outlasts `timeout` or whose worker dies yields a failed report under its name instead.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        for _, arguments in tasks:
            yield work(*arguments)
        return
    context = multiprocessing.get_context("fork")
    queue = list(reversed(tasks))
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    parent = os.getpid()

    def start() -> _Worker:
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, parent, memory, work), daemon=True)
        with sigint_blocked():
            process.start()
        theirs.close()
        return _Worker(process, ours)

    try:
        while queue or busy:
            while queue and len(busy) < jobs:
                worker = idle.pop() if idle else start()
                worker.name, worker.task = queue[-1]
                try:
                    worker.connection.send(worker.task)
                except OSError:  # an idle worker that died meanwhile (the OOM killer): start another
                    worker.stop()
                    continue
                queue.pop()
                worker.started = time.monotonic()
                busy.append(worker)
            if timeout is None:
                wait_for = None
            else:
                wait_for = max(0.0, min(w.started for w in busy) + timeout - time.monotonic())
            wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout=wait_for)
            now = time.monotonic()
            for worker in list(busy):
                report = None
                if worker.connection.poll():
                    try:
                        report = worker.connection.recv()
                    except (EOFError, OSError):
                        worker.process.join()
                        report = DocumentReport(worker.name, error=_death_reason(worker.process.exitcode))
                        worker.stop()
                    else:
                        idle.append(worker)
                elif not worker.process.is_alive():
                    worker.process.join()
                    report = DocumentReport(worker.name, error=_death_reason(worker.process.exitcode))
                    worker.stop()
                elif timeout is not None and now - worker.started >= timeout:
                    worker.stop()
                    report = DocumentReport(worker.name, error=f"reading took longer than {timeout:g} s and was "
                                                               "stopped (raise the bound with --doc-timeout)",
                                            seconds=now - worker.started)
                if report is not None:
                    busy.remove(worker)
                    worker.task = None
                    yield report
    finally:
        for worker in busy + idle:
            worker.stop()

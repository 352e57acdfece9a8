"""``scan --batch/--har/--log --jobs N``: a large input audited by worker processes, written as one
process writes it.

**Only where it pays.** Starting a worker costs a fresh interpreter, the imports and the catalog
(about 0.1 s each), and every worker analyses each distinct judgement it meets, so the main process
first reads the start of the input: a batch file or log of fewer than :data:`MIN_LINES` lines and
fewer than :data:`MIN_BYTES` bytes, or a HAR file with fewer than :data:`MIN_URLS` authorization
requests, is audited in process by the code of ``--jobs 1`` (``docs/performance.md`` has the
measurements behind the figures).

**Chunks.** The main process reads the input and cuts it: a batch file or log into pieces of about
:data:`CHUNK_BYTES` and at most :data:`CHUNK_LINES` lines, the bytes as read and cut after a
newline, so that each piece decodes and numbers its lines exactly as the whole input would (a line
too long for any limit is skipped by the main process without being held, and counted as ``--jobs
1`` counts it); a HAR file, one JSON document, is read by the main process, which sends the
authorization URLs it finds in lists of :data:`CHUNK_URLS`. At most :data:`IN_FLIGHT` chunks per
worker are read ahead, and a worker holds the output of one chunk at a time (the line bound keeps
it to megabytes even when every line has a judgement record), so memory stays bounded whatever the
length of the input, standard input included (it is read as a stream). A chunk
is written as soon as it and those before it are done; on a live stream (``tail -f``), what waits
in a chunk not yet full waits for more input, so ``--jobs 1`` suits it better.

**Workers** are started with the ``spawn`` method on every platform: nothing is inherited from the
main process but the run's settings, given to :func:`_serve`. Each reads and judges its chunks with
its own :class:`auditor.batch.Records` (its own caches) and sends back, per chunk:

- the output text, cut before each request whose judgement this worker has not sent before, where
  the judgement record is attached. The first request of a judgement in the whole input is always
  such a place: a worker that had sent the record before met the judgement in an earlier chunk of
  its own, and so earlier in the input (a worker takes its chunks in input order; it checks so);
- per judgement met, in the order first met: how many requests had it and what the summary counts
  (:meth:`auditor.batch.Summary._add` with a count counts as one call per request would);
- the unreadable lines (how many, the first), the highest severity, and what the reader skipped.

**The main process merges** the chunks in input order: it writes a judgement record the first time
it comes and drops the copies, adds the counts, and so writes byte for byte what ``--jobs 1``
writes, in every format. A worker that dies is one error line (exit code 2); an exception in a
worker is raised in the main process as ``--jobs 1`` would raise it; Ctrl-C kills the workers
(:class:`_Workers`).
"""

from __future__ import annotations

import os
from collections import deque

CHUNK_BYTES = 1 << 20  # bytes of whole lines per chunk (batch, log)...
CHUNK_LINES = 1_000  # ...and at most so many lines: what a worker holds of its output is bounded too
CHUNK_URLS = 1_000  # authorization URLs per chunk (HAR)
MIN_LINES = 20_000  # a batch file or log with fewer lines...
MIN_BYTES = 16 << 20  # ...and fewer bytes stays in process (the most read before deciding)
MIN_URLS = 20_000  # a HAR file with fewer authorization requests stays in process
IN_FLIGHT = 2  # chunks per worker read ahead of the one being written


def default_jobs() -> int:
    """The number of CPUs this process may use (``os.process_cpu_count()`` where Python has it,
    else ``os.cpu_count()``)."""
    count = getattr(os, "process_cpu_count", os.cpu_count)()
    return max(1, count or 1)


# -- the main process ------------------------------------------------------------------------------


def run(kind: str, stream, name: str, records, stats, *, jobs: int, write, audit, progress=None) -> None:
    """Audit ``stream`` (binary, read from its start) into ``records`` (its summary, highest
    severity and judgement records written) and ``stats``, writing the records with ``write`` (None:
    no JSON Lines output). ``audit(items)`` is the in-process loop of ``--jobs 1`` over ``(line_no,
    url)`` items, used when the input is small; ``progress(position, requests)`` is called after
    each chunk written (``position``: bytes of the input read, None when unknown)."""
    from itertools import chain

    from auditor.errors import InputError
    from auditor.sources import logs

    if kind == "har":
        items = logs.iter_har_urls(stream, catalog=records.catalog, stats=stats)
        head: list = []
        try:
            for item in items:
                head.append(item)
                if len(head) >= MIN_URLS:
                    break
        except InputError:
            audit(iter(head))  # what came before the error is written, as --jobs 1 writes it
            raise
        if len(head) < MIN_URLS:
            audit(iter(head))
            return
        tasks = _url_tasks(chain(head, items), stream)
    else:
        first, stream = logs.peek(stream, MIN_BYTES, MIN_LINES)
        if len(first) < MIN_BYTES and first.count(b"\n") < MIN_LINES:
            if kind == "batch":
                audit(logs.iter_lines_urls(stream, stats=stats))
            else:
                audit(logs.iter_log_urls(stream, catalog=records.catalog, stats=stats))
            return
        del first
        limit = logs.BATCH_LINE if kind == "batch" else logs.MAX_LOG_LINE
        tasks = _line_tasks(stream, 4 * limit + 8)  # more bytes than that are more characters than the limit
    if records.full:
        raise ValueError("--full is written in process (see batch.run)")
    settings = (kind, name, records.provider, records.purpose, records.options, records.reuse, write is not None)
    merge = _Merge(records, stats, write, progress)
    _pool(tasks, jobs, settings, merge)


class _Merge:
    """Writes chunk results in input order, and counts them; see the module docstring.

    The summary's counts are gathered per judgement (how many requests, in the order judgements
    first come) and added to the summary at the end, or when :data:`GATHERED` judgements are
    waiting: one :meth:`auditor.batch.Summary._add` per judgement and not per chunk, which counts
    as one call per request would (an app and a scope are counted one by one by the order in which
    they first come, and a judgement adds nothing new to that order when it comes again)."""

    GATHERED = 20_000

    def __init__(self, records, stats, write, progress) -> None:
        self.records, self.stats, self.write, self.progress = records, stats, write, progress
        self.requests = 0
        self.gathered: dict[str, list] = {}

    def flush(self) -> None:
        """Add the gathered counts to the summary."""
        add = self.records.summary._add
        for count, (provider, client, level, score, scopes, rules) in self.gathered.values():
            add(provider, client, level, score, frozenset(scopes), frozenset(rules), count)
        self.gathered = {}

    def __call__(self, result: tuple) -> None:
        out, uses, errors, first_error, worst, read, position = result
        records = self.records
        write = self.write
        if write is not None:
            written = records.written
            for piece in out:
                if piece.__class__ is str:
                    write(piece)
                else:
                    key, text = piece
                    if key not in written:
                        written.add(key)
                        write(text)
        gathered = self.gathered
        for key, count, counted in uses:
            have = gathered.get(key)
            if have is None:
                gathered[key] = [count, counted]
            else:
                have[0] += count
            self.requests += count
        if len(gathered) >= self.GATHERED:
            self.flush()
        if errors:
            records.summary.errors += errors
            self.requests += errors
            if records.first_error is None:
                records.first_error = first_error
        if worst > records.worst:
            records.worst = worst
        if read is not None:
            lines, too_long, relative, examples = read
            stats = self.stats
            stats.lines = lines
            for kind, count in (("too_long", too_long), ("relative", relative)):
                if count:
                    setattr(stats, kind, getattr(stats, kind) + count)
                    kept = stats.examples[kind]
                    kept.extend(examples[kind][: max(0, 5 - len(kept))])
        if self.progress is not None:
            self.progress(position, self.requests)


def _skipped(line_no: int, position: int) -> tuple:
    """The result of a line the main process skipped as too long (no worker sees it)."""
    return ([], [], 0, None, -1, (line_no, 1, 0, {"too_long": [line_no], "relative": []}), position)


class _Crashed(Exception):
    """A worker process ended without its answer."""


class _Workers:
    """``jobs`` worker processes (``spawn``), chunk ``i`` given to worker ``i % jobs``: each takes its
    chunks in input order, and its answers come back in that order.

    Chunks go through a :class:`multiprocessing.Queue` per worker (its feeder thread writes them, so
    the main process never waits to send), answers through a pipe per worker whose writing end only
    the worker holds: when a worker dies, even part way through an answer, reading gives an end of
    file at once, never a wait for bytes that cannot come. Ctrl-C and errors kill the workers.
    (``concurrent.futures.ProcessPoolExecutor``, its workers killed so, was seen to wait forever on
    Python 3.11: the writing end of its answers' pipe stays open in the main process too.)"""

    def __init__(self, jobs: int, settings: tuple) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.procs: list = []
        for _ in range(jobs):
            queue = context.Queue()
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(settings, queue, writer), daemon=True)
            self.procs.append((process, queue, reader))
            process.start()
            writer.close()  # the worker's own: an end of file when it ends
        self.given = 0

    def give(self, task: tuple) -> int:
        """Send a chunk; returns the worker that has it."""
        worker = self.given % len(self.procs)
        self.procs[worker][1].put((self.given, *task))
        self.given += 1
        return worker

    def ready(self, worker: int) -> bool:
        return self.procs[worker][2].poll()

    def answer(self, worker: int) -> tuple:
        """The worker's answer to its oldest chunk not yet answered (waits for it)."""
        try:
            kind, value = self.procs[worker][2].recv()
        except (EOFError, OSError):
            raise _Crashed from None
        if kind == "raised":
            raise value
        return value

    def close(self) -> None:
        """The end of the run: each worker is told so and ends."""
        for _, queue, _ in self.procs:
            queue.put(None)
        for process, queue, reader in self.procs:
            process.join()
            queue.close()
            reader.close()

    def kill(self) -> None:
        """Ctrl-C or an error: the workers are killed, and what was on its way to them is dropped."""
        for process, queue, reader in self.procs:
            process.kill()
            queue.cancel_join_thread()
            queue.close()
            reader.close()
        for process, _, _ in self.procs:
            process.join(5)


def _pool(tasks, jobs: int, settings: tuple, merge: _Merge) -> None:
    from auditor.errors import InputError

    workers = _Workers(jobs, settings)
    pending: deque = deque()  # a result, or the worker that owes one, in input order
    done = False

    def result(item):
        return workers.answer(item) if item.__class__ is int else item

    def ready(item) -> bool:
        return workers.ready(item) if item.__class__ is int else True

    try:
        try:
            for task in tasks:
                pending.append(_skipped(task[1], task[2]) if task[0] == "skipped" else workers.give(task))
                # written as soon as it is done (the output streams), and waited for when the
                # chunks read ahead reach the bound
                while pending and (len(pending) >= jobs * IN_FLIGHT or ready(pending[0])):
                    merge(result(pending.popleft()))
        except InputError:
            while pending:  # the input failed part way: what was read before it is written, as --jobs 1 writes it
                merge(result(pending.popleft()))
            raise
        while pending:
            merge(result(pending.popleft()))
        merge.flush()
        done = True
    except _Crashed:
        raise InputError("a worker process of --jobs ended unexpectedly (killed, or out of memory?); "
                         "run again, or with --jobs 1") from None
    finally:
        if done:
            workers.close()
        else:
            workers.kill()


def _line_tasks(stream, max_line: int):
    """The chunks of a batch file or log: ``("lines", first_line, bom, data, position)`` for whole
    lines (``bom``: the data starts the input), ``("skipped", line_no, position)`` for a line of more
    than ``max_line`` bytes, read past without being held. ``position``: bytes read up to the end of
    the chunk."""
    buf = b""
    eof = False
    line = 1
    offset = 0  # bytes of the input before buf

    def more() -> bool:
        nonlocal buf, eof
        block = stream.read(CHUNK_BYTES)
        if not block:
            eof = True
            return False
        buf += block
        return True

    while True:
        while len(buf) < CHUNK_BYTES and not eof:
            more()
        if not buf:
            return
        cut = buf.rfind(b"\n", 0, CHUNK_BYTES) + 1
        if not cut:
            # no newline in the first CHUNK_BYTES: the first line is longer than a chunk
            end = buf.find(b"\n")
            while end < 0 and not eof and len(buf) <= max_line:
                start = len(buf)
                if more():
                    end = buf.find(b"\n", start)
            length = end if end >= 0 else len(buf)
            if length > max_line:
                while end < 0 and not eof:  # read past the rest of the line
                    offset += len(buf)
                    buf = b""
                    if more():
                        end = buf.find(b"\n")
                skip = len(buf) if end < 0 else end + 1
                offset += skip
                buf = buf[skip:]
                yield ("skipped", line, offset)
                line += 1
                continue
            cut = len(buf) if end < 0 else end + 1
        elif buf.count(b"\n", 0, cut) > CHUNK_LINES:
            cut = -1
            for _ in range(CHUNK_LINES):
                cut = buf.find(b"\n", cut + 1)
            cut += 1
        data, buf = buf[:cut], buf[cut:]
        yield ("lines", line, offset == 0, data, offset + cut)
        line += data.count(b"\n")
        offset += cut


def _url_tasks(items, stream):
    """The chunks of a HAR file: ``("urls", 0, False, [(line_no, url), ...], position)``. An error of
    the reader comes after the chunk of the URLs read before it."""
    from auditor.errors import InputError

    tell = getattr(stream, "tell", None)
    chunk: list = []
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) >= CHUNK_URLS:
                yield ("urls", 0, False, chunk, _position(tell))
                chunk = []
    except InputError:
        if chunk:
            yield ("urls", 0, False, chunk, _position(tell))
        raise
    if chunk:
        yield ("urls", 0, False, chunk, _position(tell))


def _position(tell) -> int | None:
    try:
        return tell() if tell is not None else None
    except (OSError, ValueError):
        return None


# -- a worker process ------------------------------------------------------------------------------

def _serve(settings: tuple, queue, answers) -> None:
    """A worker process: Ctrl-C is the main process's to handle (it kills the workers); each chunk
    from ``queue`` is answered on ``answers``, ``("done", result)`` or ``("raised", exception)``,
    until ``None``."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        worker = _Worker(*settings)
    except Exception as exc:
        worker = exc
    while True:
        task = queue.get()
        if task is None:
            return
        try:
            if isinstance(worker, Exception):
                raise worker
            answer = ("done", worker.chunk(*task))
        except Exception as exc:
            answer = ("raised", exc)
        try:
            answers.send(answer)
        except Exception as exc:  # an exception that does not pickle
            answers.send(("raised", RuntimeError(f"{type(exc).__name__}: {exc}")))


class _Worker:
    """One worker's reader and :class:`auditor.batch.Records`, kept from chunk to chunk."""

    def __init__(self, kind: str, name: str, provider, purpose, options, reuse: bool, text: bool) -> None:
        from auditor.batch import Records
        from auditor.catalog import load_catalog
        from auditor.render.safe import json_text

        self.kind, self.name, self.text = kind, name, text
        self.catalog = load_catalog()
        self.records = Records(self.catalog, provider=provider, purpose=purpose, options=options, reuse=reuse)
        self.name_json = json_text(name)
        self.last = -1

    def chunk(self, index: int, kind: str, first_line: int, bom: bool, data, position) -> tuple:
        import io

        from auditor.sources import logs

        if index <= self.last:
            raise RuntimeError(f"chunk {index} came after chunk {self.last}: the worker needs them in input order")
        self.last = index
        records, name, text = self.records, self.name, self.text
        stats = None
        if kind == "lines":
            stats = logs.ReadStats()
            if self.kind == "batch":
                items = logs.iter_lines_urls(io.BytesIO(data), stats=stats, first_line=first_line, bom=bom)
            else:
                items = logs.iter_log_urls(io.BytesIO(data), catalog=self.catalog, stats=stats, first_line=first_line, bom=bom)
        else:
            items = data
        find, written, name_json = records.find, records.written, self.name_json
        out: list = []
        pieces: list[str] = []
        uses: dict[str, list] = {}
        errors = 0
        first_error = None
        for line_no, url in items:
            source = f"{name}:{line_no}"
            j = find(url, source, name)
            if j.__class__ is str:
                errors += 1
                if first_error is None:
                    first_error = (source, j)
                if text:
                    pieces.append(records._error(name, line_no, source, j))
                continue
            use = uses.get(j.key)
            if use is None:
                use = uses[j.key] = [0, j]
                if text and j.key not in written:
                    written.add(j.key)
                    if pieces:
                        out.append("".join(pieces))
                        pieces = []
                    out.append((j.key, records.judgement_record(j, source, url)))
            use[0] += 1
            if text:
                pieces.append(j.compact.format(name_json, line_no))
                records.spent(j)
        if pieces:
            out.append("".join(pieces))
        worst = max((j.worst for _, j in uses.values()), default=-1)
        summary = [(key, n, (j.provider, j.client, j.level, j.score, *j.listed)) for key, (n, j) in uses.items()]
        read = None if stats is None else (stats.lines, stats.too_long, stats.relative, stats.examples)
        return out, summary, errors, first_error, worst, read, position

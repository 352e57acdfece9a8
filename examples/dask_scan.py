"""Audit logs too large for one machine with Dask, calling oauth-auditor's library API.

    pip install 'oauth-auditor[scale]'
    python examples/dask_scan.py 'logs/access-*.log' --out audit/            # a local cluster
    python examples/dask_scan.py 's3://bucket/logs/*.gz' --out /shared/audit --scheduler tcp://host:8786

Each partition is one input file (line numbers are then exact), or a block of ``--blocksize`` bytes
of one (sources then read ``FILE[partition N]:LINE``, the line counted within the block). A worker audits
its partition with :func:`auditor.batch.audit_to_file`, the same code as ``oauth-audit scan --log``
(or ``--batch`` with ``--kind batch``), and writes ``part-NNNNN.jsonl`` into ``--out``, atomically;
on a real cluster ``--out`` must be a directory every worker can write (a shared file system).
The per-partition summaries are merged with :meth:`auditor.batch.Summary.merge`, printed, and
saved as ``summary.json``.

Exit code: 1 when any request's risk is high or critical, else 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from functools import reduce


def audit_partition(lines, index: int, out_dir: str, kind: str, label: str):
    """One task: audit a partition of ``(line, path)`` pairs to ``out_dir/part-{index}.jsonl``."""
    from auditor.batch import audit_to_file

    lines = list(lines)
    name = label.format(path=lines[0][1] if lines else "", index=index)
    return audit_to_file((line for line, _ in lines), os.path.join(out_dir, f"part-{index:05d}.jsonl"), kind=kind, name=name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="input files or globs (any path dask.bag.read_text accepts)")
    ap.add_argument("--out", required=True, help="directory for part-NNNNN.jsonl and summary.json")
    ap.add_argument("--kind", choices=["log", "batch"], default="log", help="log: URLs anywhere on a line; batch: one URL per line")
    ap.add_argument("--blocksize", default=None, help="split files into blocks of this size (e.g. 64MiB); default: one partition per file")
    ap.add_argument("--scheduler", default=None, help="address of a running Dask scheduler; default: a local cluster")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    args = ap.parse_args(argv)

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from auditor.batch import Summary, render_summary

    os.makedirs(args.out, exist_ok=True)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.read_text(args.paths, blocksize=args.blocksize, include_path=True)
        label = "{path}" if args.blocksize is None else "{path}[partition {index}]"
        tasks = [
            dask.delayed(audit_partition)(part, i, args.out, args.kind, label)
            for i, part in enumerate(bag.to_delayed())
        ]
        summaries = dask.compute(*tasks)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary = reduce(Summary.merge, summaries, Summary())
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(summary.as_dict(), fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    sys.stdout.write(render_summary(summary))
    levels = summary.as_dict()["levels"]
    return 1 if levels["high"] or levels["critical"] else 0


if __name__ == "__main__":
    sys.exit(main())

"""Text mode's cost in instructions: clean-article against datatrove's C4QualityFilter, counted.

    python bench/instructions.py [--passes N]

The shared VM's speed swings by up to 2x within an hour, so `bench/speed.py` can tell a 30% change
only over several runs. Instructions executed do not swing: `valgrind --tool=callgrind` counts
them, the same for the same code and inputs whatever else the machine is doing. Each system runs in
a child process under callgrind twice, once with no pass over the corpus and once with N passes
(after the same warm-up), and is credited with the difference divided by N: imports, loading and
warm-up cancel out. Hash randomisation is off in the children so that two runs execute the same
code. Instructions are not time (clean-article runs fewer instructions a cycle than C4 here, so its
time ratio is lower), but a change that saves instructions saves time. Needs valgrind; without it
the script says so and writes nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_results  # noqa: E402

SYSTEMS = ("clean-article", "datatrove C4QualityFilter")


def child(system: str, corpus_file: str, passes: int) -> None:
    """Run ``system`` over the pickled corpus: a warm-up over its first 20 documents, then ``passes`` passes."""
    from systems import TEXT_SYSTEMS

    fn = TEXT_SYSTEMS[system]
    with open(corpus_file, "rb") as fh:
        docs = pickle.load(fh)
    for doc in docs[:20]:
        fn(*doc)
    # What is loaded by now stays: the garbage collector is not to walk it (gc.freeze), so that a
    # full collection falling in one child's passes and not in another's does not count.
    gc.collect()
    gc.freeze()
    for _ in range(passes):
        for doc in docs:
            fn(*doc)


def counted(system: str, corpus_file: str, passes: int) -> int:
    """Instructions the child executes, as callgrind counts them."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
         "--child", system, corpus_file, str(passes)], env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        raise RuntimeError(f"callgrind gave no count for {system}: {run.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--passes", type=int, default=2, help="passes over the AEB texts (ten times that over the seeds)")
    ap.add_argument("--child", nargs=3, metavar=("SYSTEM", "CORPUS_FILE", "PASSES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    if not shutil.which("valgrind"):
        print("valgrind is not installed: no instruction counts (apt install valgrind)", file=sys.stderr)
        return
    from text_quality import aeb_corpus, seed_corpus

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus_name, corpus in (("seeds", seed_corpus()), ("aeb text", aeb_corpus())):
            docs = [(text, lang, url) for text, _, lang, url in corpus]
            size = sum(len(t.encode()) for t, _, _ in docs)
            corpus_file = os.path.join(tmp, "corpus.pkl")
            with open(corpus_file, "wb") as fh:
                pickle.dump(docs, fh)
            passes = args.passes * (10 if corpus_name == "seeds" else 1)
            per_pass = {}
            for system in SYSTEMS:
                per_pass[system] = (counted(system, corpus_file, passes) - counted(system, corpus_file, 0)) / passes
            for system in SYSTEMS:
                rows.append({"corpus": corpus_name, "system": system,
                             "M_instructions_per_pass": per_pass[system] / 1e6,
                             "instructions_per_byte": per_pass[system] / size,
                             "C4_over_system": per_pass["datatrove C4QualityFilter"] / per_pass[system]})
                print(rows[-1], file=sys.stderr)
    write_results("instructions", rows, ["corpus", "system", "M_instructions_per_pass", "instructions_per_byte",
                                         "C4_over_system"],
                  "Text mode in instructions (callgrind; a pass over the corpus, imports and warm-up left out)",
                  "python bench/instructions.py")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draws the population reports whose outline gets a key: the role of each top-level part.

usage: python3 draw_outline.py [POPULATION_DIR]   (default: ../shared/population beside the repository)

An outline key is cheaper than a full answer key (ANSWER-KEYS.md): it names, for each top-level part
of the report as its text divides it, what the part is (review, challenges, between, tasks, chapter,
government, other). The roles of the parts are the engine's first decision and every list is read in
the part it chooses, so the sections' weights are fitted on these keys too, and a third of them is
sealed to measure the roles on reports nobody tuned to.

The draw is seeded, never chosen: the reports of 2000-2026 in the order of a seeded shuffle, leaving
out those draw.py leaves out (the corpus, the held-out texts of session 6, the broken files) and those
it drew (keyed already). Every third report is sealed; a sealed draw skips the reports read.txt lists
(read while writing rules); the tuning draws may be any report.

Writes outline/drawn.tsv (name, split, level, place, year, path) and copies each text byte for byte to
outline/SPLIT/NAME.md; the keys are outline/SPLIT/roles.tsv, written by hand from the text alone.
Running it again gives the same files.
"""
import csv, os, random, sys

from draw import excluded, write

SEED = 20261208
COUNT = 90


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pop = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "..", "shared", "population")
    rows = list(csv.DictReader(open(os.path.join(pop, "manifest.tsv"), encoding="utf-8"), delimiter="\t"))
    keyed = {r["path"] for r in csv.DictReader(open(os.path.join(here, "drawn.tsv"), encoding="utf-8"), delimiter="\t")}
    read = {l.strip() for l in open(os.path.join(here, "read.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")}
    pool = sorted((r for r in rows if 2000 <= int(r["year"]) <= 2026 and not excluded(r["place"], int(r["year"]))
                   and r["path"] not in keyed), key=lambda r: r["path"])
    random.Random(SEED).shuffle(pool)
    drawn = []
    for i in range(COUNT):
        sealed = i % 3 == 1
        r = next(r for r in pool if not (sealed and r["path"] in read))
        pool.remove(r)
        drawn.append((r, "sealed" if sealed else "tune"))
    write(os.path.join(here, "outline"), drawn, pop)


if __name__ == "__main__":
    main()

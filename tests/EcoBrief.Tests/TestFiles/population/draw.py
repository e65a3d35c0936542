#!/usr/bin/env python3
"""Draws the population reports that get answer keys, and splits them into tune and sealed.

usage: python3 draw.py [POPULATION_DIR]   (default: ../shared/population beside the repository)

The draw is seeded and stratified, never chosen: each cell of level x year band gets a quota, and
within a cell the reports are taken in the order of a seeded shuffle. Reports that someone here has
already read while writing rules are left out before the draw: the corpus (State Council 2008-2021,
the 2026 provinces and municipalities) and the held-out texts of session 6 (State Council 2015,
2019, 2022-2026; Guangdong 2024-2026, Zhejiang 2008, Sichuan 2022 and 2026, Yunnan 2021 and 2026,
Hainan 2024, Shaanxi 2026, Guizhou 2018, Qinghai 2023, Shanghai and Tianjin 2025), and the three
files SOURCES.md names as broken (四川/2019 holds 2020's report, 合肥/2017 lost its first characters,
太原/2019 is one line).

Within each cell the second of every three reports drawn is sealed (a third of the 66): its key is written like the others, but it is
never read to write or weigh a rule; it is scored once, when a piece of work is finished.

A second round (session 9, seed SEED2, quota QUOTA2) adds 18 more where the population fails most, the
years 2000-2015: within each cell, in the order of its own seeded shuffle and past the reports of the
first round, every third is sealed as before, but a sealed draw skips the reports read.txt lists (read
while writing rules); the tuning draws may be any report.

Writes drawn.tsv (name, split, level, place, year, path) and copies each text byte for byte to
SPLIT/NAME.md. Running it again gives the same files.
"""
import csv, os, random, shutil, sys

SEED = 20261206
BANDS = [("2000-09", 2000, 2009), ("2010-15", 2010, 2015), ("2016-20", 2016, 2020), ("2021-26", 2021, 2026)]
QUOTA = {
    ("国务院", "2000-09"): 4,
    ("省自治区", "2000-09"): 9, ("省自治区", "2010-15"): 7, ("省自治区", "2016-20"): 6, ("省自治区", "2021-26"): 7,
    ("主要城市", "2000-09"): 8, ("主要城市", "2010-15"): 8, ("主要城市", "2016-20"): 8, ("主要城市", "2021-26"): 9,
}
CORPUS_2026 = {"安徽省", "北京市", "重庆市", "福建省", "甘肃省", "广西壮族自治区", "河北省", "黑龙江省", "河南省",
               "湖北省", "湖南省", "内蒙古自治区", "江苏省", "江西省", "吉林省", "辽宁省", "山东省", "上海市",
               "山西省", "天津市", "新疆维吾尔自治区", "西藏自治区"}
READ = {("广东省", 2024), ("广东省", 2025), ("广东省", 2026), ("浙江省", 2008), ("四川省", 2022), ("四川省", 2026),
        ("云南省", 2021), ("云南省", 2026), ("海南省", 2024), ("陕西省", 2026), ("贵州省", 2018), ("青海省", 2023),
        ("上海市", 2025), ("天津市", 2025), ("四川省", 2019), ("合肥市", 2017), ("太原市", 2019)}
SEED2 = 20261207
QUOTA2 = {
    ("省自治区", "2000-09"): 5, ("主要城市", "2000-09"): 5, ("省自治区", "2010-15"): 4, ("主要城市", "2010-15"): 4,
}
LEVEL_CODE = {"国务院": "sc", "省自治区": "prov", "主要城市": "city"}


def excluded(place, year):
    if place == "国务院":
        return year >= 2008
    return (place, year) in READ or (year == 2026 and place in CORPUS_2026)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pop = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "..", "shared", "population")
    rows = list(csv.DictReader(open(os.path.join(pop, "manifest.tsv"), encoding="utf-8"), delimiter="\t"))
    drawn = []
    for (level, band), quota in QUOTA.items():
        lo, hi = next((a, b) for n, a, b in BANDS if n == band)
        cell = sorted((r for r in rows if r["level"] == level and lo <= int(r["year"]) <= hi
                       and not excluded(r["place"], int(r["year"]))), key=lambda r: r["path"])
        random.Random(f"{SEED}/{level}/{band}").shuffle(cell)
        for i, r in enumerate(cell[:quota]):
            drawn.append((r, "sealed" if i % 3 == 1 else "tune"))
    taken = {r["path"] for r, _ in drawn}
    read = {l.strip() for l in open(os.path.join(here, "read.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")}
    for (level, band), quota in QUOTA2.items():
        lo, hi = next((a, b) for n, a, b in BANDS if n == band)
        cell = sorted((r for r in rows if r["level"] == level and lo <= int(r["year"]) <= hi
                       and not excluded(r["place"], int(r["year"])) and r["path"] not in taken), key=lambda r: r["path"])
        random.Random(f"{SEED2}/{level}/{band}").shuffle(cell)
        for i in range(quota):
            sealed = i % 3 == 1
            r = next(r for r in cell if not (sealed and r["path"] in read))
            cell.remove(r)
            drawn.append((r, "sealed" if sealed else "tune"))
    write(here, drawn, pop)


def write(root, drawn, pop):
    """Writes ROOT/drawn.tsv and copies each drawn text byte for byte to ROOT/SPLIT/NAME.md."""
    with open(os.path.join(root, "drawn.tsv"), "w", encoding="utf-8", newline="") as out:
        out.write("name\tsplit\tlevel\tplace\tyear\tpath\n")
        for r, split in sorted(drawn, key=lambda d: (d[0]["year"], d[0]["path"])):
            name = f"{r['year']}-{LEVEL_CODE[r['level']]}-{r['place']}"
            os.makedirs(os.path.join(root, split), exist_ok=True)
            shutil.copyfile(os.path.join(pop, r["path"]), os.path.join(root, split, name + ".md"))
            out.write(f"{name}\t{split}\t{r['level']}\t{r['place']}\t{r['year']}\t{r['path']}\n")
    print(f"{len(drawn)} drawn: {sum(s == 'tune' for _, s in drawn)} tune, {sum(s == 'sealed' for _, s in drawn)} sealed")


if __name__ == "__main__":
    main()

"""How fast is a museum's 10 000-row spreadsheet read, against what a user would otherwise run?

    python benchmarks/table_bench.py [--rows 10000]

Writes an export in Tate's column layout (XLSX, and the same as CSV) and, in ONE process,
times each read against a baseline, best of three interleaved rounds:

  (a) openpyxl alone   load_workbook(read_only, data_only) and every row's values
  (b) ours             store.tables.read_table: the same, plus every cell as text
  (c) csv alone        csv.reader over the decoded text
  (d) ours             read_table of the CSV: encoding and delimiter detected first

It prints the times and the ratios (b)/(a) and (d)/(c). Target: ≤ 1.3× for both.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

HEADERS = ["id", "accession_number", "artist", "artistRole", "artistId", "title", "dateText", "medium",
           "creditLine", "year", "acquisitionYear", "dimensions", "width", "height", "depth", "units",
           "inscription", "thumbnailCopyright", "thumbnailUrl", "url"]


def rows(n: int):
    for k in range(n):
        yield [1035 + k, f"A{k:05d}", "Blake, Robert", "artist", 38, f"Study of a figure, sheet {k}",
               "c.1785", "Graphite on paper", "Presented by Mrs John Richmond 1922", 1785, 1922,
               "support: 394 x 419 mm", 394, 419, None, "mm", None, None,
               f"http://www.tate.org.uk/art/images/work/A/A00/A{k:05d}_8.jpg",
               f"http://www.tate.org.uk/art/artworks/blake-study-a{k:05d}"]


def best(run, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    args = parser.parse_args()
    import openpyxl

    from glamuploader.store.tables import read_table
    work = tempfile.mkdtemp(prefix="glamuploader-tablebench-")
    xlsx, csv_path = os.path.join(work, "export.xlsx"), os.path.join(work, "export.csv")
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS)
    with open(csv_path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for row in rows(args.rows):
            sheet.append(row)
            writer.writerow(["" if v is None else v for v in row])
    book.save(xlsx)

    def bare_xlsx():
        wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
        data = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
        return data

    def bare_csv():
        with open(csv_path, encoding="utf-8", newline="") as fh:
            return list(csv.reader(fh))

    results = {}
    for _ in range(3):   # interleaved: a noisy neighbour slows both alike
        for name, run in (("a", bare_xlsx), ("b", lambda: read_table(xlsx)),
                          ("c", bare_csv), ("d", lambda: read_table(csv_path))):
            results[name] = min(results.get(name, 1e9), best(run, 1))
    assert len(read_table(xlsx).rows) == len(read_table(csv_path).rows) == args.rows
    print(f"{args.rows} rows, {len(HEADERS)} columns")
    print(f"(a) openpyxl alone     {results['a']:.3f} s")
    print(f"(b) read_table XLSX    {results['b']:.3f} s   {results['b'] / results['a']:.2f}×   target ≤ 1.3×")
    print(f"(c) csv.reader alone   {results['c']:.3f} s")
    print(f"(d) read_table CSV     {results['d']:.3f} s   {results['d'] / results['c']:.2f}×   target ≤ 1.3×")
    return 0


if __name__ == "__main__":
    sys.exit(main())

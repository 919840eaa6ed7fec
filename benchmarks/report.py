#!/usr/bin/env python3
"""Turns one JMH JSON result (+ the CPython timeit JSON) into the README's Markdown tables of ratios.

    python3 benchmarks/report.py results/jmh.json results/cpython.json > results/tables.md
"""
import json
import sys
from collections import defaultdict

TICK = 28
CONTENDERS = ["hand", "genStatic", "genWrap", "genCursor", "varHandle", "bbHeap", "bbDirect", "byteBuffer", "sbe",
              "structUnpackFrom", "structIterUnpack", "memoryView", "plainLongSum", "checked", "plain", "sbeStyle"]


def load(path):
    with open(path) as f:
        return json.load(f)


def fmt(x, nd=2):
    if x is None:
        return "–"
    if x != x:
        return "n/a"
    if x >= 1000:
        return f"{x:,.0f}"
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.{nd}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def main():
    jmh = load(sys.argv[1])
    py = load(sys.argv[2])["ns_per_record"] if len(sys.argv) > 2 else {}
    single = defaultdict(dict)        # (scenario, record) -> contender -> (score, err, alloc)
    scans = defaultdict(dict)         # (class, mem, records) -> contender -> (score, err, alloc)
    gc = []
    for r in jmh:
        cls, meth = r["benchmark"].split(".")[-2:]
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        entry = (float(pm["score"]), float(pm["scoreError"]), alloc, pm["scoreUnit"])
        params = r.get("params", {})
        if cls == "SingleRecord":
            scen, rec, cont = meth.split("_")
            single[(scen, rec)][cont] = entry
        else:
            scans[(cls, params.get("mem", "mapped"), params.get("records", "38347922"))][meth] = entry
        n = 1 if cls == "SingleRecord" else int(params.get("records", "38347922"))
        gc.append((f"{cls}.{meth}" + (f" [{params['mem']}]" if "mem" in params else ""), alloc,
                   None if alloc is None else alloc / n))

    out = []
    out.append("### Single record (ns/op, lower is better)\n")
    cols = [c for c in CONTENDERS if any(c in v for v in single.values())]
    out.append("| scenario | " + " | ".join(cols) + " | gen wrap / hand | gen static / hand | SBE / gen wrap |")
    out.append("|---|" + "---:|" * (len(cols) + 3))
    for key in sorted(single, key=lambda k: (["readOne", "writeOne", "readAll"].index(k[0]), k[1] != "tick")):
        row = single[key]
        s = lambda c: row[c][0] if c in row else None
        cells = [fmt(s(c)) for c in cols]
        out.append(f"| {key[0]} {key[1]} | " + " | ".join(cells) + f" | {fmt(ratio(s('genWrap'), s('hand')))}x"
                   f" | {fmt(ratio(s('genStatic'), s('hand')))}x | {fmt(ratio(s('sbe'), s('genWrap')))}x |")

    for cls in ("SeqScan", "RandomScan", "MappedScan", "WrapCost"):
        keys = sorted(k for k in scans if k[0] == cls)
        if not keys:
            continue
        out.append(f"\n### {cls} (time per scan; GB/s = records x 28 B / time)\n")
        out.append("| mem | records | contender | time | GB/s | x hand time | x plain-loop GB/s | ns/record |")
        out.append("|---|---:|---|---:|---:|---:|---:|---:|")
        for k in keys:
            row = scans[k]
            n = int(k[2])
            unit_to_s = {"us/op": 1e-6, "ms/op": 1e-3, "ns/op": 1e-9}
            secs = {c: v[0] * unit_to_s[v[3]] for c, v in row.items()}
            gbs = {c: n * TICK / t / 1e9 for c, t in secs.items()}
            for c in [c for c in CONTENDERS if c in row]:
                out.append(f"| {k[1]} | {n:,} | {c} | {fmt(row[c][0])} {row[c][3].split('/')[0]} ± {fmt(row[c][1])}"
                           f" | {fmt(gbs[c])} | {fmt(ratio(secs[c], secs.get('hand')))}x"
                           f" | {fmt(ratio(gbs[c], gbs.get('plainLongSum')))}x | {fmt(secs[c] / n * 1e9)} |")

    if py:
        out.append("\n### Dynamic `Struct` vs CPython 3.11 `struct` (ns per record)\n")
        out.append("| what | Java `Struct` | CPython | CPython / Java |")
        out.append("|---|---:|---:|---:|")
        def j_single(rec):
            return single.get(("readAll", rec), {}).get("structUnpackFrom", (None,))[0]
        def j_scan(meth, mem="offheap"):
            for k, row in scans.items():
                if k[0] == "SeqScan" and k[1] == mem and meth in row:
                    n = int(k[2])
                    return row[meth][0] * {"us/op": 1e3, "ms/op": 1e6, "ns/op": 1}[row[meth][3]] / n
            return None
        rows = [("one tick, all fields: `unpackFrom` vs `Struct('<qIdd').unpack_from`", j_single("tick"),
                 py.get("readAll_tick_Struct.unpack_from")),
                ("one mixed record, all fields", j_single("mixed"), py.get("readAll_mixed_Struct.unpack_from")),
                ("scan, sum timestamp: `unpackFrom` loop vs `unpack_from` loop", j_scan("structUnpackFrom"),
                 py.get("seqScan_unpack_from_loop")),
                ("scan, sum timestamp: `iterUnpack` vs `iter_unpack`", j_scan("structIterUnpack"),
                 py.get("seqScan_iter_unpack"))]
        for name, j, p in rows:
            out.append(f"| {name} | {fmt(j)} | {fmt(p)} | {fmt(ratio(p, j))}x |")

    out.append("\n### `-prof gc`: gc.alloc.rate.norm (B/op; for scans also per record)\n")
    out.append("| benchmark | B/op | B/record |")
    out.append("|---|---:|---:|")
    for name, a, per in gc:
        out.append(f"| {name} | {'–' if a is None else f'{a:,.3f}'} | {'–' if per is None else f'{per:,.6f}'} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""CPython baseline: struct.unpack_from / iter_unpack over the benchmark bytes, timed with timeit.

Builds the same records as io.structview.bench.Data (same formulas; the CRC-32 of the first 1000 records is
checked against the constants in Data.java), then prints ns/record for each way a Python reader decodes them.

    python3 benchmarks/python/struct_timeit.py [--records N] [--repeat R] [--json out.json]
"""
import argparse
import json
import platform
import struct
import sys
import timeit
import zlib

TICK = struct.Struct("<qIdd")
MIXED = struct.Struct("<bHiqdf?8sIhQdbBi")
TICK_CRC_1000 = 0x22AAD678
MIXED_CRC_1000 = 0x65B90148


def ticks(n):
    buf = bytearray(TICK.size * n)
    for i in range(n):
        TICK.pack_into(buf, i * TICK.size, 1_700_000_000_000_000_000 + i * 1000, (i * 7919) % 5000,
                       100.0 + (i % 1000) * 0.25, float(i % 100 + 1))
    return bytes(buf)


def mixed(n):
    buf = bytearray(MIXED.size * n)
    for i in range(n):
        qty = i * 3 - 1000
        px = i * 0.5
        MIXED.pack_into(buf, i * MIXED.size, i % 256 - 128, i % 65536, qty, i * 1_000_003, px, (i % 64) / 4.0,
                        i % 2 == 1, b"T%07d" % (i % 10_000_000), i & 0xFFFFFFFF, i % 60000 - 30000,
                        1_700_000_000_000_000_000 + i * 1000, px * qty, 1 if i % 2 == 0 else -1, i % 10,
                        (i ^ 0x5A5A5A5A) - (1 << 32) if (i ^ 0x5A5A5A5A) >= (1 << 31) else (i ^ 0x5A5A5A5A))
    return bytes(buf)


def best_ns(stmt, setup_globals, number, repeat):
    t = timeit.Timer(stmt, globals=setup_globals)
    return min(t.repeat(repeat=repeat, number=number)) / number * 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000, help="records in the scan (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=5, help="timeit repeats; the best is reported")
    ap.add_argument("--json", help="also write the results here")
    a = ap.parse_args()

    assert zlib.crc32(ticks(1000)) == TICK_CRC_1000, hex(zlib.crc32(ticks(1000)))
    assert zlib.crc32(mixed(1000)) == MIXED_CRC_1000, hex(zlib.crc32(mixed(1000)))

    n = a.records
    tb = ticks(n)
    mb = mixed(1000)
    g = {"TICK": TICK, "MIXED": MIXED, "tb": tb, "mb": mb, "n": n, "struct": struct, "ts": TICK.size,
         "unpack_from": struct.unpack_from, "iter_unpack": struct.iter_unpack}
    res = {}
    # One record, all fields (the Java ReadAll scenario): precompiled Struct and module-level function.
    res["readAll_tick_Struct.unpack_from"] = best_ns("TICK.unpack_from(tb, 84)", g, 1_000_000, a.repeat)
    res["readAll_tick_struct.unpack_from"] = best_ns("unpack_from('<qIdd', tb, 84)", g, 1_000_000, a.repeat)
    res["readAll_mixed_Struct.unpack_from"] = best_ns("MIXED.unpack_from(mb, 192)", g, 1_000_000, a.repeat)
    # Sequential scan summing timestamp over n records (the Java SeqScan scenario), per record.
    res["seqScan_unpack_from_loop"] = best_ns(
        "s = 0\nu = TICK.unpack_from\nfor o in range(0, n * ts, ts):\n    s += u(tb, o)[0]", g, 1, a.repeat) / n
    res["seqScan_iter_unpack"] = best_ns(
        "s = 0\nfor r in TICK.iter_unpack(tb):\n    s += r[0]", g, 1, a.repeat) / n
    res["seqScan_iter_unpack_sum_genexpr"] = best_ns(
        "sum(r[0] for r in TICK.iter_unpack(tb))", g, 1, a.repeat) / n
    out = {"python": sys.version.split()[0], "implementation": platform.python_implementation(),
           "records": n, "repeat": a.repeat, "ns_per_record": res}
    for k, v in res.items():
        print(f"{k:40s} {v:10.1f} ns/record")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(out, f, indent=2)


if __name__ == "__main__":
    main()

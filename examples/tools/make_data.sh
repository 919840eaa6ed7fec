#!/usr/bin/env bash
# Re-creates the example data bundled in src/main/resources/io/structview/examples/data/.
# Not needed to build or test: the files are committed. Needs Debian's sox, netpbm, tcpdump,
# python3 and python3-numpy, and root (tcpdump captures on the loopback interface).
set -euo pipefail
cd "$(dirname "$0")"
out=../src/main/resources/io/structview/examples/data
tmp=$(mktemp -d)

# WAV: 0.25 s of 16-bit stereo at 8 kHz, 440 Hz left and 660 Hz right at half scale (sox dithers).
sox -n -r 8000 -c 2 -b 16 "$out/chord.wav" synth 0.25 sine 440 sine 660 vol 0.5
python3 - "$out/chord.wav" <<'PY'
import array, math, sys, wave
w = wave.open(sys.argv[1]); print(w.getparams(), file=sys.stderr)
a = array.array('h', w.readframes(w.getnframes()))
for ch in range(w.getnchannels()):
    s = a[ch::w.getnchannels()]
    print('channel', ch, 'peak', max(abs(x) for x in s), 'rms', math.sqrt(sum(x * x for x in s) / len(s)), file=sys.stderr)
PY

# BMP: a 61 x 40 picture (rows of 183 bytes padded to 184) written by netpbm as a 24-bit Windows BMP.
python3 scene_ppm.py "$tmp/scene.ppm"
ppmtobmp -windows -bpp=24 "$tmp/scene.ppm" > "$out/scene.bmp"

# pcap: UDP and TCP traffic on the loopback interface, captured by tcpdump.
tcpdump -i lo -U -w "$tmp/loopback.pcap" 'ip and (port 9053 or port 5005 or port 8080)' 2>/dev/null &
pid=$!
sleep 2
python3 capture_loopback.py
sleep 1
kill "$pid"; wait "$pid" || true
cp "$tmp/loopback.pcap" "$out/loopback.pcap"
tcpdump -nn -r "$out/loopback.pcap" >&2

# NumPy: a structured 1-D array saved with np.save.
python3 points_npy.py "$out/points.npy"
rm -rf "$tmp"

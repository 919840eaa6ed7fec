"""Writes scene.ppm (61 x 40, binary P6): a sky gradient over grass, a red house and a yellow sun.

make_data.sh turns it into the bundled 24-bit BMP with netpbm's ppmtobmp, and prints the per-channel
statistics that BmpHistogramTest expects (computed here from the PPM, independently of the BMP)."""
import sys

W, H = 61, 40


def pixel(x, y):
    if 10 <= x < 22 and 12 <= y < 30:   # red house
        return 200, 30, 30
    if 44 <= x < 52 and 4 <= y < 12:    # yellow sun
        return 255, 220, 0
    if y < H // 2:                      # sky: vertical gradient
        return 40 + y * 4, 100 + y * 5, 255 - y * 2
    return 30, 120 + (x * 2) % 60, 20   # grass


px = bytes(c for y in range(H) for x in range(W) for c in pixel(x, y))
with open(sys.argv[1] if len(sys.argv) > 1 else 'scene.ppm', 'wb') as f:
    f.write(b'P6\n%d %d\n255\n' % (W, H))
    f.write(px)
for c, name in enumerate('RGB'):
    vals = px[c::3]
    hist = [0] * 256
    for v in vals:
        hist[v] += 1
    mode = max(range(256), key=lambda v: (hist[v], -v))
    print(name, 'mean', sum(vals) / len(vals), 'min', min(vals), 'max', max(vals),
          'mode', mode, 'x', hist[mode], 'distinct', sum(1 for h in hist if h), file=sys.stderr)

"""Writes points.npy with NumPy: 1000 records of dtype [('id','<u4'), ('x','<f8'), ('y','<f8')], a spiral.

Prints the values NpyExampleTest expects."""
import sys

import numpy as np

n = 1000
dt = np.dtype([('id', '<u4'), ('x', '<f8'), ('y', '<f8')])
a = np.zeros(n, dtype=dt)
i = np.arange(n)
a['id'] = 1000 + i
a['x'] = np.cos(i * 0.01) * i
a['y'] = np.sin(i * 0.01) * i
np.save(sys.argv[1] if len(sys.argv) > 1 else 'points.npy', a)
print('itemsize', dt.itemsize, 'sum x', repr(a['x'].sum()), 'sum y', repr(a['y'].sum()),
      'max radius', np.hypot(a['x'], a['y']).max(), 'last', a[-1], file=sys.stderr)

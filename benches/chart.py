#!/usr/bin/env python3
"""Latency against corpus size, as SVG, from the query bench's output.

    python3 benches/chart.py SCRATCH_DIR docs/latency.svg

Reads SCRATCH_DIR/latency-<articles>.json (written by `cargo bench --bench query`) and draws,
per query kind, the p99 over all four languages' queries (solid) and the p50 (dashed) against
the number of articles (log scale). Standard library only.
"""
import glob
import json
import math
import os
import sys

COLORS = {"keyword": "#1f77b4", "typo": "#d62728", "prefix": "#2ca02c",
          "sentence": "#9467bd", "message-2kb": "#ff7f0e"}
W, H, L, R, T, B = 760, 440, 70, 170, 40, 60


def main(scratch, out):
    rows = []
    for path in glob.glob(os.path.join(scratch, "latency-*.json")):
        with open(path, encoding="utf-8") as f:
            rows.extend(json.load(f))
    if not rows:
        sys.exit(f"no latency-*.json in {scratch}: run the query bench first")
    sizes = sorted({r["articles"] for r in rows})
    series = {}
    for kind in COLORS:
        for stat in ("p50_ms", "p99_ms"):
            pts = []
            for n in sizes:
                vals = [r[stat] for r in rows if r["kind"] == kind and r["articles"] == n]
                if vals:
                    # The worst language: the chart should not hide one slow script.
                    pts.append((n, max(vals)))
            if pts:
                series[(kind, stat)] = pts
    ymax = max(v for pts in series.values() for _, v in pts) * 1.1
    xs = [math.log10(n) for n in sizes]
    xlo, xhi = (min(xs) - 0.2, max(xs) + 0.2) if len(xs) > 1 else (xs[0] - 1, xs[0] + 1)

    def px(n):
        return L + (math.log10(n) - xlo) / (xhi - xlo) * (W - L - R)

    def py(v):
        return H - B - v / ymax * (H - T - B)

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W / 2}" y="22" font-size="14" text-anchor="middle">Query latency against '
           f'corpus size (worst language; solid p99, dashed p50)</text>']
    for i in range(6):
        v = ymax * i / 5
        svg.append(f'<line x1="{L}" x2="{W - R}" y1="{py(v):.1f}" y2="{py(v):.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{L - 8}" y="{py(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    for n in sizes:
        svg.append(f'<line x1="{px(n):.1f}" x2="{px(n):.1f}" y1="{T}" y2="{H - B}" stroke="#eee"/>')
        svg.append(f'<text x="{px(n):.1f}" y="{H - B + 18}" text-anchor="middle">{n:,}</text>')
    svg.append(f'<text x="{(L + W - R) / 2}" y="{H - 15}" text-anchor="middle">articles</text>')
    svg.append(f'<text x="18" y="{(T + H - B) / 2}" transform="rotate(-90 18 {(T + H - B) / 2})" '
               f'text-anchor="middle">ms</text>')
    for k, ((kind, stat), pts) in enumerate(sorted(series.items())):
        dash = ' stroke-dasharray="5,4"' if stat == "p50_ms" else ""
        d = " ".join(f"{px(n):.1f},{py(v):.1f}" for n, v in pts)
        svg.append(f'<polyline points="{d}" fill="none" stroke="{COLORS[kind]}" stroke-width="2"{dash}/>')
        for n, v in pts:
            svg.append(f'<circle cx="{px(n):.1f}" cy="{py(v):.1f}" r="3" fill="{COLORS[kind]}"/>')
    for i, kind in enumerate(COLORS):
        y = T + 20 + i * 22
        svg.append(f'<line x1="{W - R + 15}" x2="{W - R + 40}" y1="{y}" y2="{y}" '
                   f'stroke="{COLORS[kind]}" stroke-width="3"/>')
        svg.append(f'<text x="{W - R + 46}" y="{y + 4}">{kind}</text>')
    svg.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(svg) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

// A small accessible SVG line chart (scores 1–5 over interviews) with its data as a table beside it:
// the SVG is labelled as one image with a summary; the table carries every number for screen readers.
import { h } from './ui.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 260;
const PAD = { left: 36, right: 12, top: 12, bottom: 36 };

/**
 * Pixel geometry of the series (pure, checked in unit_checks.mjs): one polyline per series through
 * its non-null values; x spreads the columns evenly, y maps [yMin, yMax] onto the plot's height.
 */
export function chartGeometry({ columns, series, yMin = 1, yMax = 5, width = W, height = H }) {
  const { x, y } = scales({ columns, yMin, yMax, width, height });
  return series.map((s) => ({
    name: s.name,
    points: s.values.map((v, i) => (typeof v === 'number' ? { x: x(i), y: y(v), value: v, column: i } : null)).filter(Boolean),
  }));
}

/** Column index → x and score → y, in pixels. */
function scales({ columns, yMin = 1, yMax = 5, width = W, height = H }) {
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  return {
    x: (i) => PAD.left + (columns <= 1 ? plotW / 2 : (plotW * i) / (columns - 1)),
    y: (v) => PAD.top + plotH * (1 - (Math.min(yMax, Math.max(yMin, v)) - yMin) / (yMax - yMin)),
  };
}

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  children.flat().filter(Boolean).forEach((c) => el.append(c));
  return el;
}

/** {title, summary, columnLabels: [..], series: [{name, values: [number|null per column]}]} → figure element. */
export function lineChart({ id, title, summary, columnLabels, series }) {
  const geometry = chartGeometry({ columns: columnLabels.length, series });
  const { x, y } = scales({ columns: columnLabels.length });
  const grid = [1, 2, 3, 4, 5].map((v) => svg('g', { class: 'grid' },
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
    svg('text', { x: PAD.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, document.createTextNode(String(v)))));
  const lines = geometry.map((s, k) => svg('g', { class: `series series-${k % 6}` },
    s.points.length > 1 ? svg('polyline', { points: s.points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none' }) : null,
    s.points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 4 },
      svg('title', {}, document.createTextNode(`${s.name}: ${p.value.toFixed(1)} (${columnLabels[p.column]})`))))));
  const labels = columnLabels.map((label, i) =>
    svg('text', { x: x(i), y: H - PAD.bottom + 20, 'text-anchor': 'middle', class: 'x-label' }, document.createTextNode(label)));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-summary`, class: 'line-chart' },
    svg('title', { id: `${id}-title` }, document.createTextNode(title)),
    svg('desc', { id: `${id}-summary` }, document.createTextNode(summary)),
    grid, lines, labels);
  const legend = h('ul', { class: 'legend', 'aria-hidden': 'true' },
    series.map((s, k) => h('li', { class: `series-${k % 6}` }, h('span', { class: 'swatch' }), s.name)));
  const table = h('table', { class: 'data-table' },
    h('caption', { text: `${title}: the numbers` }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Interview' }), series.map((s) => h('th', { scope: 'col', text: s.name })))),
    h('tbody', {}, columnLabels.map((label, i) => h('tr', {},
      h('th', { scope: 'row', text: label }),
      series.map((s) => h('td', { text: typeof s.values[i] === 'number' ? s.values[i].toFixed(1) : '—' }))))));
  return h('figure', { class: 'chart', id },
    h('h2', { class: 'small-heading', text: title }),
    chart, legend,
    h('details', { class: 'chart-data' }, h('summary', { text: 'Show the data as a table' }), h('div', { class: 'table-wrap' }, table)));
}

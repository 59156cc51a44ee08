// Trend charts with Debian's Chart.js, loaded only when a page needs one (the overview does
// not, so the first page stays light).
import { h, score } from './dom.js';
import { PUBLISHED } from './views/report_parts.js';

let loading = null;

// Returns a promise of the Chart constructor.
export function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/assets/vendor/chart.js';
      script.onload = () => resolve(window.Chart);
      script.onerror = () => { loading = null; reject(new Error('The chart library could not be loaded.')); };
      document.head.append(script);
    });
  }
  return loading;
}

function shortLabel(period) {
  if (!period) return '';
  return period.lastWeek ? period.lastWeek.replace(/^\d{4}-/, '') : period.label;
}

// Returns a box with a line chart of series (one Estimate per history point) and its interval,
// plus the same numbers as a table for screen readers and keyboard users.
export function trendChart(title, history, pick, k) {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title} by period, with 95% intervals` });
  let rows = history.map((point) => {
    const estimate = pick(point);
    const ok = estimate && estimate.status === PUBLISHED && estimate.value !== undefined;
    return {
      label: shortLabel(point.period), full: point.period ? point.period.label : '',
      value: ok ? estimate.value : null, low: ok && estimate.ciLow !== undefined ? estimate.ciLow : null,
      high: ok && estimate.ciHigh !== undefined ? estimate.ciHigh : null,
      suppressed: !!estimate && estimate.status === 'CELL_STATUS_SUPPRESSED',
    };
  });
  // Periods before the store's first answer say nothing; leave them out of the chart.
  const first = rows.findIndex((r) => r.value !== null || r.suppressed);
  if (first > 0) rows.splice(0, Math.min(first, Math.max(0, rows.length - 2)));
  const table = h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), h('th', { scope: 'col', class: 'num' }, 'Score'),
      h('th', { scope: 'col', class: 'num' }, '95% interval'))),
    h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.full),
      h('td', { class: 'num' }, r.value !== null ? score(r.value) : r.suppressed ? 'Held back (small groups)' : 'No data'),
      h('td', { class: 'num' }, r.low !== null ? `${score(r.low)}–${score(r.high)}` : '–')))));
  const box = h('figure', { class: 'chart-box' },
    h('h3', {}, title),
    h('div', { class: 'chart-canvas' }, canvas),
    h('details', { class: 'data-table' }, h('summary', {}, `${title}: data table`), table));
  box.draw = (Chart) => new Chart(canvas, {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: '95% interval', data: rows.map((r) => r.high), borderWidth: 0, pointRadius: 0,
          backgroundColor: 'rgba(15, 81, 99, 0.14)', fill: '+1', spanGaps: false },
        { label: 'interval low', data: rows.map((r) => r.low), borderWidth: 0, pointRadius: 0, fill: false },
        { label: title, data: rows.map((r) => r.value), borderColor: '#0f5163', backgroundColor: '#0f5163',
          borderWidth: 2.5, pointRadius: 3, tension: 0.25, spanGaps: false },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false, responsive: true,
      scales: {
        y: { suggestedMin: 40, suggestedMax: 90, ticks: { color: '#4a5865' }, grid: { color: '#e6eaee' } },
        x: { ticks: { color: '#4a5865', maxRotation: 0, autoSkip: true }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { filter: (item) => item.datasetIndex === 2 },
      },
    },
  });
  return box;
}

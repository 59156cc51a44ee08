// Pieces shared by the report views: period filters, estimate cells, trends, suppression notes.
import { h, score, percent, signed } from '../dom.js';
import { PERIODS } from '../labels.js';

export const PUBLISHED = 'CELL_STATUS_PUBLISHED';
export const SUPPRESSED = 'CELL_STATUS_SUPPRESSED';

// Returns true when an Estimate (or anything with status and value) is published.
export function published(estimate) {
  return !!estimate && estimate.status === PUBLISHED && estimate.value !== undefined;
}

// Returns the heat class for a 0-100 score.
export function heatClass(value) {
  if (value < 45) return 'heat-1';
  if (value < 55) return 'heat-2';
  if (value < 65) return 'heat-3';
  if (value < 75) return 'heat-4';
  return 'heat-5';
}

// Returns the words for a suppressed figure; never a count.
export function suppressedText(k) {
  return `Suppressed: fewer than ${k} answers`;
}

// Returns the content of a table cell for a 0-100 estimate, and its class.
export function estimateCell(estimate, k, { heat = true, format = score } = {}) {
  if (published(estimate)) {
    const interval = estimate.ciLow !== undefined && estimate.ciHigh !== undefined
      ? ` (95% interval ${format(estimate.ciLow)}–${format(estimate.ciHigh)})` : '';
    return { className: heat ? heatClass(estimate.value) : '', title: `${format(estimate.value)}${interval}`,
      content: [format(estimate.value)] };
  }
  if (estimate && estimate.status === SUPPRESSED) {
    return { className: 'cell-suppressed', title: suppressedText(k),
      content: ['Suppressed', h('span', { class: 'cell-sub' }, `fewer than ${k} answers`)] };
  }
  return { className: 'cell-nodata', title: 'No answers in this period', content: ['No data'] };
}

// Returns a trend mark: "▲ +4.2", "▼ −3.0", "+1.0 n.s.".
export function trendMark(trend) {
  if (!trend || trend.status !== PUBLISHED || trend.change === undefined) {
    return h('span', { class: 'trend-flat' }, trend && trend.status === SUPPRESSED ? 'suppressed' : '–');
  }
  const p = trend.pValue !== undefined ? `, p = ${trend.pValue < 0.001 ? '< 0.001' : trend.pValue.toFixed(3)}` : '';
  if (trend.direction === 'TREND_DIRECTION_UP') {
    return h('span', { class: 'trend-up', title: `Significant rise${p}` }, `▲ ${signed(trend.change)}`,
      h('span', { class: 'visually-hidden' }, ' significant rise'));
  }
  if (trend.direction === 'TREND_DIRECTION_DOWN') {
    return h('span', { class: 'trend-down', title: `Significant drop${p}` }, `▼ ${signed(trend.change)}`,
      h('span', { class: 'visually-hidden' }, ' significant drop'));
  }
  return h('span', { class: 'trend-flat', title: `Not significant${p}` }, `${signed(trend.change)}`,
    h('abbr', { title: 'not significant' }, ' n.s.'));
}

// Returns a participation figure: "82%" with flags.
export function participationText(participation, k) {
  if (!participation || participation.status !== PUBLISHED || participation.rate === undefined) {
    return participation && participation.status === SUPPRESSED
      ? { text: 'Suppressed', title: suppressedText(k), suppressed: true } : { text: 'No data', title: 'No sessions' };
  }
  return { text: percent(participation.rate), title: `${participation.sessions} sessions, headcount ${participation.headcount}`,
    above: !!participation.aboveHeadcount, low: !!participation.low };
}

// Returns the period filter controls; onChange receives {period, at, region}.
export function periodFilters(values, regions, onChange) {
  const period = h('select', { id: 'filter-period', name: 'period' },
    PERIODS.map(([value, label]) => h('option', { value, selected: value === values.period }, label)));
  const at = h('input', { id: 'filter-at', name: 'at', type: 'week', value: values.at || '' });
  const controls = [
    h('label', { class: 'field', for: 'filter-period' }, 'Period', period),
    h('label', { class: 'field', for: 'filter-at' }, 'Ending week', at),
  ];
  let region = null;
  if (regions) {
    region = h('select', { id: 'filter-region', name: 'region' },
      h('option', { value: '' }, 'All regions'),
      regions.map((name) => h('option', { value: name, selected: name === values.region }, name)));
    controls.push(h('label', { class: 'field', for: 'filter-region' }, 'Region', region));
  }
  const changed = () => onChange({ period: period.value, at: at.value, region: region ? region.value : '' });
  period.addEventListener('change', changed);
  at.addEventListener('change', changed);
  if (region) region.addEventListener('change', changed);
  return h('form', { class: 'filters', role: 'search', 'aria-label': 'Report filters', onsubmit: (e) => e.preventDefault() },
    controls);
}

// Returns the heat legend with the suppression note.
export function heatLegend(k) {
  const items = [['heat-1', 'below 45'], ['heat-2', '45–54'], ['heat-3', '55–64'], ['heat-4', '65–74'], ['heat-5', '75 and above']];
  return h('ul', { class: 'legend', 'aria-label': 'Colour key' },
    h('li', {}, 'Score 0–100:'),
    items.map(([cls, label]) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), label)),
    h('li', {}, h('span', { class: 'swatch cell-suppressed', 'aria-hidden': 'true' }), suppressedText(k)));
}

// Returns the params of the current report for links to other report pages.
export function reportParams(params) {
  const out = {};
  for (const key of ['period', 'at']) if (params.get(key)) out[key] = params.get(key);
  return out;
}

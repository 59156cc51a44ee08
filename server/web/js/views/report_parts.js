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

// Returns the words for a suppressed figure; never a count. A figure is held back when it would
// single out fewer than k people: few answers, or a group of weeks that reaches past the period.
export function suppressedText(k) {
  return `Held back to protect small groups (every figure needs at least ${k} people); see the month or quarter`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DATE_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

// Returns "16–22 Nov 2026" for a period's first and last dates (YYYY-MM-DD).
export function dateSpan(first, last) {
  if (!first || !last) return '';
  const a = new Date(`${first}T00:00:00Z`);
  const b = new Date(`${last}T00:00:00Z`);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${DATE_YEAR.format(a)} – ${DATE_YEAR.format(b)}`;
  if (a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()}–${DATE_YEAR.format(b)}`;
  return `${DATE.format(a)} – ${DATE_YEAR.format(b)}`;
}

// Returns a period with its dates: "Week 47, 16–22 Nov 2026", "November 2026 (2–29 Nov 2026)".
export function periodLabel(period) {
  if (!period) return '';
  const dates = dateSpan(period.firstDate, period.lastDate);
  const week = (text) => (text || '').replace(/^\d{4}-W0?/, 'week ');
  switch (period.period) {
    case 'PERIOD_ROLLING_4W': return `4 weeks to ${week(period.lastWeek)}, ${dates}`;
    case 'PERIOD_MONTH': return `${monthName(period.label)} (${dates})`;
    case 'PERIOD_QUARTER': return `${period.label.replace('-Q', ' Q')} (${dates})`;
    default: return `${week(period.label).replace(/^w/, 'W')}, ${dates}`;
  }
}

function monthName(label) {
  const [year, month] = (label || '').split('-');
  if (!month) return label || '';
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
}

// Returns notes on what a period's figures hold: weeks still collecting, late answers added.
export function publicationNotes(period) {
  if (!period) return null;
  const notes = [];
  const open = period.openWeeks || 0;
  const through = (period.publishedThrough || '').replace(/^\d{4}-W0?/, 'week ');
  if (open && open >= (period.weeks || 1)) {
    notes.push('This period has not been published yet: its answers are still being collected. ' +
      'A week is published a few days after it ends, and only whole groups are ever shown.');
  } else if (open) {
    notes.push(`The last ${open === 1 ? 'week' : `${open} weeks`} of this period ${open === 1 ? 'is' : 'are'} still ` +
      `collecting answers; the figures cover the weeks published so far${through ? `, through ${through}` : ''}.`);
  }
  if (period.revisedOn) notes.push(`Late answers were added to these figures on ${DATE_YEAR.format(new Date(`${period.revisedOn}T00:00:00Z`))}.`);
  return notes.length ? h('div', { class: 'notes', role: 'note' }, notes.map((text) => h('p', { class: 'notice' }, text))) : null;
}

// Returns true while no week of the period is published yet: its figures are being collected,
// and "no data" would say, untruly, that nobody answered.
export function collecting(period) {
  return !!period && (period.openWeeks || 0) >= (period.weeks || 1);
}

export const COLLECTING_TEXT = 'Still collecting answers: a week is published a few days after it ends';

// Returns the content of a table cell for a 0-100 estimate, and its class.
export function estimateCell(estimate, k, { heat = true, format = score, open = false } = {}) {
  if (published(estimate)) {
    const interval = estimate.ciLow !== undefined && estimate.ciHigh !== undefined
      ? ` (95% interval ${format(estimate.ciLow)}–${format(estimate.ciHigh)})` : '';
    return { className: heat ? heatClass(estimate.value) : '', title: `${format(estimate.value)}${interval}`,
      content: [format(estimate.value)] };
  }
  if (estimate && estimate.status === SUPPRESSED) {
    return { className: 'cell-suppressed', title: suppressedText(k),
      content: ['Held back', h('span', { class: 'cell-sub' }, 'small groups')] };
  }
  if (open) return { className: 'cell-nodata', title: COLLECTING_TEXT, content: ['Collecting'] };
  return { className: 'cell-nodata', title: 'No answers in this period', content: ['No data'] };
}

// Returns a trend mark: "▲ +4.2", "▼ −3.0", or "steady" when the change is not significant.
// With words, a significant change reads "▲ rise" / "▼ drop" and its size goes to the tooltip
// (for figures whose change is in other units than the figure shown beside it).
export function trendMark(trend, { words = false } = {}) {
  if (!trend || trend.status !== PUBLISHED || trend.change === undefined) {
    return h('span', { class: 'trend-flat' }, trend && trend.status === SUPPRESSED ? 'held back' : '–');
  }
  const p = trend.pValue !== undefined ? `, p = ${trend.pValue < 0.001 ? '< 0.001' : trend.pValue.toFixed(3)}` : '';
  const size = words && trend.previous !== undefined
    ? `from ${trend.previous.toFixed(2)} to ${(trend.previous + trend.change).toFixed(2)} (${signed(trend.change, 2)})` : signed(trend.change);
  if (trend.direction === 'TREND_DIRECTION_UP') {
    return h('span', { class: 'trend-up', title: `Significant rise ${size}${p}` }, words ? '▲ rise' : `▲ ${signed(trend.change)}`,
      h('span', { class: 'visually-hidden' }, ' significant rise'));
  }
  if (trend.direction === 'TREND_DIRECTION_DOWN') {
    return h('span', { class: 'trend-down', title: `Significant drop ${size}${p}` }, words ? '▼ drop' : `▼ ${signed(trend.change)}`,
      h('span', { class: 'visually-hidden' }, ' significant drop'));
  }
  // No significant change: a number would only invite reading noise.
  return h('span', { class: 'trend-flat', title: `Change ${size}, not significant${p}` }, 'steady');
}

// Returns a participation figure: "82%" with flags.
export function participationText(participation, k, open = false) {
  if (!participation || participation.status !== PUBLISHED || participation.rate === undefined) {
    if (participation && participation.status === SUPPRESSED) return { text: 'Held back', title: suppressedText(k), suppressed: true };
    return open ? { text: 'Collecting', title: COLLECTING_TEXT } : { text: 'No data', title: 'Nobody answered in this period' };
  }
  const weeks = participation.weeks || 0;
  const staffWeeks = participation.staffWeeks;
  return { text: percent(participation.rate),
    title: staffWeeks !== undefined
      ? `${participation.sessions} sessions ÷ ${Math.round(staffWeeks)} staff-weeks (each store’s headcount × its ` +
        `published weeks): the average share of staff who answered each week`
      : `${participation.sessions} sessions over ${weeks} published week${weeks === 1 ? '' : 's'}, ` +
        `of ${participation.headcount} staff: the average share of staff who answered each week`,
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

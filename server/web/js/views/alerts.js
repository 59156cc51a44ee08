// Alerts: significant drops, low participation, polarised stores, quarantined answers; grouped by
// store, the stores with the most serious alerts first. Overdue self-assessments, which may be a
// region's or the organisation's, are listed on their own.
import { get, query } from '../api.js';
import { h, fill } from '../dom.js';
import { ALERTS } from '../labels.js';
import { periodFilters } from './report_parts.js';

export async function render(main, { params, navigate, isCurrent }) {
  const filters = { period: params.get('period') || '4w', at: params.get('at') || '', region: params.get('region') || '' };
  const [report, overview] = await Promise.all([
    get(`/api/v1/reports/alerts${query(filters)}`),
    get(`/api/v1/reports/overview${query({ period: filters.period, at: filters.at, page_size: 1 })}`).catch(() => ({})),
  ]);
  if (!isCurrent()) return;
  document.title = 'Alerts · Storepulse';
  const all = report.alerts || [];
  const overdue = all.filter((a) => a.kind === OVERDUE);
  const alerts = all.filter((a) => a.kind !== OVERDUE);
  const counts = new Map();
  for (const a of all) counts.set(a.kind, (counts.get(a.kind) || 0) + 1);
  const link = new URLSearchParams({ period: filters.period, ...(filters.at ? { at: filters.at } : {}) });

  fill(main,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Alerts'), h('p', {}, `${report.period ? report.period.label : ''} · ${all.length} alert${all.length === 1 ? '' : 's'}`)),
      periodFilters({ ...filters, at: filters.at || (report.period && report.period.at) }, overview.regionNames || [],
        (next) => navigate('alerts', null, Object.fromEntries(Object.entries(next).filter(([, v]) => v))))),
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Alerts by kind' },
      Object.entries(ALERTS).map(([kind, [label]]) => h('section', { class: 'card' }, h('h2', {}, label),
        h('p', { class: 'metric' }, String(counts.get(kind) || 0))))),
    overdue.length ? h('section', { class: 'panel', 'aria-labelledby': 'overdue-title' },
      h('h2', { id: 'overdue-title' }, 'CX maturity self-assessments overdue'),
      h('ul', { class: 'alert-rows overdue-rows' }, overdue.map((a) => h('li', { dataset: { scope: a.scope || '', since: a.since || '' } },
        h('span', { class: 'badge badge-warn' }, a.locationName), ' ', h('span', {}, a.message), ' ',
        h('a', { href: '#/assessments' }, 'Assessments'))))) : null,
    alerts.length ? [
      h('p', { class: 'metric-note' }, 'Stores with the most serious alerts first: a drop of the index, then of a core ' +
        'dimension, then other drops, polarised opinions and low participation, then checks on the data.'),
      h('ol', { class: 'alert-list', 'aria-label': 'Stores with alerts' }, byStore(alerts).map((group) => {
        const first = group.alerts[0];
        const tone = (ALERTS[first.kind] || [first.kind, 'muted'])[1];
        return h('li', { class: `alert-item kind-${tone}`, dataset: { top: String(group.top), store: first.locationId } },
          h('div', { class: 'alert-body' },
            h('a', { href: `#/store/${first.locationId}?${link}` }, h('strong', {}, first.locationName)),
            h('span', { class: 'store-meta' }, ` ${first.locationCode} · ${first.region} · ` +
              `${group.alerts.length} alert${group.alerts.length === 1 ? '' : 's'}`),
            h('ul', { class: 'alert-rows' }, group.alerts.map(alertRow))));
      }))]
      : h('p', { class: 'notice' }, 'No store alerts for this period. Every visible store is steady.'));
}

function alertRow(a) {
  const [label, tone] = ALERTS[a.kind] || [a.kind, 'muted'];
  const badge = tone === 'danger' ? 'badge-danger' : tone === 'warn' ? 'badge-warn' : 'badge-muted';
  // The message names what dropped or is split, and the two periods compared.
  return h('li', {}, h('span', { class: `badge ${badge}` }, label), ' ', h('span', {}, a.message));
}

const OVERDUE = 'ALERT_KIND_MATURITY_OVERDUE';
const CORE = new Set(['DIMENSION_VALUES', 'DIMENSION_EMPOWERMENT', 'DIMENSION_RECOGNITION']);

// How serious one alert is: a drop of the index above a drop of a core dimension above any other
// drop, then polarised opinions and low participation, then the checks on the data.
export function severity(a) {
  switch (a.kind) {
    case 'ALERT_KIND_SIGNIFICANT_DROP':
      if (!a.dimension || a.dimension === 'DIMENSION_UNSPECIFIED') return 6;
      return CORE.has(a.dimension) ? 5 : 4;
    case 'ALERT_KIND_POLARISED': return 3;
    case 'ALERT_KIND_LOW_PARTICIPATION': return 3;
    default: return 1;
  }
}

// Groups alerts by store: each store's alerts most serious first, the stores ranked by their most
// serious alert, then by the sum of all of them, then by the largest drop.
export function byStore(alerts) {
  const groups = new Map();
  for (const a of alerts) {
    if (!groups.has(a.locationId)) groups.set(a.locationId, { alerts: [] });
    groups.get(a.locationId).alerts.push(a);
  }
  const drop = (a) => (a.previous !== undefined && a.value !== undefined ? a.previous - a.value : 0);
  const ranked = [...groups.values()].map((g) => {
    g.alerts.sort((x, y) => severity(y) - severity(x) || drop(y) - drop(x));
    return { ...g, top: severity(g.alerts[0]), total: g.alerts.reduce((s, a) => s + severity(a), 0),
      drop: Math.max(...g.alerts.map(drop)) };
  });
  return ranked.sort((x, y) => y.top - x.top || y.total - x.total || y.drop - x.drop
    || x.alerts[0].locationName.localeCompare(y.alerts[0].locationName));
}

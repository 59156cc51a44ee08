// Overview: a heatmap of stores x dimensions with CHI, trend and participation.
import { get, query } from '../api.js';
import { h, fill, score, announce } from '../dom.js';
import { DIMENSIONS, dimensionLabel, ALERTS } from '../labels.js';
import { collecting, estimateCell, heatLegend, participationText, periodFilters, periodLabel, publicationNotes, published,
  trendMark, PUBLISHED, suppressedText } from './report_parts.js';

let sortState = { key: 'chi', dir: 'ascending' };

export async function render(main, { params, navigate, isCurrent, session }) {
  const filters = { period: params.get('period') || '4w', at: params.get('at') || '', region: params.get('region') || '' };
  const report = await get(`/api/v1/reports/overview${query(filters)}`);
  if (!isCurrent()) return;
  const k = report.minGroupSize || 5;
  const dims = report.dimensions || [];
  const stores = report.stores || [];
  const scope = filters.region
    ? (report.regions || []).find((r) => r.name === filters.region) || report.organisation
    : report.organisation;
  document.title = 'Overview · Storepulse';

  const head = h('div', { class: 'page-head' },
    h('div', {},
      h('h1', {}, session.role === 'manager' ? 'Your stores' : 'Culture health overview'),
      h('p', {}, `${periodLabel(report.period)} · ${stores.length} store${stores.length === 1 ? '' : 's'}` +
        (filters.region ? ` in ${filters.region}` : ''))),
    periodFilters({ ...filters, at: filters.at || (report.period && report.period.at) }, report.regionNames || [],
      (next) => navigate('overview', null, clean(next))));

  const table = heatmap(report, dims, stores, k, filters);
  fill(main, head, publicationNotes(report.period), heldBackNote(report, k), withheldNote(scope, report),
    summaryCards(scope, stores, k, collecting(report.period)),
    h('section', { class: 'panel', 'aria-labelledby': 'heatmap-title' },
      h('div', { class: 'panel-head' },
        h('h2', { id: 'heatmap-title' }, 'Stores by dimension'),
        h('p', {}, 'Select a column heading to sort. Select a store for its trends and empowerment.')),
      h('div', { class: 'table-wrap' }, table),
      heatLegend(k)));
  // Read by the browser test's first-load measurement.
  window.__storepulseOverviewRendered = performance.now();
}

// HR only: late sessions that wait until their week's group can take them without singling anyone out.
function heldBackNote(report, k) {
  if (!report.heldBackSome) return null;
  const count = report.heldBack !== undefined ? `${report.heldBack} late sessions wait` : 'Some late sessions wait';
  return h('p', { class: 'notice' }, `${count} for their published weeks: they are added once at least ${k} have ` +
    'arrived for the same group of weeks, so that no figure moves by fewer than that.');
}

// Managers: a region or organisation figure is shown only where other stores' answers are
// enough that it cannot be narrowed down to one or two of them.
function withheldNote(scope, report) {
  if (!scope || !scope.withheldForComparison) return null;
  const n = report.comparisonMinStores || 3;
  return h('p', { class: 'notice' }, `Some ${scope.name === 'Organisation' ? 'organisation' : `${scope.name} region`} ` +
    `figures are held back: they are shown only where at least ${n} stores other than yours have published figures.`);
}

function clean(values) {
  const out = {};
  for (const [key, value] of Object.entries(values)) if (value) out[key] = value;
  return out;
}

function summaryCards(scope, stores, k, open) {
  if (!scope) return null;
  const chi = scope.chi;
  const participation = participationText(scope.participation, k, open);
  const unpublished = (estimate) => (estimate && estimate.status === 'CELL_STATUS_SUPPRESSED' ? 'Held back' : open ? 'Collecting' : '–');
  const consistency = scope.consistency || {};
  const withAlerts = stores.filter((s) => (s.alerts || []).length).length;
  const card = (title, value, note) => h('section', { class: 'card' }, h('h2', {}, title),
    h('p', { class: 'metric' }, value), note ? h('p', { class: 'metric-note' }, note) : null);
  return h('div', { class: 'cards', role: 'group', 'aria-label': `${scope.name || 'Organisation'} summary` },
    card(`${scope.name || 'Organisation'} CHI`, published(chi) ? score(chi.value) : unpublished(chi),
      h('span', {}, 'Trend: ', trendMark(scope.chiTrend))),
    card('Participation', participation.text, participation.title),
    // The spread of store CHIs is for HR only: with a manager's own stores it could narrow down others.
    scope.consistency ? card('Consistency (CHI IQR)', consistency.status === PUBLISHED ? score(consistency.iqr) : '–',
      consistency.status === PUBLISHED ? `Median ${score(consistency.median)} across ${consistency.stores} stores` :
        'Needs two stores with a published CHI') : null,
    card('eNPS', published(scope.enps) ? Math.round(scope.enps.value).toString() : unpublished(scope.enps), 'Promoters minus detractors'),
    card('Stores with alerts', String(withAlerts), h('a', { href: '#/alerts' }, 'See alerts')));
}

function sortValue(store, key) {
  if (key === 'name') return store.name || '';
  if (key === 'region') return store.region || '';
  if (key === 'chi') return published(store.chi) ? store.chi.value : null;
  if (key === 'trend') return store.chiTrend && store.chiTrend.change !== undefined ? store.chiTrend.change : null;
  if (key === 'participation') return store.participation && store.participation.rate !== undefined ? store.participation.rate : null;
  if (key.startsWith('dim:')) {
    const d = (store.dimensions || []).find((x) => x.dimension === key.slice(4));
    return d && published(d.score) ? d.score.value : null;
  }
  return null;
}

function sorted(stores) {
  const { key, dir } = sortState;
  const sign = dir === 'ascending' ? 1 : -1;
  return [...stores].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb === null) return (a.name || '').localeCompare(b.name || '');
    if (va === null) return 1;  // unpublished figures always last
    if (vb === null) return -1;
    return (typeof va === 'string' ? va.localeCompare(vb) : va - vb) * sign;
  });
}

function heatmap(report, dims, stores, k, filters) {
  const columns = [
    { key: 'name', label: 'Store', row: true },
    { key: 'chi', label: 'CHI', title: 'Culture Health Index: mean of values, empowerment and recognition' },
    ...dims.map((d) => ({ key: `dim:${d}`, label: DIMENSIONS[d] || d })),
    { key: 'trend', label: 'CHI trend' },
    { key: 'participation', label: 'Participation' },
  ];
  const table = h('table', { class: 'heatmap', id: 'heatmap' },
    h('caption', { class: 'visually-hidden' }, `Scores 0 to 100 per store, ${periodLabel(report.period)}`));
  const headRow = h('tr');
  const body = h('tbody');

  const drawHead = () => {
    fill(headRow, columns.map((col) => {
      const sort = sortState.key === col.key ? sortState.dir : 'none';
      const button = h('button', { class: 'sort', type: 'button', title: col.title,
        onclick: () => {
          sortState = { key: col.key, dir: sortState.key === col.key && sortState.dir === 'ascending' ? 'descending' : 'ascending' };
          drawHead();
          drawBody();
          announce(`Sorted by ${col.label}, ${sortState.dir}`);
        } }, col.label);
      return h('th', { scope: 'col', class: col.row ? '' : 'num', 'aria-sort': sort }, button);
    }));
  };
  const drawBody = () => {
    if (!stores.length) {
      fill(body, h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, 'No stores match these filters.')));
      return;
    }
    fill(body, sorted(stores).map((store) => storeRow(store, dims, k, filters, collecting(report.period))));
  };
  drawHead();
  drawBody();
  table.append(h('thead', {}, headRow), body);
  return table;
}

function storeRow(store, dims, k, filters, open) {
  const link = new URLSearchParams();
  if (filters.period) link.set('period', filters.period);
  if (filters.at) link.set('at', filters.at);
  const alerts = (store.alerts || []).map((kind) => {
    const [label, tone] = ALERTS[kind] || [kind, 'muted'];
    return h('span', { class: `badge badge-${tone === 'danger' ? 'danger' : tone === 'warn' ? 'warn' : 'muted'}` }, label);
  });
  const cell = (estimate, label) => {
    const c = estimateCell(estimate, k, { open });
    return h('td', { class: `cell ${c.className}`, title: `${label}: ${c.title}` }, c.content);
  };
  const p = participationText(store.participation, k, open);
  return h('tr', { dataset: { locationId: store.locationId } },
    h('th', { scope: 'row' },
      h('a', { class: 'store-name', href: `#/store/${store.locationId}${link.toString() ? `?${link}` : ''}` }, store.name),
      h('span', { class: 'store-meta' }, `${store.code} · ${store.region}`),
      alerts.length ? h('div', {}, alerts) : null),
    cell(store.chi, 'CHI'),
    dims.map((d) => {
      const found = (store.dimensions || []).find((x) => x.dimension === d);
      return cell(found ? found.score : undefined, dimensionLabel(d));
    }),
    h('td', { class: 'num' }, trendMark(store.chiTrend)),
    h('td', { class: `num ${p.suppressed ? 'cell-suppressed' : ''}`, title: p.suppressed ? suppressedText(k) : p.title },
      p.text,
      p.above ? h('span', { class: 'cell-sub' }, h('span', { class: 'badge badge-warn' }, 'above headcount')) : null,
      p.low ? h('span', { class: 'cell-sub' }, 'low') : null,
      p.suppressed ? h('span', { class: 'cell-sub' }, 'small groups') : null));
}


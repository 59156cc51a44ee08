// Overview: the organisation and its regions by dimension, then the stores of the chosen region
// (or all of them) a page at a time, sorted, filtered and searched by the server.
import { get, query } from '../api.js';
import { h, fill, score, announce } from '../dom.js';
import { DIMENSIONS, dimensionLabel, ALERTS } from '../labels.js';
import { collecting, estimateCell, heatLegend, participationText, periodFilters, periodLabel, publicationNotes, published,
  trendMark, PUBLISHED, suppressedText } from './report_parts.js';

const PAGE_SIZE = 50;
const COUNT = new Intl.NumberFormat('en-GB');
// The server's sort columns that the table has no heading for.
const EXTRA_SORTS = [['code', 'Store code'], ['region', 'Region'], ['alerts', 'Alerts']];

export async function render(main, { params, navigate, isCurrent, session }) {
  const filters = { period: params.get('period') || '4w', at: params.get('at') || '', region: params.get('region') || '' };
  const paging = { sort: params.get('sort') || 'chi', order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1), search: (params.get('search') || '').slice(0, 100) };
  const report = await get(overviewPath(filters, paging));
  if (!isCurrent()) return;
  const k = report.minGroupSize || 5;
  const dims = report.dimensions || [];
  const open = collecting(report.period);
  const scope = filters.region
    ? (report.regions || []).find((r) => r.name === filters.region) || report.organisation
    : report.organisation;
  const page = report.page || {};
  document.title = 'Overview · Storepulse';

  const regionLink = (region) => `#/overview?${new URLSearchParams(clean({ ...filters, region,
    sort: paging.sort, order: paging.order }))}`;
  const head = h('div', { class: 'page-head' },
    h('div', {},
      h('h1', {}, session.role === 'manager' ? 'Your stores' : 'Culture health overview'),
      h('p', {}, `${periodLabel(report.period)} · ${storeCount(page.storesInScope || 0)}`)),
    periodFilters({ ...filters, at: filters.at || (report.period && report.period.at) }, report.regionNames || [],
      (next) => navigate('overview', null, clean({ ...next, sort: paging.sort, order: paging.order }))));

  const stores = storesPanel(report, { dims, k, open, filters, paging, isCurrent });
  fill(main, head, publicationNotes(report.period), heldBackNote(report, k), withheldNote(scope, report),
    summaryCards(scope, page, k, open, filters),
    regionsPanel(report, dims, k, open, filters.region, regionLink),
    stores.panel);
  stores.draw(report);
  // Read by the first-view benchmark (bench/dashboard_first_view_bench.cpp).
  window.__storepulseOverviewRendered = performance.now();
}

function overviewPath(filters, paging) {
  return `/api/v1/reports/overview${query({ ...filters, sort: paging.sort, order: paging.order,
    page: paging.page > 1 ? paging.page : '', page_size: PAGE_SIZE, search: paging.search })}`;
}

function storeCount(n) {
  return `${COUNT.format(n)} store${n === 1 ? '' : 's'}`;
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

function summaryCards(scope, page, k, open, filters) {
  if (!scope) return null;
  const chi = scope.chi;
  const participation = participationText(scope.participation, k, open);
  const unpublished = (estimate) => (estimate && estimate.status === 'CELL_STATUS_SUPPRESSED' ? 'Held back' : open ? 'Collecting' : '–');
  const consistency = scope.consistency || {};
  const alerts = `#/alerts?${new URLSearchParams(clean({ period: filters.period, at: filters.at, region: filters.region }))}`;
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
    card('Stores with alerts', COUNT.format(page.storesWithAlerts || 0), h('a', { href: alerts }, 'See alerts')));
}

// Returns the heading cells of a heatmap: the name column, CHI, each dimension, trend, participation.
function columns(dims) {
  return [
    { key: 'name', label: 'Store', row: true },
    { key: 'chi', label: 'CHI', title: 'Culture Health Index: mean of values, empowerment and recognition' },
    ...dims.map((d) => ({ key: d.replace(/^DIMENSION_/, '').toLowerCase(), label: DIMENSIONS[d] || d })),
    { key: 'trend', label: 'CHI trend' },
    { key: 'participation', label: 'Participation' },
  ];
}

// Returns the figure cells of a store or of a region: CHI, each dimension, trend and participation.
function figureCells(item, dims, k, open) {
  const cell = (estimate, label) => {
    const c = estimateCell(estimate, k, { open });
    return h('td', { class: `cell ${c.className}`, title: `${label}: ${c.title}` }, c.content);
  };
  const p = participationText(item.participation, k, open);
  return [
    cell(item.chi, 'CHI'),
    dims.map((d) => {
      const found = (item.dimensions || []).find((x) => x.dimension === d);
      return cell(found ? found.score : undefined, dimensionLabel(d));
    }),
    h('td', { class: 'num' }, trendMark(item.chiTrend)),
    h('td', { class: `num ${p.suppressed ? 'cell-suppressed' : ''}`, title: p.suppressed ? suppressedText(k) : p.title },
      p.text,
      p.above ? h('span', { class: 'cell-sub' }, h('span', { class: 'badge badge-warn' }, 'above headcount')) : null,
      p.low ? h('span', { class: 'cell-sub' }, 'low') : null,
      p.suppressed ? h('span', { class: 'cell-sub' }, 'small groups') : null),
  ];
}

// Returns a row for the organisation or a region; its name links to its stores.
function scopeRow(scope, dims, k, open, { href, current = false, reference = false }) {
  return h('tr', { class: `${reference ? 'row-reference' : ''} ${current ? 'row-current' : ''}`.trim(),
    'aria-current': current ? 'true' : null, dataset: { region: scope.kind === 'SCOPE_KIND_REGION' ? scope.name : '' } },
  h('th', { scope: 'row' },
    href ? h('a', { class: 'store-name', href }, scope.name) : h('span', { class: 'store-name' }, scope.name),
    h('span', { class: 'store-meta' }, storeCount(scope.stores || 0))),
  figureCells(scope, dims, k, open));
}

function regionsPanel(report, dims, k, open, region, regionLink) {
  const regions = report.regions || [];
  const table = h('table', { class: 'heatmap', id: 'regions' },
    h('caption', { class: 'visually-hidden' }, `Scores 0 to 100 for the organisation and each region, ${periodLabel(report.period)}`),
    h('thead', {}, h('tr', {}, columns(dims).map((col) => h('th', { scope: 'col', class: col.row ? '' : 'num', title: col.title },
      col.row ? 'Region' : col.label)))),
    h('tbody', {},
      report.organisation ? scopeRow(report.organisation, dims, k, open, { href: regionLink(''), current: !region }) : null,
      regions.map((r) => scopeRow(r, dims, k, open, { href: regionLink(r.name), current: r.name === region }))));
  return h('section', { class: 'panel', 'aria-labelledby': 'regions-title' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'regions-title' }, 'Regions by dimension'),
      h('p', {}, 'Select a region for its stores.')),
    h('div', { class: 'table-wrap' }, table));
}

// Returns the stores panel: search, sort, the table and the pager; draw(report) fills it and
// later pages, orders and searches are fetched and drawn in place.
function storesPanel(first, { dims, k, open, filters, paging, isCurrent }) {
  const state = { ...paging };
  const cols = columns(dims);
  const headRow = h('tr');
  const references = h('tbody', { class: 'references' });
  const body = h('tbody');
  // The same pager above and below the table; only the upper one is announced.
  const pagers = ['top', 'bottom'].map((where) => ({
    status: h('p', { class: 'pager-status', id: `pager-status-${where}`, 'aria-live': where === 'top' ? 'polite' : null }),
    previous: h('button', { type: 'button', class: 'button button-quiet', id: `page-previous-${where}` }, '← Previous'),
    next: h('button', { type: 'button', class: 'button button-quiet', id: `page-next-${where}` }, 'Next →'),
  }));
  const search = h('input', { id: 'store-search', name: 'search', type: 'search', maxlength: 100, value: state.search,
    placeholder: 'Name or code', autocomplete: 'off' });
  const sortSelect = h('select', { id: 'store-sort', name: 'sort' },
    [...cols.map((c) => [c.key, c.key === 'name' ? 'Store name' : c.label]), ...EXTRA_SORTS]
      .map(([value, label]) => h('option', { value }, label)));
  const orderSelect = h('select', { id: 'store-order', name: 'order' },
    h('option', { value: 'asc' }, 'Ascending'), h('option', { value: 'desc' }, 'Descending'));
  let requests = 0;
  let typing = 0;

  const load = async (change) => {
    Object.assign(state, change);
    const token = ++requests;
    const params = clean({ ...filters, sort: state.sort, order: state.order, page: state.page > 1 ? state.page : '',
      search: state.search });
    history.replaceState(null, '', `#/overview${query(params)}`);
    try {
      const answer = await get(overviewPath(filters, state));
      if (token !== requests || !isCurrent()) return;
      draw(answer);
    } catch (error) {
      if (token !== requests || !isCurrent()) return;
      fill(body, h('tr', {}, h('td', { colspan: cols.length, class: 'error', role: 'alert' }, error.message)));
    }
  };

  const draw = (answer) => {
    const page = answer.page || {};
    state.page = page.page || 1;
    sortSelect.value = state.sort;
    orderSelect.value = state.order;
    fill(headRow, cols.map((col) => {
      const sort = state.sort === col.key ? (state.order === 'desc' ? 'descending' : 'ascending') : 'none';
      return h('th', { scope: 'col', class: col.row ? '' : 'num', 'aria-sort': sort },
        h('button', { class: 'sort', type: 'button', title: col.title, onclick: () => {
          const order = state.sort === col.key && state.order === 'asc' ? 'desc' : 'asc';
          announce(`Sorted by ${col.label}, ${order === 'asc' ? 'ascending' : 'descending'}`);
          load({ sort: col.key, order, page: 1 });
        } }, col.label));
    }));
    const stores = answer.stores || [];
    const region = filters.region ? (answer.regions || []).find((r) => r.name === filters.region) : null;
    // The organisation (and the region) stay on top, whatever the order of the stores.
    fill(references, answer.organisation ? scopeRow(answer.organisation, dims, k, open, { reference: true }) : null,
      region ? scopeRow(region, dims, k, open, { reference: true }) : null);
    fill(body, stores.length ? stores.map((store) => storeRow(store, dims, k, filters, open))
      : h('tr', {}, h('td', { colspan: cols.length, class: 'empty' },
        state.search ? `No store's name or code contains “${state.search}”.` : 'No stores match these filters.')));
    const matching = page.storesMatching || 0;
    const from = (state.page - 1) * (page.pageSize || PAGE_SIZE);
    const text = stores.length
      ? `Stores ${COUNT.format(from + 1)}–${COUNT.format(from + stores.length)} of ${COUNT.format(matching)}` +
        (state.search ? ` matching “${state.search}”` : '')
      : `No stores on this page (${COUNT.format(matching)} in all)`;
    for (const pager of pagers) {
      pager.status.textContent = text;
      pager.previous.disabled = state.page <= 1;
      pager.next.disabled = state.page >= (page.pages || 0);
    }
  };

  for (const pager of pagers) {
    pager.previous.addEventListener('click', () => load({ page: state.page - 1 }));
    pager.next.addEventListener('click', () => load({ page: state.page + 1 }));
  }
  sortSelect.addEventListener('change', () => load({ sort: sortSelect.value, page: 1 }));
  orderSelect.addEventListener('change', () => load({ order: orderSelect.value, page: 1 }));
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => load({ search: search.value.trim(), page: 1 }), 300);
  });
  const toolbar = h('form', { class: 'filters store-tools', role: 'search', 'aria-label': 'Find and sort stores',
    onsubmit: (e) => { e.preventDefault(); clearTimeout(typing); load({ search: search.value.trim(), page: 1 }); } },
  h('label', { class: 'field', for: 'store-search' }, 'Search stores', search),
  h('label', { class: 'field', for: 'store-sort' }, 'Sort by', sortSelect),
  h('label', { class: 'field', for: 'store-order' }, 'Order', orderSelect));
  const table = h('table', { class: 'heatmap', id: 'heatmap' },
    h('caption', { class: 'visually-hidden' }, `Scores 0 to 100 per store, ${periodLabel(first.period)}`),
    h('thead', {}, headRow), references, body);
  const [top, bottom] = pagers.map((pager, i) => h('nav', { class: 'pager',
    'aria-label': i === 0 ? 'Pages of stores' : 'Pages of stores, below the table' }, pager.status,
    h('div', { class: 'pager-buttons' }, pager.previous, pager.next)));
  const panel = h('section', { class: 'panel', 'aria-labelledby': 'heatmap-title' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'heatmap-title' }, filters.region ? `Stores in ${filters.region}` : 'All stores'),
      h('p', {}, 'Select a column heading to sort; stores whose figure is held back come last, by name. ' +
        'Select a store for its trends and empowerment.')),
    toolbar, top, h('div', { class: 'table-wrap' }, table), bottom, heatLegend(k));
  return { panel, draw };
}

function storeRow(store, dims, k, filters, open) {
  const link = new URLSearchParams();
  if (filters.period) link.set('period', filters.period);
  if (filters.at) link.set('at', filters.at);
  const alerts = (store.alerts || []).map((kind) => {
    const [label, tone] = ALERTS[kind] || [kind, 'muted'];
    return h('span', { class: `badge badge-${tone === 'danger' ? 'danger' : tone === 'warn' ? 'warn' : 'muted'}` }, label);
  });
  return h('tr', { dataset: { locationId: store.locationId } },
    h('th', { scope: 'row' },
      h('a', { class: 'store-name', href: `#/store/${store.locationId}${link.toString() ? `?${link}` : ''}` }, store.name),
      h('span', { class: 'store-meta' }, `${store.code} · ${store.region}`),
      alerts.length ? h('div', {}, alerts) : null),
    figureCells(store, dims, k, open));
}

// Plans: every plan the caller may see, by region, store, status and owner; overdue plans
// highlighted; stores that dropped significantly with no open plan on that dimension.
import { get, query } from '../api.js';
import { h, fill } from '../dom.js';
import { PLAN_STATUSES, dimensionLabel } from '../labels.js';
import { actingPanel, planTable } from './plan_parts.js';

const STATUS_CHOICES = [['', 'Any status'], ['open', 'Open (planned or in progress)'],
  ...Object.entries(PLAN_STATUSES).map(([key, [label]]) => [key.replace('PLAN_STATUS_', '').toLowerCase(), label])];

export async function render(main, { session, params, navigate, isCurrent }) {
  const filters = { region: params.get('region') || '', store: params.get('store') || '', status: params.get('status') || '',
    owner: params.get('owner') || '' };
  const hr = session.role === 'hr_admin';
  // Only HR sees the comparison of stores that acted: a manager's could narrow down to a few stores.
  const [list, acting] = await Promise.all([get('/api/v1/plans'), hr ? get('/api/v1/plans/acting') : null]);
  if (!isCurrent()) return;
  document.title = 'Plans · Storepulse';
  const all = list.plans || [];
  const regions = [...new Set(all.map((p) => p.region).filter(Boolean))].sort();
  const stores = [...new Map(all.filter((p) => p.locationCode).map((p) => [p.locationCode, p.locationName])).entries()].sort();
  const owners = [...new Set(all.map((p) => p.owner))].sort();
  const shown = all.filter((p) => (!filters.region || p.region === filters.region)
    && (!filters.store || p.locationCode === filters.store)
    && (!filters.status || (filters.status === 'open' ? isOpen(p) : p.status === `PLAN_STATUS_${filters.status.toUpperCase()}`))
    && (!filters.owner || p.owner === filters.owner));
  const overdue = shown.filter((p) => p.overdue).length;
  const open = shown.filter(isOpen).length;
  const exportQuery = query({ region: filters.region, status: filters.status });

  const select = (id, label, value, choices) => h('label', { class: 'field', for: id }, label,
    h('select', { id, onchange: (event) => navigate('plans', null, clean({ ...filters, [id.replace('plan-filter-', '')]: event.target.value })) },
      choices.map(([key, text]) => h('option', { value: key, selected: key === value }, text))));

  fill(main,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Action plans'),
        h('p', {}, hr ? 'Every store’s plans, and stores that dropped without one.' : 'The plans of your stores, and those of your region and the organisation.')),
      h('div', { class: 'head-actions' },
        hr ? h('a', { class: 'button', href: '#/plan-new?scope=organisation' }, 'New region or organisation plan') : null,
        h('a', { class: 'button button-quiet', href: `/api/v1/plans/export.csv${exportQuery}`, download: '' }, 'Download CSV'))),
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Plan summary' },
      h('section', { class: 'card' }, h('h2', {}, 'Plans shown'), h('p', { class: 'metric' }, String(shown.length))),
      h('section', { class: 'card' }, h('h2', {}, 'Open'), h('p', { class: 'metric' }, String(open))),
      h('section', { class: 'card' }, h('h2', {}, 'Overdue'), h('p', { class: `metric${overdue ? ' metric-danger' : ''}` }, String(overdue))),
      h('section', { class: 'card' }, h('h2', {}, 'Drops without a plan'),
        h('p', { class: `metric${(list.unplannedDrops || []).length ? ' metric-danger' : ''}` }, String((list.unplannedDrops || []).length)))),
    dropsPanel(list),
    acting ? actingPanel(acting) : null,
    h('section', { class: 'panel', 'aria-labelledby': 'plan-list-title' },
      h('h2', { id: 'plan-list-title' }, 'Plans'),
      h('div', { class: 'filters' },
        select('plan-filter-region', 'Region', filters.region, [['', 'Every region'], ...regions.map((r) => [r, r])]),
        select('plan-filter-store', 'Store', filters.store, [['', 'Every store'], ...stores.map(([code, name]) => [code, `${name} (${code})`])]),
        select('plan-filter-status', 'Status', filters.status, STATUS_CHOICES),
        select('plan-filter-owner', 'Owner', filters.owner, [['', 'Anyone'], ...owners.map((o) => [o, o])])),
      planTable(shown, { withPlace: true, caption: `${shown.length} plan${shown.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}` })));
}

const isOpen = (p) => p.status === 'PLAN_STATUS_PLANNED' || p.status === 'PLAN_STATUS_IN_PROGRESS';

function clean(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v));
}

function dropsPanel(list) {
  const drops = list.unplannedDrops || [];
  const period = list.dropsPeriod ? list.dropsPeriod.label : 'the last 4 weeks';
  return h('section', { class: 'panel', 'aria-labelledby': 'drops-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'drops-title' }, 'Dropped with no open plan'),
      h('p', {}, `Significant drops in ${period} that no open plan of the store, its region or the organisation addresses.`)),
    drops.length ? h('ul', { class: 'alert-list' }, drops.map(({ alert }) => {
      const params = new URLSearchParams({ location: alert.locationId });
      if (alert.dimension && alert.dimension !== 'DIMENSION_UNSPECIFIED') params.set('target', `dimension:${alert.dimension}`);
      return h('li', { class: 'alert-item kind-danger' },
        h('span', { class: 'badge badge-danger' }, 'No plan'),
        h('div', { class: 'alert-body' },
          h('a', { href: `#/store/${alert.locationId}` }, h('strong', {}, alert.locationName)),
          h('span', { class: 'store-meta' }, ` ${alert.locationCode} · ${alert.region} · ${dimensionLabel(alert.dimension)}`),
          h('p', {}, alert.message)),
        h('a', { class: 'button button-quiet', href: `#/plan-new?${params}` }, 'Start a plan'));
    })) : h('p', { class: 'metric-note' }, 'Every significant drop has an open plan.'));
}

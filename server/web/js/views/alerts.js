// Alerts: significant drops, low participation, polarised stores, quarantined answers.
import { get, query } from '../api.js';
import { h, fill } from '../dom.js';
import { ALERTS, dimensionLabel } from '../labels.js';
import { periodFilters } from './report_parts.js';

export async function render(main, { params, navigate, isCurrent }) {
  const filters = { period: params.get('period') || '4w', at: params.get('at') || '', region: params.get('region') || '' };
  const [report, overview] = await Promise.all([
    get(`/api/v1/reports/alerts${query(filters)}`),
    get(`/api/v1/reports/overview${query({ period: filters.period, at: filters.at, page_size: 1 })}`).catch(() => ({})),
  ]);
  if (!isCurrent()) return;
  document.title = 'Alerts · Storepulse';
  const alerts = report.alerts || [];
  const counts = new Map();
  for (const a of alerts) counts.set(a.kind, (counts.get(a.kind) || 0) + 1);
  const link = new URLSearchParams({ period: filters.period, ...(filters.at ? { at: filters.at } : {}) });

  fill(main,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Alerts'), h('p', {}, `${report.period ? report.period.label : ''} · ${alerts.length} alert${alerts.length === 1 ? '' : 's'}`)),
      periodFilters({ ...filters, at: filters.at || (report.period && report.period.at) }, overview.regionNames || [],
        (next) => navigate('alerts', null, Object.fromEntries(Object.entries(next).filter(([, v]) => v))))),
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Alerts by kind' },
      Object.entries(ALERTS).map(([kind, [label]]) => h('section', { class: 'card' }, h('h2', {}, label),
        h('p', { class: 'metric' }, String(counts.get(kind) || 0))))),
    alerts.length ? h('ul', { class: 'alert-list', 'aria-label': 'Alerts' }, alerts.map((a) => {
      const [label, tone] = ALERTS[a.kind] || [a.kind, 'muted'];
      const badge = tone === 'danger' ? 'badge-danger' : tone === 'warn' ? 'badge-warn' : 'badge-muted';
      return h('li', { class: `alert-item kind-${tone}` },
        h('span', { class: `badge ${badge}` }, label),
        h('div', { class: 'alert-body' },
          h('a', { href: `#/store/${a.locationId}?${link}` }, h('strong', {}, a.locationName)),
          h('span', { class: 'store-meta' }, ` ${a.locationCode} · ${a.region}` +
            (a.kind === 'ALERT_KIND_SIGNIFICANT_DROP' || a.kind === 'ALERT_KIND_POLARISED' ? ` · ${dimensionLabel(a.dimension)}` : '')),
          h('p', {}, a.message)));
    })) : h('p', { class: 'notice' }, 'No alerts for this period. Every visible store is steady.'));
}

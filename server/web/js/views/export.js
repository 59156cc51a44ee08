// Export: the same suppressed aggregates as the dashboard, as CSV for HR's own analysis.
import { get, query } from '../api.js';
import { h, fill } from '../dom.js';
import { periodFilters } from './report_parts.js';

export const EXPORT_PATH = '/api/v1/reports/export.csv';

export async function render(main, { params, navigate, isCurrent }) {
  const filters = { period: params.get('period') || '4w', at: params.get('at') || '', region: params.get('region') || '' };
  const overview = await get(`/api/v1/reports/overview${query({ period: filters.period, at: filters.at, page_size: 1 })}`).catch(() => ({}));
  if (!isCurrent()) return;
  document.title = 'Export · Storepulse';
  const href = `${EXPORT_PATH}${query(filters)}`;
  fill(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, 'Export'),
      h('p', {}, 'Download store scores for your own analysis.'))),
    h('section', { class: 'panel', 'aria-labelledby': 'export-title' },
      h('h2', { id: 'export-title' }, 'Scores as CSV'),
      periodFilters({ ...filters, at: filters.at || (overview.period && overview.period.at) }, overview.regionNames || [],
        (next) => navigate('export', null, Object.fromEntries(Object.entries(next).filter(([, v]) => v)))),
      h('p', {}, 'One row per store and figure, with the same suppression as on screen: a suppressed cell is marked, never filled in. ' +
        'Individual answers are never exported.'),
      h('p', {}, h('a', { class: 'button', href, download: '' }, 'Download CSV'))));
}

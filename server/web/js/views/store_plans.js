// The store page's plans: suggested focus areas from the store's published figures, and its plans.
import { get, query } from '../api.js';
import { h, fill } from '../dom.js';
import { targetId } from '../labels.js';
import { planTable } from './plan_parts.js';

// Returns the panel, filled once its data arrives; a failure shows in the panel only. The figure
// (an element) is what staff say of whether their feedback leads to action, shown first.
export function storePlansPanel(locationId, filters, navigate, figure) {
  const body = h('div', {}, h('p', { class: 'loading', role: 'status' }, 'Loading plans…'));
  const panel = h('section', { class: 'panel', 'aria-labelledby': 'plans-title', id: 'plans' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'plans-title' }, 'Focus and action plans'),
      h('p', {}, 'Suggested from this store’s published figures; start a plan in one click.')),
    figure, body);
  load(body, locationId, filters, navigate);
  return panel;
}

async function load(body, locationId, filters, navigate) {
  try {
    const [suggestions, list] = await Promise.all([
      get(`/api/v1/plans/suggestions${query({ location: locationId, period: filters.period, at: filters.at })}`),
      get(`/api/v1/plans${query({ location: locationId })}`),
    ]);
    const plans = list.plans || [];
    fill(body,
      h('h3', { id: 'focus-title' }, 'Suggested focus'),
      suggestionList(suggestions.suggestions || [], locationId, navigate),
      h('div', { class: 'subhead' }, h('h3', {}, 'Plans of this store'),
        h('a', { class: 'button button-quiet', href: `#/plan-new?${new URLSearchParams({ location: locationId })}` }, 'New plan')),
      planTable(plans, { caption: `${plans.length} plan${plans.length === 1 ? '' : 's'}` }));
  } catch (error) {
    fill(body, h('p', { class: 'error' }, error.message));
  }
}

function suggestionList(suggestions, locationId, navigate) {
  if (!suggestions.length) {
    return h('p', { class: 'metric-note' }, 'Nothing stands out in the published figures of this period: ' +
      'no significant drop, no empowerment figure below its mark, no dimension clearly under the organisation.');
  }
  return h('ol', { class: 'suggestions', 'aria-labelledby': 'focus-title' }, suggestions.map((s) => {
    const starter = (s.starters || [])[0];
    const start = () => navigate('plan-new', null, { location: locationId, target: targetId(s.target), ...(starter ? { starter: starter.key } : {}) });
    return h('li', { class: 'suggestion' },
      h('div', { class: 'suggestion-body' },
        h('h4', {}, s.target.label),
        h('p', {}, s.reason),
        starter ? h('p', { class: 'metric-note' }, `Starter action: ${starter.title}`) : null),
      s.openPlanId && s.openPlanId !== '0'
        ? h('a', { class: 'button button-quiet', href: `#/plan/${s.openPlanId}` }, 'See the open plan')
        : h('button', { type: 'button', class: 'button', onclick: start, 'aria-label': `Start a plan on ${s.target.label}` },
          'Start a plan'));
  }));
}

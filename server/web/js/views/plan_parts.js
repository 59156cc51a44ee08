// Pieces shared by the plan views: status badges, the plan table, "does acting work?".
import { h, percent, score, signed } from '../dom.js';
import { PLAN_STATUSES } from '../labels.js';
import { PUBLISHED } from './report_parts.js';

// Returns the status badge of a plan, with "Overdue" beside an open plan past its due date.
export function statusBadge(plan) {
  const [label, tone] = PLAN_STATUSES[plan.status] || [plan.status, 'muted'];
  return h('span', { class: 'plan-status' },
    h('span', { class: `badge badge-${tone}` }, label),
    plan.overdue ? h('span', { class: 'badge badge-danger' }, 'Overdue') : null);
}

// Returns a fact card: a title, a value and an optional note.
export function fact(title, value, note) {
  return h('section', { class: 'card' }, h('h2', {}, title), h('p', { class: 'fact' }, value),
    note ? h('p', { class: 'metric-note' }, note) : null);
}

// Returns "Northgate", "Region North" or "Organisation" for where a plan applies.
export function planPlace(plan) {
  if (plan.scope === 'SCOPE_KIND_REGION') return `Region ${plan.region}`;
  if (plan.scope === 'SCOPE_KIND_ORGANISATION') return 'Organisation';
  return plan.locationName;
}

// Returns a table of plans; withPlace adds the store or region column.
export function planTable(plans, { withPlace = false, caption = 'Plans' } = {}) {
  const columns = [withPlace ? 'Where' : null, 'Plan', 'Addresses', 'Owner', 'Due', 'Status'].filter(Boolean);
  const rows = plans.map((plan) => h('tr', { class: plan.overdue ? 'row-overdue' : null },
    withPlace ? h('td', {}, planPlace(plan), plan.scope === 'SCOPE_KIND_LOCATION'
      ? h('span', { class: 'store-meta' }, ` ${plan.locationCode} · ${plan.region}`) : null) : null,
    h('th', { scope: 'row' }, h('a', { href: `#/plan/${plan.id}` }, plan.title),
      plan.shared ? h('span', { class: 'store-meta' }, ' · shared with staff') : null),
    h('td', {}, plan.target ? plan.target.label : ''),
    h('td', {}, plan.owner),
    h('td', { class: 'nowrap' }, plan.dueOn),
    h('td', {}, statusBadge(plan))));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'plans-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, 'No plans yet.')))));
}

function value(outcome, estimate) {
  if (!estimate || estimate.status !== PUBLISHED) return '–';
  return outcome.unit === 'share' ? percent(estimate.value) : outcome.unit === 'score' ? score(estimate.value)
    : estimate.value.toFixed(2);
}

function changeText(outcome) {
  const change = outcome.change || {};
  if (change.status !== PUBLISHED) return '–';
  const amount = outcome.unit === 'share' ? `${signed(change.change * 100, 0)} points` : signed(change.change, 1);
  const p = change.pValue < 0.001 ? 'p < 0.001' : `p = ${change.pValue.toFixed(3)}`;
  if (change.direction === 'TREND_DIRECTION_UP') return `${amount}: a significant rise (${p})`;
  if (change.direction === 'TREND_DIRECTION_DOWN') return `${amount}: a significant fall (${p})`;
  return `${amount}: not a significant change (${p})`;
}

const week = (text) => (text || '').replace(/^(\d{4})-W0?/, 'week ').trim();

// Returns the "does acting work?" panel of a done plan.
export function outcomePanel(plan) {
  const outcome = plan.outcome;
  if (plan.status !== 'PLAN_STATUS_DONE' || !outcome) return null;
  const span = (w) => (w && w.firstWeek ? `${week(w.firstWeek)} to ${week(w.lastWeek)}, ${w.firstWeek.slice(0, 4)}` : '');
  return h('section', { class: 'panel', 'aria-labelledby': 'outcome-title', id: 'outcome' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'outcome-title' }, 'Did it work?'),
      h('p', {}, `${plan.target.label} in the ${outcome.weeks || ''} weeks before the start and after the end.`)),
    outcome.before && outcome.before.firstWeek ? h('div', { class: 'cards outcome-cards', role: 'group', 'aria-label': 'Before and after' },
      h('section', { class: 'card' }, h('h3', {}, 'Before'), h('p', { class: 'metric' }, value(outcome, outcome.before.estimate)),
        h('p', { class: 'metric-note' }, span(outcome.before))),
      h('section', { class: 'card' }, h('h3', {}, 'After'), h('p', { class: 'metric' }, value(outcome, outcome.after.estimate)),
        h('p', { class: 'metric-note' }, span(outcome.after))),
      h('section', { class: 'card' }, h('h3', {}, 'Change'), h('p', { class: 'metric-note outcome-change' }, changeText(outcome)))) : null,
    outcome.reason ? h('p', { class: 'notice' }, outcome.reason) : null,
    h('p', { class: 'metric-note' }, 'Published figures only, tested as the trends are. A change after a plan is not proof ' +
      'that the plan caused it: compare with stores that did not act.'));
}

const stores = (n) => `${n} store${n === 1 ? '' : 's'}`;

// Returns one dimension's card of HR's "does acting work?": the difference in differences, its
// interval, the two groups and the server's sentence.
function actingCard(effect) {
  const estimate = effect.effect || {};
  const shown = estimate.status === PUBLISHED;
  const leftOut = (effect.treatedLeftOut || 0) + (effect.comparisonLeftOut || 0);
  return h('section', { class: 'card acting-card', 'data-dimension': effect.dimension },
    h('h3', {}, effect.label),
    h('p', { class: 'metric' }, shown ? h('span', {}, signed(estimate.value, 1), h('small', {}, ' points')) : '–'),
    shown ? h('p', { class: 'metric-note' }, `95% interval ${signed(estimate.ciLow, 1)} to ${signed(estimate.ciHigh, 1)}`) : null,
    h('p', { class: 'acting-sentence' }, effect.sentence),
    shown || effect.treatedStores || leftOut ? h('p', { class: 'metric-note' },
      `${stores(effect.treatedStores || 0)} completed a plan · ${stores(effect.comparisonStores || 0)} without one`
      + (leftOut ? ` · ${leftOut} left out (weeks not all published)` : '')) : null);
}

// Returns HR's "does acting work?" panel: per dimension, stores that completed a plan against
// stores with none over the same weeks.
export function actingPanel(comparison) {
  const effects = (comparison && comparison.dimensions) || [];
  return h('section', { class: 'panel', 'aria-labelledby': 'acting-title', id: 'acting' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'acting-title' }, 'Does acting work?'),
      h('p', {}, 'Change in each dimension’s score over the weeks around a completed plan, in stores that completed one '
        + `minus stores with no plan on it over the same weeks. Shown when each group has at least ${comparison.minStores || 5} stores.`)),
    h('div', { class: 'cards acting-cards', role: 'group', 'aria-label': 'Stores that acted against stores that did not' },
      effects.map(actingCard)));
}

// One plan: what it addresses, owner and dates, status changes, progress notes, the staff text,
// whether it worked, and its history.
import { get, post } from '../api.js';
import { announce, h, fill } from '../dom.js';
import { LANGUAGES } from '../labels.js';
import { fact, outcomePanel, planPlace, statusBadge } from './plan_parts.js';

export async function render(main, { id, navigate, isCurrent }) {
  const plan = await get(`/api/v1/plans/${encodeURIComponent(id)}`);
  if (!isCurrent()) return;
  document.title = `${plan.title} · Storepulse`;
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  const reload = (text) => { navigate('plan', plan.id); announce(text); };
  const back = plan.scope === 'SCOPE_KIND_LOCATION'
    ? h('a', { href: `#/store/${plan.locationId}` }, `← ${plan.locationName}`) : h('a', { href: '#/plans' }, '← Plans');

  fill(main,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, back, ' · ', h('a', { href: '#/plans' }, 'All plans')),
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, plan.title),
        h('p', {}, `${planPlace(plan)} · addresses ${plan.target.label}`)),
      plan.mayEdit ? h('a', { class: 'button button-quiet', href: `#/plan-edit/${plan.id}` }, 'Edit plan') : null),
    message,
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Plan facts' },
      fact('Status', statusBadge(plan), plan.endedOn ? `${plan.status === 'PLAN_STATUS_DONE' ? 'Done' : 'Dropped'} on ${plan.endedOn}` : null),
      fact('Owner', plan.owner),
      fact('Dates', `${plan.startOn} to ${plan.dueOn}`, plan.overdue ? 'Past its due date' : null),
      fact('Staff see it', plan.shared ? 'Shared' : 'Not shared', plan.shared ? 'On the store’s kiosks, in each language' : null)),
    plan.mayEdit ? statusPanel(plan, message, reload) : null,
    outcomePanel(plan),
    staffPanel(plan),
    notesPanel(plan, message, reload),
    historyPanel(plan));
}

function today() { return new Date().toISOString().slice(0, 10); }

function statusPanel(plan, message, reload) {
  const change = async (status, on, label) => {
    try {
      await post(`/api/v1/plans/${plan.id}/status`, on ? { status, on } : { status });
      reload(`Plan ${label}.`);
    } catch (error) {
      fill(message, h('p', { class: 'error', role: 'alert' }, error.message));
    }
  };
  const dateInput = h('input', { type: 'date', id: 'status-on', value: today(), max: today(), min: plan.startOn });
  const buttons = [];
  if (plan.status === 'PLAN_STATUS_PLANNED')
    buttons.push(h('button', { type: 'button', class: 'button', onclick: () => change('PLAN_STATUS_IN_PROGRESS', '', 'started') }, 'Start'));
  if (plan.status === 'PLAN_STATUS_PLANNED' || plan.status === 'PLAN_STATUS_IN_PROGRESS') {
    buttons.push(h('button', { type: 'button', class: 'button', onclick: () => change('PLAN_STATUS_DONE', dateInput.value, 'marked done') }, 'Mark done'));
    buttons.push(h('button', { type: 'button', class: 'button button-danger', onclick: () => change('PLAN_STATUS_DROPPED', dateInput.value, 'dropped') }, 'Drop'));
  } else {
    buttons.push(h('button', { type: 'button', class: 'button button-quiet', onclick: () => change('PLAN_STATUS_IN_PROGRESS', '', 'reopened') }, 'Reopen'));
  }
  const open = plan.status === 'PLAN_STATUS_PLANNED' || plan.status === 'PLAN_STATUS_IN_PROGRESS';
  return h('section', { class: 'panel', 'aria-labelledby': 'status-title' },
    h('h2', { id: 'status-title' }, 'Progress'),
    h('div', { class: 'filters' },
      open ? h('label', { class: 'field', for: 'status-on' }, 'Done or dropped on', dateInput) : null,
      h('div', { class: 'button-row' }, buttons)));
}

function staffPanel(plan) {
  const texts = plan.staffTexts || [];
  return h('section', { class: 'panel', 'aria-labelledby': 'staff-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'staff-title' }, 'What staff read'),
      h('p', {}, plan.shared ? 'Shown on the store’s kiosks in the language each person chooses.' : 'Not shared with staff.')),
    texts.length ? h('ul', { class: 'staff-texts' }, texts.map((t) => h('li', { lang: t.language },
      h('span', { class: 'badge badge-muted' }, LANGUAGES[t.language] || t.language), h('span', {}, t.text))))
      : h('p', { class: 'metric-note' }, 'No staff text yet.'));
}

function notesPanel(plan, message, reload) {
  const notes = plan.notes || [];
  const text = h('textarea', { id: 'note-text', rows: 3, maxlength: 1000, required: true });
  const date = h('input', { type: 'date', id: 'note-date', value: today(), max: today() });
  const form = plan.mayEdit ? h('form', { class: 'note-form', onsubmit: async (event) => {
    event.preventDefault();
    try {
      await post(`/api/v1/plans/${plan.id}/notes`, { text: text.value, notedOn: date.value });
      reload('Note added.');
    } catch (error) {
      fill(message, h('p', { class: 'error', role: 'alert' }, error.message));
    }
  } },
  h('label', { class: 'field field-wide', for: 'note-text' }, 'What happened', text),
  h('label', { class: 'field', for: 'note-date' }, 'On', date),
  h('button', { type: 'submit', class: 'button' }, 'Add note')) : null;
  return h('section', { class: 'panel', 'aria-labelledby': 'notes-title' },
    h('h2', { id: 'notes-title' }, 'Progress notes'),
    notes.length ? h('ol', { class: 'notes-list' }, notes.map((n) => h('li', {},
      h('p', { class: 'note-meta' }, `${n.notedOn} · ${n.author}`), h('p', { class: 'note-text' }, n.text))))
      : h('p', { class: 'metric-note' }, 'No notes yet.'),
    form);
}

function historyPanel(plan) {
  const history = plan.history || [];
  return h('section', { class: 'panel', 'aria-labelledby': 'history-title' },
    h('details', {}, h('summary', {}, h('h2', { id: 'history-title', class: 'inline-heading' }, `History (${history.length} changes)`)),
      h('ol', { class: 'history-list' }, history.map((c) => h('li', {},
        h('span', { class: 'note-meta' }, `${c.changedAt.replace('T', ' ').replace('Z', ' UTC')} · ${c.user}`), ' ', c.what)))));
}

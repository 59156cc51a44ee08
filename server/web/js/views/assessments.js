// Assessments: the CX maturity rounds the caller may see, by scope, with when each scope's next
// round is due; HR opens a round for a scope and invites its assessors.
import { get, post } from '../api.js';
import { announce, h, fill } from '../dom.js';
import { ROLES } from '../labels.js';
import { roundPlace, roundStatus, scopeKey, wordsOf } from './maturity_parts.js';

export async function render(main, { session, params, navigate, isCurrent }) {
  const hr = session.role === 'hr_admin';
  const [list, questionnaire] = await Promise.all([get('/api/v1/maturity/rounds'), get('/api/v1/maturity/questionnaire')]);
  // HR's form offers the organisation, the regions and every store (the stores HR may address).
  const [form, users, posts] = hr
    ? await Promise.all([get('/api/v1/plans/form'), get('/api/v1/admin/users'), get('/api/v1/staff-posts')])
    : [null, null, null];
  if (!isCurrent()) return;
  document.title = 'Assessments · Storepulse';
  const words = wordsOf(questionnaire);
  const rounds = list.rounds || [];
  const dues = new Map((list.dues || []).map((d) => [scopeKey(d), d]));
  const scopes = [...new Map(rounds.map((r) => [scopeKey(r), r])).values()];
  const overdue = (list.dues || []).filter((d) => d.overdue).length;

  fill(main,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, 'CX maturity assessments'),
        h('p', {}, hr ? 'Every round, by scope; a scope’s next round is due six months after its last one closed.'
          : 'The rounds you are invited to, and when each scope’s next round is due.'))),
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Assessment summary' },
      h('section', { class: 'card' }, h('h2', {}, 'Rounds'), h('p', { class: 'metric' }, String(rounds.length))),
      h('section', { class: 'card' }, h('h2', {}, 'Open'),
        h('p', { class: 'metric' }, String(rounds.filter((r) => r.status === 'MATURITY_ROUND_STATUS_OPEN').length))),
      h('section', { class: 'card' }, h('h2', {}, 'Scopes overdue'),
        h('p', { class: `metric${overdue ? ' metric-danger' : ''}` }, String(overdue)))),
    h('section', { class: 'panel', 'aria-labelledby': 'rounds-title' },
      h('h2', { id: 'rounds-title' }, 'Rounds by scope'),
      scopes.length ? scopes.map((first) => scopeBlock(first, rounds.filter((r) => scopeKey(r) === scopeKey(first)),
        dues.get(scopeKey(first)), words))
        : h('p', { class: 'metric-note' }, hr ? 'No round yet: open the first one below.' : 'You are not invited to any round yet.')),
    hr ? openPanel(form, (posts && posts.stores) || [], users, params.get('location') || '', navigate) : null);
}

function scopeBlock(first, rounds, due, words) {
  const id = `scope-${scopeKey(first).replace(/[^A-Za-z0-9]+/g, '-')}`;
  return h('section', { class: 'scope-block', 'aria-labelledby': id },
    h('div', { class: 'scope-head' },
      h('h3', { id }, roundPlace(first)),
      due ? h('p', { class: 'store-meta' }, due.overdue ? h('span', { class: 'badge badge-danger' }, 'Overdue') : null,
        due.dueOn ? ` Next round due ${due.dueOn}` : '', due.lastClosedOn ? ` · last closed ${due.lastClosedOn}` : '') : null),
    h('div', { class: 'table-wrap' }, h('table', { class: 'rounds-table' },
      h('caption', { class: 'visually-hidden' }, `Rounds of ${roundPlace(first)}`),
      h('thead', {}, h('tr', {}, ['Round', 'Opened and closed', 'Agreed stage'].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, rounds.map((r) => h('tr', {},
        h('th', { scope: 'row' }, h('span', { class: 'round-name' }, h('a', { href: `#/assessment/${r.id}` }, `Round ${r.id}`), ' ', roundStatus(r)),
          r.invited && r.status === 'MATURITY_ROUND_STATUS_OPEN' ? h('span', { class: 'cell-sub' }, 'You are invited') : null),
        h('td', { class: 'nowrap' }, r.openedOn, h('span', { class: 'cell-sub' }, r.closedOn ? `to ${r.closedOn}` : 'still open')),
        h('td', {}, r.agreedStage && r.agreedStage !== 'MATURITY_STAGE_UNSPECIFIED' ? words.stage(r.agreedStage) : '–')))))));
}

// HR's form: a scope (the organisation, a region or one store, chosen by its code or name) and the
// assessors; the server's refusal is shown beside the field it names. A store's page links here
// with the store chosen.
function openPanel(form, stores, users, location, navigate) {
  const chosen = stores.find((s) => String(s.id) === location);
  const scope = h('select', { id: 'round-scope', 'aria-describedby': 'round-scope-error' },
    h('option', { value: 'organisation' }, 'The whole organisation'),
    (form.regions || []).map((r) => h('option', { value: `region:${r}` }, `Region ${r}`)),
    stores.length ? h('option', { value: 'store', selected: Boolean(chosen) }, 'One store…') : null);
  const storeLabel = (s) => `${s.code} · ${s.name}`;
  const storeInput = h('input', { id: 'round-store', list: 'round-store-list', autocomplete: 'off',
    'aria-describedby': 'round-store-help', value: chosen ? storeLabel(chosen) : '' });
  const storeField = h('label', { class: 'field', for: 'round-store', hidden: !chosen }, 'Store', storeInput,
    h('datalist', { id: 'round-store-list' }, stores.map((s) => h('option', { value: storeLabel(s) }))),
    h('span', { id: 'round-store-help', class: 'metric-note' }, 'Type its code or name and pick it from the list.'));
  scope.addEventListener('change', () => {
    storeField.hidden = scope.value !== 'store';
    if (!storeField.hidden) storeInput.focus();
  });
  storeInput.addEventListener('input', () => {
    fill(scopeError);
    scope.setAttribute('aria-invalid', 'false');
  });
  const storeOf = (text) => stores.find((s) => storeLabel(s) === text.trim() || s.code === text.trim());
  const people = (users.users || []).filter((u) => u.active && (u.role === 'hr_admin' || u.role === 'manager'));
  const boxes = people.map((u) => h('input', { type: 'checkbox', id: `assessor-${u.id}`, value: u.id }));
  const scopeError = h('p', { id: 'round-scope-error', class: 'field-error', role: 'alert' });
  const assessorError = h('p', { id: 'round-assessors-error', class: 'field-error', role: 'alert' });
  const formError = h('div', {});
  const assessors = h('fieldset', { class: 'assessor-fieldset', 'aria-describedby': 'round-assessors-error' },
    h('legend', {}, 'Assessors'),
    h('p', { class: 'metric-note' }, 'HR admins, and managers who cover the scope (none for the organisation).'),
    h('ul', { class: 'check-list' }, people.map((u, i) => h('li', {},
      h('label', { class: 'check', for: boxes[i].id }, boxes[i], u.username,
        h('span', { class: 'store-meta' }, ` ${ROLES[u.role]}${u.locations && u.locations.length ? ` · ${u.locations.join(', ')}` : ''}`))))),
    assessorError);
  const submit = h('button', { type: 'submit', class: 'button' }, 'Open round');
  const show = (failure) => {
    const field = (failure.message || '').split(/[ .[]/)[0];
    const target = field.startsWith('assessorIds') ? assessorError
      : ['scope', 'region', 'locationId'].includes(field) ? scopeError : null;
    scope.setAttribute('aria-invalid', target === scopeError ? 'true' : 'false');
    fill(target || formError, target ? failure.message : h('p', { class: 'error', role: 'alert' }, failure.message));
  };
  const panel = h('form', { class: 'round-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    for (const box of [scopeError, assessorError, formError]) fill(box);
    const store = scope.value === 'store' ? storeOf(storeInput.value) : null;
    if (scope.value === 'store' && !store) {
      scope.setAttribute('aria-invalid', 'true');
      fill(scopeError, 'Choose a store from the list.');
      storeInput.focus();
      return;
    }
    const draft = scope.value.startsWith('region:') ? { scope: 'SCOPE_KIND_REGION', region: scope.value.slice(7) }
      : store ? { scope: 'SCOPE_KIND_LOCATION', locationId: String(store.id) }
        : { scope: 'SCOPE_KIND_ORGANISATION' };
    draft.assessorIds = boxes.filter((b) => b.checked).map((b) => b.value);
    submit.disabled = true;
    try {
      const round = await post('/api/v1/maturity/rounds', draft);
      announce('Round opened.');
      navigate('assessment', round.id);
    } catch (failure) {
      submit.disabled = false;
      show(failure);
    }
  } },
  h('label', { class: 'field', for: 'round-scope' }, 'Scope', scope, scopeError),
  storeField,
  assessors, formError,
  h('div', { class: 'button-row' }, submit));
  return h('section', { class: 'panel', 'aria-labelledby': 'open-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'open-title' }, 'Open a round'),
      h('p', {}, 'Each assessor answers on their own; the results name them, for HR and the round’s assessors only.')),
    panel);
}

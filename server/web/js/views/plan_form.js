// Start or edit a plan: title, what it addresses, owner, dates, and the short text staff see on
// the kiosks in each language. A starter action fills the title and the staff texts.
import { get, post, request } from '../api.js';
import { announce, h, fill } from '../dom.js';
import { LANGUAGES, targetId, targetOf } from '../labels.js';

function isoDate(offsetDays) {
  return new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
}

// Renders #/plan-new?location=ID&target=...&starter=KEY (or scope=organisation) and #/plan-edit/ID.
export async function render(main, { id, params, navigate, isCurrent, session, editing }) {
  const plan = editing ? await get(`/api/v1/plans/${encodeURIComponent(id)}`) : null;
  const location = plan ? (plan.scope === 'SCOPE_KIND_LOCATION' ? plan.locationId : '') : params.get('location') || '';
  const options = await get(`/api/v1/plans/form${location ? `?location=${encodeURIComponent(location)}` : ''}`);
  if (!isCurrent()) return;
  const hr = session.role === 'hr_admin';
  const scope = plan ? plan.scope : location ? 'SCOPE_KIND_LOCATION' : 'SCOPE_KIND_ORGANISATION';
  const store = location ? await storeName(location) : '';
  if (!isCurrent()) return;
  document.title = `${plan ? 'Edit plan' : 'New plan'} · Storepulse`;

  const initialTarget = plan ? targetId(plan.target) : params.get('target') || targetId(options.targets[0]);
  const starterKey = params.get('starter') || '';
  const languages = options.languages && options.languages.length ? options.languages : ['en'];

  const error = h('div', { id: 'form-error' });
  const title = h('input', { id: 'plan-title', maxlength: 120, required: true, value: plan ? plan.title : '' });
  const target = h('select', { id: 'plan-target', required: true },
    groups(options.targets).map(([label, targets]) => h('optgroup', { label },
      targets.map((t) => h('option', { value: targetId(t), selected: targetId(t) === initialTarget }, t.label)))));
  const owner = h('select', { id: 'plan-owner', required: true },
    (options.owners || []).map((o) => h('option', {
      value: o.id, selected: plan ? o.id === plan.ownerId : o.username === session.username,
    }, `${o.username} (${o.role === 'hr_admin' ? 'HR' : 'manager'})`)));
  const start = h('input', { id: 'plan-start', type: 'date', required: true, value: plan ? plan.startOn : isoDate(0) });
  const due = h('input', { id: 'plan-due', type: 'date', required: true, value: plan ? plan.dueOn : isoDate(42) });
  const shared = h('input', { id: 'plan-shared', type: 'checkbox', checked: plan ? plan.shared : false });
  const texts = new Map(languages.map((language) => {
    const existing = plan ? (plan.staffTexts || []).find((t) => t.language === language) : null;
    return [language, counted(`staff-${language}`, existing ? existing.text : '', language)];
  }));
  const scopeSelect = !plan && !location && hr ? h('select', { id: 'plan-scope' },
    h('option', { value: 'SCOPE_KIND_ORGANISATION' }, 'The whole organisation'),
    (options.regions || []).map((r) => h('option', { value: `region:${r}` }, `Region ${r}`))) : null;

  const starterBox = h('div', { class: 'starters', 'aria-live': 'polite' });
  const showStarters = (apply) => {
    const set = (options.starters || []).find((s) => targetId(s.target) === target.value);
    const actions = set ? set.actions : [];
    if (!actions.length) return fill(starterBox, h('p', { class: 'metric-note' }, 'No starter action for this figure.'));
    fill(starterBox, h('h2', { id: 'starter-title' }, 'Starter actions'),
      h('ul', { class: 'starter-list', 'aria-labelledby': 'starter-title' }, actions.map((action) => {
        const en = text(action, 'en');
        return h('li', {},
          h('div', {}, h('strong', {}, en.title), h('p', { class: 'metric-note' }, en.description)),
          h('button', { type: 'button', class: 'button button-quiet', onclick: () => useStarter(action) }, 'Use this'));
      })));
    if (apply) {
      const chosen = actions.find((a) => a.key === starterKey);
      if (chosen) useStarter(chosen);
    }
  };
  const useStarter = (action) => {
    title.value = text(action, 'en').title;
    for (const [language, box] of texts) box.set(text(action, language).staffText);
    announce(`Filled from the starter action “${title.value}”.`);
  };
  target.addEventListener('change', () => showStarters(false));

  const form = h('form', { class: 'plan-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const draft = {
      title: title.value.trim(), target: targetOf(target.value), ownerId: owner.value,
      startOn: start.value, dueOn: due.value, shared: shared.checked,
      staffTexts: [...texts].map(([language, box]) => ({ language, text: box.value() })).filter((t) => t.text),
    };
    if (!plan) {
      if (scope === 'SCOPE_KIND_LOCATION') Object.assign(draft, { scope, locationId: location });
      else if (scopeSelect && scopeSelect.value.startsWith('region:')) Object.assign(draft, { scope: 'SCOPE_KIND_REGION', region: scopeSelect.value.slice(7) });
      else draft.scope = 'SCOPE_KIND_ORGANISATION';
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const saved = plan ? await request('PUT', `/api/v1/plans/${plan.id}`, draft) : await post('/api/v1/plans', draft);
      announce(plan ? 'Plan saved.' : 'Plan started.');
      navigate('plan', saved.id);
    } catch (failure) {
      button.disabled = false;
      fill(error, h('p', { class: 'error', role: 'alert' }, failure.message));
      error.scrollIntoView({ block: 'nearest' });
    }
  } },
  h('div', { class: 'form-grid' },
    scopeSelect ? field('plan-scope', 'For', scopeSelect, 'Store plans start from the store’s page.') : null,
    field('plan-title', 'Title', title, 'What will be done, in a few words (up to 120 characters).', 'field-full'),
    field('plan-target', 'Addresses', target),
    field('plan-owner', 'Owner', owner),
    field('plan-start', 'Starts', start),
    field('plan-due', 'Due', due)),
  starterBox,
  h('fieldset', { class: 'staff-fieldset' },
    h('legend', {}, 'Share with staff'),
    h('label', { class: 'check', for: 'plan-shared' }, shared, 'Show this plan on the store’s kiosks'),
    h('p', { class: 'metric-note' }, 'One short sentence per language, up to 140 characters: what changes because of their answers.'),
    [...texts.values()].map((box) => box.element)),
  error,
  h('div', { class: 'button-row' },
    h('button', { type: 'submit', class: 'button' }, plan ? 'Save plan' : 'Start plan'),
    h('a', { class: 'button button-quiet', href: plan ? `#/plan/${plan.id}` : location ? `#/store/${location}` : '#/plans' }, 'Cancel')));

  fill(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, plan ? 'Edit plan' : 'New plan'),
      h('p', {}, store ? `For ${store}` : scope === 'SCOPE_KIND_REGION' ? `For region ${plan.region}` : 'For a region or the organisation'))),
    h('section', { class: 'panel' }, form));
  showStarters(!plan);
}

async function storeName(location) {
  try {
    const report = await get(`/api/v1/reports/location/${encodeURIComponent(location)}?history=1`);
    return report.location ? report.location.name : '';
  } catch {
    return '';
  }
}

function groups(targets) {
  const by = [['Dimensions', 'PLAN_TARGET_KIND_DIMENSION'], ['Empowerment figures', 'PLAN_TARGET_KIND_EMPOWERMENT'],
    ['Questions', 'PLAN_TARGET_KIND_QUESTION']];
  return by.map(([label, kind]) => [label, (targets || []).filter((t) => t.kind === kind)]).filter(([, list]) => list.length);
}

function text(action, language) {
  return (action.texts || []).find((t) => t.language === language) || (action.texts || [])[0] || {};
}

function field(id, label, control, hint, extraClass) {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: extraClass ? `field ${extraClass}` : 'field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

// A textarea with a live count of characters left (counted as the server counts them).
function counted(id, value, language) {
  const area = h('textarea', { id, rows: 2, maxlength: 140, lang: language });
  area.value = value;
  const count = h('span', { class: 'counter', id: `${id}-count`, 'aria-live': 'polite' });
  area.setAttribute('aria-describedby', `${id}-count`);
  // Grows with its text, so that nothing of a staff text is hidden on a narrow screen.
  const grow = () => {
    if (!area.isConnected && area.dataset.shown) return window.removeEventListener('resize', grow);
    if (area.isConnected) area.dataset.shown = '1';
    area.style.height = 'auto';
    if (area.scrollHeight) area.style.height = `${area.scrollHeight + 2}px`;
  };
  const update = () => {
    count.textContent = `${140 - [...area.value].length} characters left`;
    requestAnimationFrame(grow);
  };
  area.addEventListener('input', update);
  window.addEventListener('resize', grow);
  update();
  return {
    element: h('div', { class: 'field' }, h('label', { for: id }, LANGUAGES[language] || language), area, count),
    value: () => area.value.trim(),
    set: (text) => { area.value = text || ''; update(); },
  };
}

// Stories and messages for the kiosks: success stories (a manager for their stores, HR for a store
// or every store) and HR's messages to every store, each a short plain text per language. Staff
// see them on the kiosk's attract screen beside the plans shared with them; withdrawing one takes
// it off the kiosks at their next configuration refresh.
import { get, post, query } from '../api.js';
import { announce, h, fill } from '../dom.js';
import { LANGUAGES } from '../labels.js';

const MAX_CHARS = 200;

function counted(id, language) {
  const area = h('textarea', { id, rows: 3, maxlength: MAX_CHARS, lang: language });
  const count = h('span', { class: 'counter', id: `${id}-count`, 'aria-live': 'polite' });
  area.setAttribute('aria-describedby', `${id}-count`);
  const update = () => { count.textContent = `${MAX_CHARS - [...area.value].length} characters left`; };
  area.addEventListener('input', update);
  update();
  return { area, count };
}

function postText(item) {
  return (item.texts || []).map((t) => h('p', { lang: t.language },
    h('span', { class: 'store-meta' }, `${LANGUAGES[t.language] || t.language}: `), t.text));
}

function postWhere(item) {
  const kind = item.kind === 'STAFF_POST_KIND_MESSAGE' ? 'Message from HR' : 'Success story';
  return `${kind} · ${item.locationId && item.locationId !== '0' ? item.locationName : 'every store'}`;
}

// Renders #/stories?location=ID.
export async function render(main, { session, params, navigate, isCurrent }) {
  const location = params.get('location') || '';
  const list = await get(`/api/v1/staff-posts${query({ location, withdrawn: '1' })}`);
  if (!isCurrent()) return;
  document.title = 'Stories for the kiosks · Storepulse';
  const hr = session.role === 'hr_admin';
  const languages = list.languages && list.languages.length ? list.languages : ['en'];
  const stores = list.stores || [];

  const error = h('div', { id: 'story-error' });
  const kind = hr ? h('select', { id: 'story-kind' },
    h('option', { value: 'STAFF_POST_KIND_STORY' }, 'A success story'),
    h('option', { value: 'STAFF_POST_KIND_MESSAGE' }, 'A message from HR to every store')) : null;
  const where = h('select', { id: 'story-store' },
    hr ? h('option', { value: '0' }, 'Every store') : null,
    stores.map((s) => h('option', { value: s.id, selected: String(s.id) === location }, `${s.name} (${s.code})`)));
  const syncWhere = () => { where.disabled = kind && kind.value === 'STAFF_POST_KIND_MESSAGE'; };
  if (kind) kind.addEventListener('change', syncWhere);
  const texts = new Map(languages.map((language) => [language, counted(`story-${language}`, language)]));

  const form = h('form', { class: 'panel story-form', novalidate: true, 'aria-labelledby': 'story-form-title' },
    h('h2', { id: 'story-form-title' }, 'Post to the kiosks'),
    h('p', { class: 'metric-note' }, 'Say what was done for the customer, not who complained. Name a colleague only '
      + 'if they agreed. Plain text, up to 200 characters; one language is enough, the kiosk shows it to everyone.'),
    error,
    kind ? h('label', { class: 'field', for: 'story-kind' }, 'What', kind) : null,
    h('label', { class: 'field', for: 'story-store' }, 'Shown on the kiosks of', where),
    [...texts.entries()].map(([language, { area, count }]) => h('label', { class: 'field field-wide', for: area.id },
      `Text in ${LANGUAGES[language] || language}`, area, count)),
    h('div', { class: 'dialog-actions' }, h('button', { class: 'button', type: 'submit' }, 'Post')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const draft = {
      kind: kind ? kind.value : 'STAFF_POST_KIND_STORY',
      locationId: kind && kind.value === 'STAFF_POST_KIND_MESSAGE' ? '0' : where.value,
      texts: [...texts.entries()].filter(([, t]) => t.area.value.trim())
        .map(([language, t]) => ({ language, text: t.area.value.trim() })),
    };
    try {
      await post('/api/v1/staff-posts', draft);
      announce('Posted. The kiosks show it after their next refresh.');
      navigate('stories', '', location ? { location } : {});
    } catch (e) {
      fill(error, h('p', { class: 'error', role: 'alert' }, e.message));
      const field = /^texts\[(\d+)\]/.exec(e.message || '');
      if (field) {
        const area = [...texts.values()].filter((t) => t.area.value.trim())[Number(field[1])];
        if (area) area.area.focus();
      }
    }
  });

  const withdraw = async (item) => {
    try {
      await post(`/api/v1/staff-posts/${encodeURIComponent(item.id)}/withdraw`);
      announce('Withdrawn. The kiosks stop showing it after their next refresh.');
      navigate('stories', '', location ? { location } : {});
    } catch (e) {
      fill(error, h('p', { class: 'error', role: 'alert' }, e.message));
    }
  };
  const mayWithdraw = (item) => hr || (item.kind === 'STAFF_POST_KIND_STORY' && item.locationId && item.locationId !== '0');
  const items = list.posts || [];
  fill(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, 'Stories for the kiosks'),
      h('p', {}, 'Staff see these on the kiosks with the plans shared with them: “You said, we did”.'))),
    form,
    h('section', { class: 'panel', 'aria-labelledby': 'story-list-title' },
      h('h2', { id: 'story-list-title' }, 'Posted'),
      items.length ? h('ul', { class: 'alert-list' }, items.map((item) => h('li', { class: 'alert-item' },
        h('span', { class: item.withdrawnOn ? 'badge badge-muted' : 'badge badge-ok' }, item.withdrawnOn ? 'Withdrawn' : 'Shown'),
        h('div', { class: 'alert-body' }, h('strong', {}, postWhere(item)),
          h('span', { class: 'store-meta' }, ` · ${item.postedOn} by ${item.postedBy}`
            + (item.withdrawnOn ? ` · withdrawn ${item.withdrawnOn}` : '')), postText(item)),
        !item.withdrawnOn && mayWithdraw(item) ? h('button', { class: 'button button-quiet', type: 'button',
          'aria-label': `Withdraw: ${postWhere(item)}, ${item.postedOn}`, onclick: () => withdraw(item) }, 'Withdraw') : null)))
        : h('p', { class: 'metric-note' }, 'Nothing posted yet.')));
}

// Users: who may sign in, with which role and stores. HR admins change every account but their
// own and read the record of changes; operators change operators' accounts; every change signs
// the account out at once.
import { get, post } from '../api.js';
import { h, fill, announce } from '../dom.js';
import { ROLES } from '../labels.js';

const ACTIONS = {
  added: 'Added', deactivated: 'Deactivated', reactivated: 'Reactivated',
  role: 'Role changed', stores: 'Stores changed', password: 'Password reset',
};

function storesText(user) {
  if (user.role === 'hr_admin') return 'All stores';
  if (user.role === 'operator') return 'No scores';
  return (user.locations || []).join(', ');
}

// Opens a modal dialog with a form; onSubmit returns the success message or throws.
function openDialog(title, fields, submitLabel, onSubmit, danger) {
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const submit = h('button', { class: danger ? 'button button-danger' : 'button', type: 'submit' }, submitLabel);
  const cancel = h('button', { class: 'button button-quiet', type: 'button' }, 'Cancel');
  const form = h('form', { class: 'dialog-form', novalidate: true }, fields, error,
    h('div', { class: 'dialog-actions' }, submit, cancel));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' },
    h('h2', { id: 'dialog-title' }, title), form);
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      await onSubmit();
      dialog.close();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      submit.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

function accessFields(user, stores) {
  const role = h('select', { id: 'user-role', name: 'role' },
    Object.entries(ROLES).map(([value, label]) => h('option', { value, selected: value === user.role }, label)));
  const boxes = stores.map((store) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'store', value: store.code,
      checked: (user.locations || []).includes(store.code) }),
    ` ${store.name} `, h('span', { class: 'store-meta' }, store.code)));
  const storeSet = h('fieldset', { class: 'store-choice' }, h('legend', {}, 'Stores this manager sees'), boxes);
  const sync = () => { storeSet.hidden = role.value !== 'manager'; };
  role.addEventListener('change', sync);
  sync();
  const read = () => ({
    role: role.value,
    locations: role.value === 'manager'
      ? [...storeSet.querySelectorAll('input:checked')].map((box) => box.value) : [],
  });
  return { fields: [h('label', { class: 'field', for: 'user-role' }, 'Role', role), storeSet], read };
}

function actionsFor(user, data, act) {
  if (!user.mayManage) return null;
  const named = (label) => `${label} for ${user.username}`;
  return h('div', { class: 'row-actions' },
    user.active
      ? h('button', { class: 'button button-danger', type: 'button', 'aria-label': named('Deactivate'),
        onclick: () => openDialog(`Deactivate ${user.username}?`,
          h('p', {}, 'They are signed out at once and cannot sign in until reactivated.'), 'Deactivate',
          () => act(user, 'deactivate', undefined, `${user.username} deactivated and signed out.`), true) }, 'Deactivate')
      : h('button', { class: 'button button-quiet', type: 'button', 'aria-label': named('Reactivate'),
        onclick: () => openDialog(`Reactivate ${user.username}?`,
          h('p', {}, 'They can sign in again with their password.'), 'Reactivate',
          () => act(user, 'reactivate', undefined, `${user.username} may sign in again.`)) }, 'Reactivate'),
    data.mayChangeAccess ? h('button', { class: 'button button-quiet', type: 'button', 'aria-label': named('Role and stores'),
      onclick: () => {
        const access = accessFields(user, data.stores || []);
        openDialog(`Role and stores of ${user.username}`, access.fields, 'Save',
          () => act(user, 'access', access.read(), `${user.username} changed and signed out.`));
      } }, 'Role and stores') : null,
    h('button', { class: 'button button-quiet', type: 'button', 'aria-label': named('Reset password'),
      onclick: () => {
        const input = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password', minlength: 12, required: true });
        openDialog(`New password for ${user.username}`,
          [h('label', { class: 'field', for: 'new-password' }, 'New password (at least 12 characters)', input),
            h('p', { class: 'dialog-note' }, 'They are signed out at once. Give them the password in person.')],
          'Set password', () => {
            if (input.value.length < 12) throw new Error('The password needs at least 12 characters.');
            return act(user, 'password', { password: input.value }, `${user.username} has a new password and was signed out.`);
          });
      } }, 'Reset password'));
}

function changesTable(changes) {
  return h('section', { class: 'section', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title' }, 'Changes to accounts'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'user-changes' },
      h('caption', { class: 'visually-hidden' }, 'Changes to accounts, newest first'),
      h('thead', {}, h('tr', {}, ['When (UTC)', 'By', 'Account', 'Change']
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, changes.length ? changes.map((c) => h('tr', {},
        h('td', { class: 'nowrap' }, c.changedAt), h('td', {}, c.actor), h('th', { scope: 'row' }, c.username),
        h('td', {}, ACTIONS[c.action] || c.action, c.detail ? h('span', { class: 'store-meta' }, ` ${c.detail}`) : null)))
        : h('tr', {}, h('td', { colspan: 4, class: 'empty' }, 'No changes yet.'))))));
}

export async function render(main, { isCurrent }) {
  const data = await get('/api/v1/admin/users');
  const changes = data.maySeeChanges ? (await get('/api/v1/admin/user-changes')).changes || [] : null;
  if (!isCurrent()) return;
  document.title = 'Users · Storepulse';
  const users = data.users || [];
  const message = h('div', { role: 'status' });
  const act = async (user, action, body, done) => {
    await post(`/api/v1/admin/users/${user.id}/${action}`, body);
    await render(main, { isCurrent });
    const notice = main.querySelector('[role=status]');
    if (notice) fill(notice, h('p', { class: 'notice' }, done));
    announce(done);
  };
  const anyActions = users.some((u) => u.mayManage);
  const columns = ['Username', 'Role', 'Stores', 'Status', 'Last sign-in', anyActions ? 'Actions' : null].filter(Boolean);
  fill(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, 'Users'),
      h('p', {}, data.mayChangeAccess
        ? 'Add users with storepulse-admin add-user. Any change here signs the person out at once.'
        : 'Add users with storepulse-admin add-user. Operators manage operators; HR admins manage everyone.'))),
    message,
    h('div', { class: 'table-wrap' }, h('table', { id: 'users', class: 'users' },
      h('caption', {}, `${users.length} user${users.length === 1 ? '' : 's'}`),
      h('thead', {}, h('tr', {}, columns.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, users.map((u) => h('tr', { class: u.active ? '' : 'inactive' },
        h('th', { scope: 'row' }, u.username),
        h('td', { 'data-label': 'Role' }, ROLES[u.role] || u.role),
        h('td', { 'data-label': 'Stores' }, storesText(u)),
        h('td', { 'data-label': 'Status' }, u.active ? h('span', { class: 'badge badge-ok' }, 'Active')
          : h('span', { class: 'badge badge-muted' }, 'Deactivated')),
        h('td', { 'data-label': 'Last sign-in' }, u.lastLoginOn || 'Never'),
        anyActions ? h('td', {}, actionsFor(u, data, act)) : null))))),
    changes ? changesTable(changes) : null);
}

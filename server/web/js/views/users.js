// Users: who may sign in, with which role and stores (operators and HR admins).
import { get } from '../api.js';
import { h, fill } from '../dom.js';
import { ROLES } from '../labels.js';

export async function render(main, { isCurrent }) {
  const data = await get('/api/v1/admin/users');
  if (!isCurrent()) return;
  document.title = 'Users · Storepulse';
  const users = data.users || [];
  fill(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, 'Users'),
      h('p', {}, 'Add users with storepulse-admin add-user; managers see only the stores listed here.'))),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', {}, `${users.length} user${users.length === 1 ? '' : 's'}`),
      h('thead', {}, h('tr', {}, ['Username', 'Role', 'Stores', 'Status', 'Last sign-in']
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, users.map((u) => h('tr', {},
        h('th', { scope: 'row' }, u.username),
        h('td', {}, ROLES[u.role] || u.role),
        h('td', {}, u.role === 'hr_admin' ? 'All stores' : u.role === 'operator' ? 'No scores' : (u.locations || []).join(', ')),
        h('td', {}, u.active ? h('span', { class: 'badge badge-ok' }, 'Active') : h('span', { class: 'badge badge-muted' }, 'Disabled')),
        h('td', {}, u.lastLoginOn || 'Never')))))));
}

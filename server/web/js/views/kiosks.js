// Kiosks: last seen, answers waiting on the device, problems the kiosk reported and answers the
// server refused for good, revocation (operators and HR admins). Managers get the day a kiosk was
// last seen and no queue: nothing finer that could date a session.
import { get, post } from '../api.js';
import { h, fill, ago, announce } from '../dom.js';

// Returns whole days from a YYYY-MM-DD (UTC) date to today.
function daysSince(date) {
  return Math.floor((Date.now() - Date.parse(`${date}T00:00:00Z`)) / 86400000);
}

// Names the problem codes kiosks report; an unknown one shows as it is.
const problems = { queue_error: 'Queue error' };

// Returns "4 (conflict 1, too late 3)" for the answers a kiosk had refused for good, or "0".
function refusals(sync) {
  if (!sync || !sync.refusedTotal) return '0';
  // By reason, alphabetically: the JSON object's order is not the server's to keep.
  const parts = Object.entries(sync.refused || {}).sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, count]) => `${reason.replaceAll('_', ' ')} ${count}`);
  return `${sync.refusedTotal} (${parts.join(', ')})`;
}

function health(kiosk, detailed) {
  if (kiosk.revoked) return ['dot-off', 'Revoked'];
  if (detailed && kiosk.sync && kiosk.sync.syncState) {
    return ['dot-bad', problems[kiosk.sync.syncState] || kiosk.sync.syncState];
  }
  if (!detailed) {
    if (!kiosk.lastSeenOn) return ['dot-bad', 'Never seen'];
    return daysSince(kiosk.lastSeenOn) > 1 ? ['dot-bad', 'Offline'] : ['dot-ok', 'Online'];
  }
  if (!kiosk.lastSeenAt) return ['dot-bad', 'Never seen'];
  const hours = (Date.now() / 1000 - kiosk.lastSeenAt) / 3600;
  if (hours > 24) return ['dot-bad', 'Offline'];
  if (hours > 1 || kiosk.queuedItems > 0) return ['dot-warn', kiosk.queuedItems > 0 ? 'Syncing' : 'Quiet'];
  return ['dot-ok', 'Online'];
}

export async function render(main, { isCurrent }) {
  const data = await get('/api/v1/admin/kiosks');
  const detailed = Boolean(data.detailed);
  const sync = detailed ? await get('/api/v1/admin/kiosk-sync') : { kiosks: [] };
  if (!isCurrent()) return;
  document.title = 'Kiosks · Storepulse';
  const syncById = new Map((sync.kiosks || []).map((k) => [k.id, k]));
  const kiosks = (data.kiosks || []).map((k) => ({ ...k, sync: syncById.get(k.id) }));
  const message = h('div', { role: 'status' });
  const offline = kiosks.filter((k) => !k.revoked && ['Offline', 'Never seen'].includes(health(k, detailed)[1])).length;
  const waiting = kiosks.reduce((sum, k) => sum + (k.revoked ? 0 : k.queuedItems || 0), 0);

  const rows = kiosks.map((kiosk) => {
    const [dot, state] = health(kiosk, detailed);
    const action = data.mayRevoke && !kiosk.revoked
      ? h('button', { class: 'button button-danger', type: 'button', 'aria-label': `Revoke kiosk ${kiosk.label || kiosk.id} at ${kiosk.locationName}`,
        onclick: async (event) => {
          if (!confirm(`Revoke kiosk ${kiosk.label || kiosk.id} at ${kiosk.locationName}? It will stop sending answers until enrolled again.`)) return;
          event.target.disabled = true;
          try {
            await post(`/api/v1/admin/kiosks/${kiosk.id}/revoke`);
            fill(message, h('p', { class: 'notice' }, `Kiosk ${kiosk.label || kiosk.id} revoked.`));
            announce(`Kiosk ${kiosk.label || kiosk.id} revoked`);
            render(main, { isCurrent });
          } catch (error) {
            event.target.disabled = false;
            fill(message, h('p', { class: 'error' }, error.message));
          }
        } }, 'Revoke') : null;
    return h('tr', {},
      h('th', { scope: 'row' }, kiosk.label || `Kiosk ${kiosk.id}`, h('span', { class: 'store-meta' }, ` #${kiosk.id}`)),
      h('td', {}, kiosk.locationName, h('span', { class: 'store-meta' }, ` ${kiosk.locationCode}`)),
      h('td', {}, h('span', { class: `status-dot ${dot}`, 'aria-hidden': 'true' }), state),
      h('td', {}, detailed ? ago(kiosk.lastSeenAt) : kiosk.lastSeenOn || 'never'),
      detailed ? h('td', { class: 'num' }, String(kiosk.queuedItems || 0)) : null,
      detailed ? h('td', {}, refusals(kiosk.sync)) : null,
      h('td', {}, kiosk.enrolledOn),
      h('td', {}, action));
  });
  const columns = ['Kiosk', 'Store', 'Status', detailed ? 'Last seen' : 'Last seen on', detailed ? 'Waiting answers' : null,
    detailed ? 'Refused for good' : null, 'Enrolled', 'Action'].filter(Boolean);

  fill(main,
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, 'Kiosks'),
      h('p', {}, 'Enroll new kiosks with storepulse-admin issue-code; revoke lost or replaced ones here.'),
      detailed ? h('p', { class: 'metric-note' }, 'Refused for good: answers the server will never count (e.g. older than it '
        + 'accepts, or a conflict), by reason, since the kiosk was enrolled. The kiosk deleted them.') : null)),
    message,
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Kiosk summary' },
      h('section', { class: 'card' }, h('h2', {}, 'Kiosks'), h('p', { class: 'metric' }, String(kiosks.filter((k) => !k.revoked).length)),
        h('p', { class: 'metric-note' }, `${kiosks.filter((k) => k.revoked).length} revoked`)),
      h('section', { class: 'card' }, h('h2', {}, 'Offline or never seen'), h('p', { class: 'metric' }, String(offline))),
      detailed ? h('section', { class: 'card' }, h('h2', {}, 'Answers waiting on kiosks'),
        h('p', { class: 'metric' }, String(waiting))) : null),
    h('div', { class: 'table-wrap' }, h('table', { id: 'kiosks' },
      h('caption', {}, 'Kiosks by store'),
      h('thead', {}, h('tr', {}, columns
        .map((label) => h('th', { scope: 'col', class: label === 'Waiting answers' ? 'num' : '' }, label)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, 'No kiosks enrolled yet.'))))));
}

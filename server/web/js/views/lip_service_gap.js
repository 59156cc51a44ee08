// The lip-service gap of a maturity round: per competency, the leaders' consensus beside what
// their staff report in the published pulse over the same weeks, the gap and a flag when leaders
// are far above their staff. A held-back staff figure shows its reason, never a number.
import { h, score } from '../dom.js';

// Returns the panel for results.lipServiceGap, or null when the round has none.
export function gapPanel(gap, words) {
  if (!gap || !(gap.rows || []).length) return null;
  const threshold = gap.farAboveThreshold || 0;
  const flagged = gap.rows.filter((r) => r.leadersFarAbove).length;
  return h('section', { class: 'panel', 'aria-labelledby': 'gap-title', id: 'lip-service-gap' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'gap-title' }, 'What leaders say, what staff report'),
      h('p', {}, `Leaders’ consensus beside the staff’s published pulse figures, both 0–100, over ` +
        `${gap.weeks} weeks (${gap.firstWeek} to ${gap.lastWeek}). “Far above” means leaders score ` +
        `their scope more than ${score(threshold)} points above their staff.`)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'gap-table' },
      h('caption', {}, flagged ? `Leaders far above their staff on ${flagged} competenc${flagged === 1 ? 'y' : 'ies'}`
        : 'Leaders and staff, per competency'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competency'), h('th', { scope: 'col', class: 'num' }, 'Leaders'),
        h('th', { scope: 'col', class: 'num' }, 'Staff'), h('th', { scope: 'col', class: 'num' }, 'Gap'))),
      h('tbody', {}, gap.rows.map((row) => gapRow(row, words))))));
}

function gapRow(row, words) {
  const published = row.staffStatus === 'CELL_STATUS_PUBLISHED';
  const staff = published
    ? h('td', { class: 'num', dataset: { staff: score(row.staff) } }, score(row.staff),
      row.staffFigure ? h('span', { class: 'cell-sub' }, row.staffFigure) : null)
    : h('td', { class: `num gap-held ${row.staffFigure ? 'cell-suppressed' : 'cell-nodata'}`, dataset: { staff: 'held' } },
      row.staffFigure ? 'Held back' : 'None', h('span', { class: 'cell-sub' }, row.heldBack || ''));
  const gap = row.gap === undefined ? h('td', { class: 'num' }, '–')
    : h('td', { class: 'num', dataset: { gap: score(row.gap) } }, signed(row.gap));
  // The flag goes under the competency's name, where a phone has room for it.
  return h('tr', { dataset: { competency: row.competency } },
    h('th', { scope: 'row' }, words.competency(row.competency),
      row.leadersFarAbove ? h('span', { class: 'badge badge-danger gap-flag' }, 'Leaders far above') : null),
    h('td', { class: 'num', dataset: { leaders: score(row.leaders) } }, score(row.leaders)), staff, gap);
}

// Returns "+12", "−3" or "0" for a gap in points.
function signed(value) {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}

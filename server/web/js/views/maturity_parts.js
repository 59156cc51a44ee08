// Pieces shared by the assessment views: where a round applies, stages and scores, the radar of
// competency scores and the timeline of a scope's closed rounds.
import { h, score } from '../dom.js';
import { planPlace } from './plan_parts.js';

export const STAGES = ['MATURITY_STAGE_IGNORE', 'MATURITY_STAGE_EXPLORE', 'MATURITY_STAGE_MOBILIZE',
  'MATURITY_STAGE_OPERATIONALIZE', 'MATURITY_STAGE_ALIGN', 'MATURITY_STAGE_EMBED'];

// Short competency names for the radar's corners, where the full ones do not fit on a phone.
const SHORT = {
  MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT: 'Leadership',
  MATURITY_COMPETENCY_VALUES_AND_BRAND: ['Values', 'and brand'],
  MATURITY_COMPETENCY_EMPOWERMENT_AND_ENGAGEMENT: 'Empowerment',
  MATURITY_COMPETENCY_CUSTOMER_INSIGHT_AND_ACTION: ['Customer', 'insight'],
  MATURITY_COMPETENCY_CONSISTENCY: 'Consistency',
};

// Returns "Organisation", "Region North" or a store's name for where a round applies.
export const roundPlace = planPlace;

// Returns a key naming a round's scope, the same for every round of that scope.
export function scopeKey(round) {
  return `${round.scope || 'SCOPE_KIND_LOCATION'}|${round.locationId || ''}|${round.region || ''}`;
}

// Returns the English words of the questionnaire: stage and competency labels by enum name.
export function wordsOf(questionnaire) {
  const english = (labels) => ((labels || []).find((l) => l.language === 'en') || (labels || [])[0] || {}).text || '';
  const stages = Object.fromEntries((questionnaire.stages || []).map((s) => [s.stage, english(s.labels)]));
  const competencies = Object.fromEntries((questionnaire.competencies || []).map((c) => [c.competency, english(c.labels)]));
  const items = Object.fromEntries((questionnaire.items || []).map((item) => [item.key,
    { ...item, en: (item.texts || []).find((t) => t.language === 'en') || (item.texts || [])[0] || { options: [] } }]));
  return { stages, competencies, items, stage: (s) => stages[s] || '–', competency: (c) => competencies[c] || c };
}

// Returns the 0-100 score of a stage (Ignore 0, Embed 100).
export function stageScore(stage) {
  const index = STAGES.indexOf(stage);
  return index < 0 ? null : index * 20;
}

// Returns the nearest stage to a 0-100 score (halves go up), as the server rounds the overall one.
export function stageOf(value) {
  if (value === undefined || value === null) return '';
  return STAGES[Math.min(5, Math.max(0, Math.floor(value / 20 + 0.5)))];
}

// Returns a round's status badge: open or closed.
export function roundStatus(round) {
  const open = round.status === 'MATURITY_ROUND_STATUS_OPEN';
  return h('span', { class: `badge badge-${open ? 'warn' : 'ok'}` }, open ? 'Open' : 'Closed');
}

// Returns a figure with a radar chart of competency scores (one dataset per series) and the same
// numbers as a table. series: [{label, scores: {competency: value}, dashed}].
export function radarChart(title, competencies, words, series) {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}: ${series.map((s) => s.label).join(', ')}` });
  const colours = ['#0f5163', '#8a5a00', '#6b2f8f'];
  const table = h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competency'),
      series.map((s) => h('th', { scope: 'col', class: 'num' }, s.label)))),
    h('tbody', {}, competencies.map((c) => h('tr', {}, h('th', { scope: 'row' }, words.competency(c)),
      series.map((s) => h('td', { class: 'num' }, score(s.scores[c])))))));
  const box = h('figure', { class: 'chart-box radar-box' },
    h('h3', {}, title),
    h('ul', { class: 'legend', 'aria-hidden': 'true' }, series.map((s, i) => h('li', {},
      h('span', { class: `swatch swatch-line${s.dashed ? ' swatch-dashed' : ''}`, style: { borderColor: colours[i] } }), s.label))),
    h('div', { class: 'chart-canvas radar-canvas' }, canvas),
    h('details', { class: 'data-table' }, h('summary', {}, `${title}: data table`), h('div', { class: 'table-wrap' }, table)));
  box.draw = (Chart) => new Chart(canvas, {
    type: 'radar',
    data: {
      labels: competencies.map((c) => SHORT[c] || words.competency(c)),
      datasets: series.map((s, i) => ({
        label: s.label, data: competencies.map((c) => (s.scores[c] === undefined ? null : s.scores[c])),
        borderColor: colours[i], backgroundColor: i === 0 ? 'rgba(15, 81, 99, 0.12)' : 'transparent',
        borderWidth: i === 0 ? 2.5 : 2, borderDash: s.dashed ? [6, 4] : [], pointRadius: s.dashed ? 0 : 3,
        pointBackgroundColor: colours[i], fill: i === 0,
      })),
    },
    options: {
      animation: false, maintainAspectRatio: false, responsive: true,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 20, color: '#4a5865', backdropColor: 'transparent' },
        pointLabels: { color: '#1d2a35', font: { size: window.innerWidth < 500 ? 11 : 12 } }, grid: { color: '#dfe4e8' }, angleLines: { color: '#dfe4e8' } } },
      layout: { padding: 4 },
      plugins: { legend: { display: false } },
    },
  });
  return box;
}

// Returns the ordered list of a scope's closed rounds, oldest first: date, agreed stage, score.
export function stageTimeline(rounds, words, currentId) {
  const closed = rounds.filter((r) => r.status === 'MATURITY_ROUND_STATUS_CLOSED')
    .sort((a, b) => (a.closedOn < b.closedOn ? -1 : a.closedOn > b.closedOn ? 1 : a.id - b.id));
  if (!closed.length) return h('p', { class: 'metric-note' }, 'No round of this scope has closed yet.');
  return h('ol', { class: 'stage-timeline' }, closed.map((r) => {
    const index = STAGES.indexOf(r.agreedStage);
    return h('li', { class: String(r.id) === String(currentId) ? 'timeline-current' : null },
      h('span', { class: 'timeline-date' }, r.closedOn),
      h('span', { class: 'timeline-bar', 'aria-hidden': 'true' },
        h('span', { class: 'timeline-fill', style: { width: `${((index + 1) / 6) * 100}%` } })),
      h('span', { class: 'timeline-stage' }, h('a', { href: `#/assessment/${r.id}` }, words.stage(r.agreedStage)),
        index >= 0 ? h('span', { class: 'store-meta' }, ` stage ${index + 1} of 6`) : null));
  }));
}

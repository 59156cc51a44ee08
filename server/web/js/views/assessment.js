// One maturity round: the caller's answers while it is open, the results (consensus and each
// assessor's scores per competency, the items to discuss, a radar against the previous round and
// the next stage), the lip-service gap, the scope's stage over its closed rounds, and HR's closing.
import { get, post, request } from '../api.js';
import { announce, h, fill, score } from '../dom.js';
import { loadChartJs } from '../charts.js';
import { fact } from './plan_parts.js';
import { gapPanel } from './lip_service_gap.js';
import { STAGES, radarChart, roundPlace, roundStatus, scopeKey, stageOf, stageScore, stageTimeline, wordsOf } from './maturity_parts.js';

export async function render(main, { id, session, navigate, isCurrent }) {
  const path = `/api/v1/maturity/rounds/${encodeURIComponent(id)}`;
  const [round, questionnaire, list] = await Promise.all([get(path), get('/api/v1/maturity/questionnaire'),
    get('/api/v1/maturity/rounds')]);
  const open = round.status === 'MATURITY_ROUND_STATUS_OPEN';
  const mine = open && round.invited ? await get(`${path}/answers`) : null;
  const results = await optional(get(`${path}/results`));
  const sameScope = (list.rounds || []).filter((r) => scopeKey(r) === scopeKey(round));
  const previous = sameScope.filter((r) => r.status === 'MATURITY_ROUND_STATUS_CLOSED' && r.id !== round.id
    && (!round.closedOn || r.closedOn < round.closedOn || (r.closedOn === round.closedOn && Number(r.id) < Number(round.id))))
    .sort((a, b) => (a.closedOn < b.closedOn ? 1 : -1))[0];
  const before = previous ? await optional(get(`/api/v1/maturity/rounds/${previous.id}/results`)) : null;
  if (!isCurrent()) return;
  const words = wordsOf(questionnaire);
  document.title = `Assessment of ${roundPlace(round)} · Storepulse`;
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  const reload = (text) => { navigate('assessment', round.id); announce(text); };
  const hr = session.role === 'hr_admin';
  const charts = [];

  fill(main,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/assessments' }, '← Assessments')),
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, `CX maturity: ${roundPlace(round)}`),
        h('p', {}, `Round ${round.id}, opened ${round.openedOn} by ${round.openedBy}`)),
      results ? h('a', { class: 'button button-quiet', href: `${path}/results.csv`, download: '' }, 'Download results (CSV)') : null),
    message,
    h('div', { class: 'cards', role: 'group', 'aria-label': 'Round facts' },
      fact('Status', roundStatus(round), open ? null : `Closed on ${round.closedOn}`),
      fact('Agreed stage', open ? 'Not yet' : words.stage(round.agreedStage), open ? 'HR records it when closing' : null),
      fact('Computed stage', results && results.overallScore !== undefined ? words.stage(results.overallStage) : '–',
        results && results.overallScore !== undefined ? `Overall score ${score(results.overallScore)} of 100` : 'Once every competency has answers'),
      fact('Assessors', (round.assessors || []).map((a) => h('span', { class: 'assessor-line' },
        `${a.username}: ${a.answered} of ${round.items}`)))),
    mine ? answerPanel(round, questionnaire, words, mine, message, reload) : null,
    results ? resultsPanel(results, questionnaire, words, before, charts) : h('section', { class: 'panel' },
      h('h2', {}, 'Results'), h('p', { class: 'metric-note' }, 'No results to show yet.')),
    results ? gapPanel(results.lipServiceGap, words) : null,
    h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'timeline-title' }, `Stage over time: ${roundPlace(round)}`),
        h('p', {}, 'The stage agreed when each round of this scope closed.')),
      stageTimeline(sameScope, words, round.id)),
    hr && open ? closePanel(round, results, words, message, reload) : null,
    !open && round.closingNote ? h('section', { class: 'panel', 'aria-labelledby': 'note-title' },
      h('h2', { id: 'note-title' }, 'Closing note'), h('p', { class: 'note-text' }, round.closingNote)) : null);
  if (charts.length) {
    try {
      const Chart = await loadChartJs();
      if (isCurrent()) for (const chart of charts) chart.draw(Chart);
    } catch (error) {
      for (const chart of charts) chart.append(h('p', { class: 'error' }, error.message));
    }
  }
}

// Returns the answer of a request, or null when the caller may not see it.
async function optional(promise) {
  try { return await promise; } catch (error) {
    if (error.status === 403 || error.status === 404 || error.status === 409) return null;
    throw error;
  }
}

function answerPanel(round, questionnaire, words, mine, message, reload) {
  const given = new Map((mine.answers || []).map((a) => [a.itemKey, a]));
  const controls = [];
  const byCompetency = (questionnaire.competencies || []).map((c) => [c.competency,
    (questionnaire.items || []).filter((item) => item.competency === c.competency)]);
  const form = h('form', { class: 'answer-form', onsubmit: async (event) => {
    event.preventDefault();
    const answers = controls.map(({ key, radios, note }) => {
      const chosen = radios.find((r) => r.checked);
      return chosen ? { itemKey: key, stage: chosen.value, evidence: note.value.trim() } : null;
    }).filter(Boolean);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await request('PUT', `/api/v1/maturity/rounds/${round.id}/answers`, { roundId: round.id, answers });
      reload(`Answers saved: ${answers.length} of ${round.items}.`);
    } catch (failure) {
      button.disabled = false;
      fill(message, h('p', { class: 'error', role: 'alert' }, failure.message));
    }
  } },
  byCompetency.map(([competency, items]) => h('section', { class: 'answer-group' },
    h('h3', {}, words.competency(competency)),
    items.map((item) => {
      const text = words.items[item.key].en;
      const answer = given.get(item.key);
      const radios = STAGES.map((stage) => h('input', { type: 'radio', name: `answer-${item.key}`, id: `answer-${item.key}-${stage}`,
        value: stage, checked: !!answer && answer.stage === stage }));
      const note = h('textarea', { id: `evidence-${item.key}`, rows: 2, maxlength: 500 }, answer ? answer.evidence || '' : '');
      controls.push({ key: item.key, radios, note });
      return h('fieldset', { class: 'answer-item', id: `item-${item.key}` },
        h('legend', {}, h('span', { class: 'item-key' }, item.key), ' ', text.text),
        h('ul', { class: 'stage-options' }, radios.map((radio, i) => h('li', {},
          h('label', { class: 'stage-option', for: radio.id }, radio,
            h('span', {}, h('strong', {}, words.stage(STAGES[i])), h('span', { class: 'option-text' }, text.options[i])))))),
        h('label', { class: 'field field-wide', for: note.id }, 'Evidence (optional)', note));
    }))),
  h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button' }, 'Save answers')));
  return h('section', { class: 'panel', 'aria-labelledby': 'answers-title', id: 'answers' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'answers-title' }, 'Your answers'),
      h('p', {}, 'For each statement, choose the option that best describes how things work today. ' +
        'You may change your answers until HR closes the round.')),
    form);
}

function resultsPanel(results, questionnaire, words, before, charts) {
  const competencies = (questionnaire.competencies || []).map((c) => c.competency);
  const byCompetency = new Map((results.competencies || []).map((c) => [c.competency, c]));
  const names = (results.round.assessors || []).map((a) => a.username);
  const withScores = names.length && (results.competencies || []).some((c) => (c.assessors || []).length);
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'results-table' },
    h('caption', {}, 'Scores per competency, 0–100, and the nearest stage'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competency'), h('th', { scope: 'col', class: 'num' }, 'Consensus'),
      withScores ? names.map((n) => h('th', { scope: 'col', class: 'num assessor-col' }, breakable(n))) : null)),
    h('tbody', {}, competencies.map((c) => {
      const result = byCompetency.get(c) || {};
      const by = new Map((result.assessors || []).map((a) => [a.username, a.score]));
      return h('tr', {}, h('th', { scope: 'row' }, words.competency(c)),
        h('td', { class: 'num' }, h('span', { class: 'consensus' }, score(result.consensus)),
          result.consensus !== undefined ? h('span', { class: 'cell-sub' }, words.stage(stageOf(result.consensus))) : null),
        withScores ? names.map((n) => h('td', { class: 'num' }, score(by.get(n)))) : null);
    }))));

  const consensus = Object.fromEntries(competencies.map((c) => [c, (byCompetency.get(c) || {}).consensus]));
  const series = [{ label: `This round (${results.round.closedOn || results.round.openedOn})`, scores: consensus }];
  if (before) {
    const earlier = new Map((before.competencies || []).map((c) => [c.competency, c.consensus]));
    series.push({ label: `Previous round (${before.round.closedOn})`,
      scores: Object.fromEntries(competencies.map((c) => [c, earlier.get(c)])) });
  }
  // The target is the stage after the one agreed, or while the round is open the one computed.
  const closed = results.round.status === 'MATURITY_ROUND_STATUS_CLOSED';
  const reached = STAGES.indexOf(closed ? results.round.agreedStage : results.overallStage);
  const next = STAGES[Math.min(5, reached + 1)];
  if (reached >= 0) {
    series.push({ label: `Target: ${words.stage(next)} (${stageScore(next)})`, dashed: true,
      scores: Object.fromEntries(competencies.map((c) => [c, stageScore(next)])) });
  }
  const radar = radarChart('Competency scores', competencies, words, series);
  charts.push(radar);

  return h('section', { class: 'panel', 'aria-labelledby': 'results-title', id: 'results' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'results-title' }, 'Results'),
      h('p', {}, 'Consensus is the median of the assessors’ scores; a stage is the nearest to a score (Ignore 0, Embed 100).')),
    h('div', { class: 'results-grid' }, table, radar),
    discussList(results, words));
}

// Returns a username that may wrap after its underscores ("manager_" / "north") in a narrow column.
function breakable(name) {
  return name.split('_').map((part, i, parts) => (i < parts.length - 1 ? [`${part}_`, h('wbr', {})] : part));
}

function discussList(results, words) {
  const items = new Map((results.items || []).map((i) => [i.itemKey, i]));
  const keys = results.widestSpread || [];
  return h('div', { class: 'discuss' },
    h('h3', {}, 'Where assessors differ most'),
    keys.length ? h('ol', { class: 'discuss-list' }, keys.map((key) => {
      const spread = items.get(key) || {};
      const item = words.items[key];
      return h('li', {},
        h('p', {}, h('strong', {}, item ? item.en.text : key),
          h('span', { class: 'store-meta' }, ` ${words.stage(spread.lowest)} to ${words.stage(spread.highest)}, ${spread.spread} stages apart`)),
        h('ul', { class: 'by-assessor' }, (spread.byAssessor || []).map((a) => h('li', {},
          `${a.username}: ${words.stage(a.stage)}`, a.evidence ? h('span', { class: 'evidence' }, ` “${a.evidence}”`) : null))));
    })) : h('p', { class: 'metric-note' }, 'No item is two stages apart or more.'));
}

function closePanel(round, results, words, message, reload) {
  const stage = h('select', { id: 'close-stage' }, STAGES.map((s) => h('option', { value: s,
    selected: results && s === results.overallStage }, words.stage(s))));
  const note = h('textarea', { id: 'close-note', rows: 3, maxlength: 2000 });
  return h('section', { class: 'panel', 'aria-labelledby': 'close-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'close-title' }, 'Close the round'),
      h('p', {}, 'Record the stage the assessors agreed on after discussing the results, and why.')),
    h('form', { class: 'note-form', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await post(`/api/v1/maturity/rounds/${round.id}/close`, { agreedStage: stage.value, note: note.value.trim() });
        reload('Round closed.');
      } catch (failure) {
        fill(message, h('p', { class: 'error', role: 'alert' }, failure.message));
        message.scrollIntoView({ block: 'nearest' });
      }
    } },
    h('label', { class: 'field', for: 'close-stage' }, 'Agreed stage', stage),
    h('label', { class: 'field field-wide', for: 'close-note' }, 'Note', note),
    h('button', { type: 'submit', class: 'button' }, 'Close round')));
}

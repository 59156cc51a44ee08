// Store page: scores, trends per dimension, empowerment panel, question breakdown, alerts.
import { get, query } from '../api.js';
import { h, fill, score, percent, money, signed } from '../dom.js';
import { ALERTS, BANDS, CATEGORIES, DIMENSIONS, dimensionLabel } from '../labels.js';
import { loadChartJs, trendChart } from '../charts.js';
import { info } from '../glossary.js';
import { storePlansPanel } from './store_plans.js';
import { collecting, estimateCell, participationText, periodFilters, periodLabel, publicationNotes, published, suppressedText, trendMark,
  PUBLISHED, SUPPRESSED } from './report_parts.js';

export async function render(main, { session, id, params, navigate, isCurrent }) {
  const filters = { period: params.get('period') || '4w', at: params.get('at') || '' };
  const report = await get(`/api/v1/reports/location/${encodeURIComponent(id)}${query({ ...filters, history: '12' })}`);
  if (!isCurrent()) return;
  const k = report.minGroupSize || 5;
  open = collecting(report.period);
  const loc = report.location || {};
  document.title = `${loc.name} · Storepulse`;
  const back = new URLSearchParams(filters.at ? { period: filters.period, at: filters.at } : { period: filters.period });

  const charts = trendCharts(report, k);
  fill(main,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: `#/overview?${back}` }, '← Overview')),
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', {}, loc.name),
        h('p', {}, `${loc.code} · ${loc.region} · ${loc.headcount} staff · remediation limit ${money(loc.remediationLimitMinor, loc.currency)}` +
          ` · ${periodLabel(report.period)}`),
        session && session.role === 'hr_admin'
          ? h('p', {}, h('a', { href: `#/assessments?location=${encodeURIComponent(id)}`, id: 'store-assessment' },
            'Open a CX maturity self-assessment for this store'))
          : null),
      periodFilters({ ...filters, at: filters.at || (report.period && report.period.at) }, null,
        (next) => navigate('store', id, clean(next)))),
    publicationNotes(report.period),
    headlineCards(report, k),
    storePlansPanel(id, filters, navigate, feedbackCard(report, k)),
    dimensionPanel(report, k),
    h('section', { class: 'panel', 'aria-labelledby': 'trends-title' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'trends-title' }, 'Trends'),
        h('p', {}, 'Shaded band: 95% interval. Gaps: held back to protect small groups, or no answers.')),
      h('div', { class: 'charts' }, charts)),
    empowermentPanel(report, k),
    questionPanel(report, k),
    alertPanel(report),
    revisionPanel(report));

  try {
    const Chart = await loadChartJs();
    if (!isCurrent()) return;
    for (const box of charts) box.draw(Chart);
  } catch (error) {
    charts.forEach((box) => box.querySelector('.chart-canvas').replaceChildren(h('p', { class: 'error' }, error.message)));
  }
}

function clean(values) {
  const out = {};
  for (const [key, value] of Object.entries(values)) if (value && key !== 'region') out[key] = value;
  return out;
}

// Set per page: while no week of the period is published, "no data" would be untrue.
let open = false;

function figure(estimate, k, format = score) {
  if (published(estimate)) return format(estimate.value);
  return estimate && estimate.status === SUPPRESSED ? 'Held back' : open ? 'Collecting' : 'No data';
}

function interval(estimate, format = score) {
  return published(estimate) && estimate.ciLow !== undefined ? `95% interval ${format(estimate.ciLow)}–${format(estimate.ciHigh)}` : '';
}

// A figure's card; a title given as [title, glossary key] has its "i" beside it.
function card(title, value, ...notes) {
  const head = Array.isArray(title) ? h('div', { class: 'card-head' }, h('h2', {}, title[0]), info(title[1])) : h('h2', {}, title);
  return h('section', { class: 'card' }, head, h('p', { class: 'metric' }, value),
    notes.filter(Boolean).map((note) => h('p', { class: 'metric-note' }, note)));
}

// Whether staff see their answers lead to action: the figure the store's plans are meant to move.
function feedbackCard(report, k) {
  const e = report.feedbackLeadsToAction;
  let note = 'Not answered in this period: the kiosk asks it among its rotating items.';
  if (published(e)) note = `of staff agree · ${interval(e, (v) => percent(v))}`;
  else if (e && e.status === SUPPRESSED) note = suppressedText(k);
  else if (open) note = 'Still collecting answers.';
  return h('section', { class: 'card loop-card', 'aria-labelledby': 'loop-title' },
    h('div', { class: 'card-head' }, h('h3', { id: 'loop-title' }, '“Things change here because of what we say on this kiosk”'),
      info('feedback-action')),
    h('p', { class: 'metric' }, published(e) ? percent(e.value) : figure(e, k)),
    h('p', { class: 'metric-note' }, note));
}

function headlineCards(report, k) {
  const p = participationText(report.participation, k, open);
  const polarised = (report.dimensions || []).filter((d) => d.polarised).map((d) => dimensionLabel(d.dimension));
  return h('div', { class: 'cards', role: 'group', 'aria-label': 'Headline figures' },
    card(['Culture Health Index', 'chi'], figure(report.chi, k),
      report.chi && report.chi.status === SUPPRESSED ? suppressedText(k) : interval(report.chi),
      h('span', {}, 'Trend: ', trendMark(report.chiTrend)),
      published(report.organisationChi) ? `Organisation: ${score(report.organisationChi.value)}`
        : report.organisationWithheld ? 'Organisation: held back (too few other stores publish it)' : null),
    card(['Participation', 'participation'], p.text, p.suppressed ? suppressedText(k) : p.title,
      p.above ? h('span', { class: 'badge badge-warn' }, 'More sessions than staff: check the headcount') : null,
      p.low ? h('span', { class: 'badge badge-warn' }, 'Low participation') : null),
    card(['eNPS', 'enps'], published(report.enps) ? Math.round(report.enps.value).toString() : figure(report.enps, k),
      'Promoters (9–10) minus detractors (0–6)'),
    agreementCard(report, polarised, k));
}

// Says "aligned" only of scores that are published: a held-back store has no agreement to show.
function agreementCard(report, polarised, k) {
  const scored = (report.dimensions || []).some((d) => published(d.score));
  const title = ['Agreement', 'polarised'];
  if (!scored) return open ? card(title, 'Collecting') : card(title, 'Held back', suppressedText(k));
  return card(title, polarised.length ? 'Polarised' : 'Aligned',
    polarised.length ? `Split opinions on ${polarised.join(', ')}: a topic for a team talk.`
      : 'No published dimension is polarised.');
}

function dimensionPanel(report, k) {
  const org = new Map((report.organisationDimensions || []).map((d) => [d.dimension, d]));
  const rows = (report.dimensions || []).map((d) => {
    const c = estimateCell(d.score, k, { open });
    const o = org.get(d.dimension);
    return h('tr', {},
      h('th', { scope: 'row' }, dimensionLabel(d.dimension)),
      h('td', { class: `cell num ${c.className}`, title: c.title }, c.content),
      h('td', { class: 'num' }, interval(d.score).replace('95% interval ', '') || '–'),
      h('td', { class: 'num' }, o && published(o.score) ? score(o.score.value) : '–'),
      h('td', { class: 'num' }, trendMark(d.trend)),
      h('td', { class: 'num' }, d.agreement !== undefined ? percent(d.agreement) : '–'),
      h('td', {}, d.polarised ? h('span', { class: 'badge badge-warn' }, 'Polarised') : published(d.score) ? 'No' : '–'));
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'dims-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'dims-title' }, 'Dimensions'),
      h('p', {}, 'Scores 0–100; the index is the mean of values, empowerment and recognition.')),
    terms(['dimension', 'Score'], ['interval', '95% interval'], ['trend', 'Trend'], ['agreement', 'Agreement'],
      ['polarised', 'Polarised']),
    h('div', { class: 'table-wrap' }, h('table', { class: 'heatmap' },
      h('thead', {}, h('tr', {}, ['Dimension', 'Score', '95% interval', 'Organisation', 'Trend', 'Agreement', 'Polarised']
        .map((label, i) => h('th', { scope: 'col', class: i > 0 && i < 6 ? 'num' : '' }, label)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'No answers yet.'))))));
}

// A line of "i"s for a panel's columns: "About: Score (i) · Trend (i) …".
function terms(...entries) {
  return h('p', { class: 'terms' }, 'About: ', entries.map(([key, label], i) => [i ? ' · ' : '', label, ' ', info(key)]));
}

function trendCharts(report, k) {
  const history = report.history || [];
  const dims = (report.dimensions || []).map((d) => d.dimension);
  return [
    trendChart('Culture Health Index', history, (point) => point.chi, k),
    ...dims.map((dim) => trendChart(DIMENSIONS[dim] || dim, history,
      (point) => ((point.dimensions || []).find((d) => d.dimension === dim) || {}).score, k)),
    trendChart('Knows their limit (%)', history, (point) => scaled(point.knowsLimit), k),
  ];
}

function scaled(estimate) {
  if (!published(estimate)) return estimate;
  const times = (v) => (v === undefined ? undefined : v * 100);
  return { ...estimate, value: times(estimate.value), ciLow: times(estimate.ciLow), ciHigh: times(estimate.ciHigh) };
}

function shareRow(label, value, className) {
  const bar = h('span', {});
  bar.style.width = `${Math.round((value || 0) * 100)}%`;
  if (className) bar.className = className;
  return h('li', {}, h('span', {}, label), h('span', { class: 'bar', 'aria-hidden': 'true' }, bar),
    h('span', { class: 'num' }, percent(value)));
}

function stack(parts, label) {
  return h('div', { class: 'stack', role: 'img', 'aria-label': label },
    parts.map(([value, cls]) => {
      const seg = h('span', { class: cls });
      seg.style.width = `${(value || 0) * 100}%`;
      return seg;
    }));
}

function key(parts) {
  return h('ul', { class: 'key' }, parts.map(([text, cls]) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), text)));
}

function empowermentPanel(report, k) {
  const e = report.empowerment || {};
  const loc = report.location || {};
  const shareCard = (title, estimate, note) => card(title,
    published(estimate) ? percent(estimate.value) : figure(estimate, k),
    estimate && estimate.status === SUPPRESSED ? suppressedText(k) : interval(estimate, (v) => percent(v)), note);

  const gap = e.limitGap || {};
  let gapBody;
  if (gap.status === PUBLISHED) {
    const parts = [[gap.believeLower, 'seg-lower', 'Believe it is lower'], [gap.believeCorrect, 'seg-correct', 'Know it'],
      [gap.believeHigher, 'seg-higher', 'Believe it is higher'], [gap.dontKnow, 'seg-unknown', "Don't know"]];
    gapBody = [
      stack(parts.map(([v, c]) => [v, c]), parts.map(([v, , t]) => `${t} ${percent(v)}`).join(', ')),
      key(parts.map(([v, c, t]) => [`${t} ${percent(v)}`, c])),
    ];
  } else {
    gapBody = h('p', { class: 'metric-note' }, gap.status === SUPPRESSED ? suppressedText(k) : 'Not asked in this period.');
  }

  const r = e.remediation || {};
  let remediation;
  if (r.status === PUBLISHED) {
    const rate = r.per10StaffPerWeek ?? r.perTenStaffPerWeek;
    remediation = h('div', { class: 'remediation' },
      h('div', {},
        h('p', { class: 'metric' }, String(r.events), h('small', {}, ' events')),
        rate !== undefined ? h('p', { class: 'metric-note' }, `${rate.toFixed(1)} per 10 staff per week`) : null),
      h('div', {}, h('h4', {}, 'By category'),
        h('ul', { class: 'rows' }, (r.byCategory || []).map((c) => shareRow(CATEGORIES[c.category] || c.category, c.share)))),
      h('div', {}, h('h4', {}, 'By amount'),
        h('ul', { class: 'rows' }, (r.byBand || []).map((b) => shareRow(BANDS[b.amountBand] || b.amountBand, b.share)))));
  } else {
    remediation = h('p', { class: 'metric-note' }, r.status === SUPPRESSED
      ? `Held back: events are shown in groups of at least ${k}; see the month or quarter.` : 'No “I fixed it” events in this period.');
  }

  return h('section', { class: 'panel', 'aria-labelledby': 'empower-title', id: 'empowerment' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'empower-title' }, 'Empowerment'),
      h('p', {}, `Staff may fix a customer problem on the spot up to ${money(loc.remediationLimitMinor, loc.currency)} without approval.`)),
    h('div', { class: 'empower' },
      shareCard(['Know their limit', 'knows-limit'], e.knowsLimit),
      shareCard(['Used it in the last 7 days', 'used-7d'], e.usedLast7Days),
      shareCard(['Feel trusted to decide', 'trusted'], e.feelsTrusted),
      h('section', { class: 'card' }, h('div', { class: 'card-head' }, h('h3', {}, 'Believed vs real limit'), info('limit-gap')),
        h('p', { class: 'metric-note' }, `Real limit: ${money(loc.remediationLimitMinor, loc.currency)}`), gapBody)),
    h('section', { class: 'card card-wide', 'aria-labelledby': 'remediation-title' },
      h('div', { class: 'card-head' }, h('h3', { id: 'remediation-title' }, '“I fixed it” events'), info('remediation')), remediation));
}

// Shares of a published histogram's values, lowest value first.
function histogramShares(q) {
  const counts = (q.histogram || []).map(Number);
  const total = counts.reduce((a, b) => a + b, 0);
  return total ? counts.map((c) => c / total) : [];
}

// The figure that says most about a question of each type, with its distribution:
// agreement items their favourable share, yes/no items the yes share, the limit item how many
// know the real limit, 0-10 items eNPS, counts how many said each number.
function questionFigure(q, report) {
  const shares = histogramShares(q);
  switch (q.type) {
    case 'QUESTION_TYPE_YES_NO': {
      const yes = published(q.favourable) ? q.favourable.value : undefined;
      return { result: yes === undefined ? '–' : `${percent(yes)} yes`,
        title: interval(q.favourable, (v) => percent(v)),
        distribution: yes === undefined ? '–' : stack([[1 - yes, 'seg-unfav'], [yes, 'seg-fav']], `No ${percent(1 - yes)}, yes ${percent(yes)}`) };
    }
    case 'QUESTION_TYPE_LIMIT_BAND': {
      const gap = (report.empowerment || {}).limitGap || {};
      if (gap.status !== PUBLISHED) return { result: '–', distribution: '–' };
      const parts = [[gap.believeLower, 'seg-lower', 'lower'], [gap.believeCorrect, 'seg-correct', 'right'],
        [gap.believeHigher, 'seg-higher', 'higher'], [gap.dontKnow, 'seg-unknown', "don't know"]];
      return { result: `${percent(gap.believeCorrect)} know it`, note: 'see “Believed vs real limit”',
        distribution: stack(parts.map(([v, c]) => [v, c]), parts.map(([v, , t]) => `${t} ${percent(v)}`).join(', ')) };
    }
    case 'QUESTION_TYPE_SCALE_0_10': {
      const promoters = (shares[9] || 0) + (shares[10] || 0);
      const detractors = shares.slice(0, 7).reduce((a, b) => a + b, 0);
      return { result: published(q.enps) ? `eNPS ${signed(q.enps.value, 0)}` : '–',
        title: 'Promoters (9-10) minus detractors (0-6), in points',
        distribution: shares.length ? stack([[detractors, 'seg-unfav'], [1 - promoters - detractors, 'seg-neutral'], [promoters, 'seg-fav']],
          `Detractors ${percent(detractors)}, passives ${percent(1 - promoters - detractors)}, promoters ${percent(promoters)}`) : '–' };
    }
    case 'QUESTION_TYPE_SMALL_COUNT': {
      const said = shares.map((share, value) => [value, share]).filter(([, share]) => share > 0);
      return { result: q.mean !== undefined ? `${q.mean.toFixed(1)} on average` : '–',
        distribution: said.length ? h('span', { class: 'count-mix' }, said.map(([value, share]) => `${value}:\u00a0${percent(share)}`).join(' · ')) : '–' };
    }
    default: {
      if (!published(q.favourable)) return { result: '–', distribution: '–' };
      const fav = q.favourable.value;
      const unfav = published(q.unfavourable) ? q.unfavourable.value : 0;
      return { result: `${percent(fav)} favourable`, title: interval(q.favourable, (v) => percent(v)),
        note: q.reverseScored ? 'reverse-scored: disagreeing is favourable' : null,
        distribution: stack([[unfav, 'seg-unfav'], [Math.max(0, 1 - fav - unfav), 'seg-neutral'], [fav, 'seg-fav']],
          `Unfavourable ${percent(unfav)}, favourable ${percent(fav)}`) };
    }
  }
}

function questionPanel(report, k) {
  const rows = (report.questions || []).map((q) => {
    const status = q.status === PUBLISHED ? null : q.status === SUPPRESSED ? suppressedText(k) : open ? 'Collecting' : 'No answers';
    const figure = status ? null : questionFigure(q, report);
    return h('tr', {},
      h('th', { scope: 'row' }, q.text || q.key, h('span', { class: 'store-meta' }, ` · ${dimensionLabel(q.dimension)}`)),
      status ? h('td', { colspan: 4, class: q.status === SUPPRESSED ? 'cell-suppressed' : 'cell-nodata' }, status) : [
        h('td', { class: 'num' }, String(q.n)),
        h('td', { class: 'num', title: figure.title || '' }, figure.result,
          figure.note ? h('span', { class: 'cell-sub' }, figure.note) : null),
        h('td', {}, figure.distribution),
        h('td', { class: 'num' }, trendMark(q.trend, { words: true })),
      ]);
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'questions-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'questions-title' }, 'Questions'),
      h('p', {}, 'Agreement items: favourable means agree or strongly agree (disagree for reverse-scored items). ' +
        'Yes/no items: the share answering yes. Trends compare with the previous period and show only significant changes.')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'question-table' },
      h('thead', {}, h('tr', {}, ['Question', 'Answers', 'Result', 'Distribution', 'Trend']
        .map((label, i) => h('th', { scope: 'col', class: [1, 2, 4].includes(i) ? 'num' : '' }, label)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'No questions answered yet.'))))),
    key([['Unfavourable / no / detractors', 'seg-unfav'], ['Neutral / passives', 'seg-neutral'], ['Favourable / yes / promoters', 'seg-fav']]));
}

// Late answers released into published weeks: from that date the weeks' figures include them.
function revisionPanel(report) {
  const revisions = report.revisions || [];
  if (!revisions.length) return null;
  const week = (text) => (text || '').replace(/^\d{4}-W0?/, 'week ');
  return h('section', { class: 'panel', 'aria-labelledby': 'revisions-title' },
    h('h2', { id: 'revisions-title' }, 'Late answers added'),
    h('p', { class: 'metric-note' }, 'Answers that reached the server after their week was published are added once ' +
      'enough have arrived for the same weeks; the figures of those weeks changed on these dates.'),
    h('ul', { class: 'rows' }, revisions.map((r) => h('li', {},
      `${r.revisedOn}: ${r.firstWeek === r.lastWeek ? week(r.firstWeek) : `${week(r.firstWeek)} to ${week(r.lastWeek)}`}`))));
}

function alertPanel(report) {
  const alerts = report.alerts || [];
  return h('section', { class: 'panel', 'aria-labelledby': 'store-alerts-title' },
    h('h2', { id: 'store-alerts-title' }, 'Alerts'),
    alerts.length ? h('ul', { class: 'alert-list' }, alerts.map((a) => {
      const [label, tone] = ALERTS[a.kind] || [a.kind, 'muted'];
      return h('li', { class: `alert-item kind-${tone}` }, h('span', { class: `badge badge-${tone === 'danger' ? 'danger' : tone === 'warn' ? 'warn' : 'muted'}` }, label),
        h('div', { class: 'alert-body' }, h('p', {}, a.message)));
    })) : h('p', { class: 'metric-note' }, 'No alerts for this period.'));
}

// What each figure of the dashboard is and how it is computed (docs/indicators.md in plain words),
// and the "i" beside a figure that opens its entry in place.
import { h } from './dom.js';

export const TERMS = [
  ['chi', 'Culture Health Index (CHI)',
    'The mean of the values, empowerment and recognition scores, from 0 to 100. It is shown only when all three ' +
    'are published for the period; otherwise it says why not.'],
  ['dimension', 'Dimension score',
    'Each agree/disagree item scores 0 to 100: (mean answer − 1) × 25, so “strongly disagree” is 0 and “strongly ' +
    'agree” is 100. A dimension’s score is the mean of its items’ scores. Yes/no items, counts and the limit ' +
    'question are shown on their own, never mixed into a score.'],
  ['favourable', 'Favourable share',
    'The share answering 4 or 5 (agree or strongly agree) to an agree/disagree item, with its 95% interval ' +
    '(Wilson). For a reverse-scored item, disagreeing is the favourable answer.'],
  ['reverse', 'Reverse-scored item',
    'An item worded so that agreeing is bad news, such as “Customers get passed from team to team before their ' +
    'problem is solved”. Its answers are turned round before scoring: a low mean answer is a high score.'],
  ['interval', '95% interval',
    'The range in which the figure for all the store’s staff lies, with 95% confidence, given the answers ' +
    'received. Few answers give a wide interval: read the figure with it.'],
  ['trend', 'Trend',
    'The change against the previous period of the same length (the week, four weeks, month or quarter ' +
    'before). ▲ or ▼ marks a change that is significant at the 5% level; “steady” means it could be chance, ' +
    'whatever its size.'],
  ['agreement', 'Agreement',
    'How alike the answers to a dimension are, from 0 to 1: 1 when everybody gives the same answer, lower as ' +
    'answers spread out (1 − standard deviation ÷ 50 on the 0-100 scale).'],
  ['polarised', 'Polarised',
    'A store is polarised when at least a quarter of its staff agree and at least a quarter disagree on a core ' +
    'dimension: an average would hide two camps.'],
  ['enps', 'eNPS (employee Net Promoter Score)',
    'From “How likely are you to recommend this store to a friend as a place to work?” (0-10): the share ' +
    'answering 9-10 minus the share answering 0-6, from −100 to +100.'],
  ['participation', 'Participation',
    'Sessions divided by headcount × weeks: the average share of staff who took the pulse each published week. ' +
    'Weeks still collecting or held back count in neither part. Over 100% is shown and flagged: the headcount ' +
    'is probably out of date.'],
  ['held-back', 'Held back',
    'No figure rests on fewer than k people (the minimum group size, 5 unless your organisation chose more), ' +
    'and no difference between two figures, two periods or two readings singles out fewer than k. A store ' +
    'with few answers shows over a month or a quarter what its weeks cannot.'],
  ['collecting', 'Collecting',
    'A week is published a few days after it ends, once kiosks that were offline have sent their answers. ' +
    'Until then its figures say “collecting”.'],
  ['revision', 'Late answers',
    'Answers from a kiosk that was offline when its week was published are kept apart until at least k of ' +
    'them can be released together; the store page says when a week was revised.'],
  ['knows-limit', 'Know their limit',
    'The share agreeing “I know how much I may spend to fix a customer’s problem without asking.”'],
  ['used-7d', 'Used it in the last 7 days',
    'The share answering yes to “In the last 7 days, I fixed a customer’s problem without asking for approval.”'],
  ['trusted', 'Feel trusted to decide',
    'The share agreeing they feel trusted to make things right for a customer.'],
  ['limit-gap', 'Believed vs real limit',
    'Staff choose the amount they think they may spend without approval; each answer is compared with the ' +
    'store’s real limit: believe it is lower, know it, believe it is higher, or don’t know.'],
  ['remediation', '“I fixed it” events',
    'Problems staff logged at the kiosk as fixed on the spot, anonymously and by date only: the count, the ' +
    'events per 10 staff per week, and their mix by category and amount (no money, up to half the limit, up ' +
    'to the limit, above it with approval, above it without approval).'],
  ['feedback-action', '“Things change here because of what we say”',
    'The share agreeing with this rotating kiosk item: whether staff see their answers lead to something. ' +
    'Plans shared with staff and “you said, we did” on the kiosk are meant to move it.'],
  ['consistency', 'Consistency across stores',
    'The spread of store CHIs in a region or the organisation: the middle half of stores lies between the ' +
    'quartiles, and the interquartile range (IQR) is their distance. A wide spread is itself a finding. Shown ' +
    'to HR only.'],
];

const BY_KEY = new Map(TERMS.map(([key, term, text]) => [key, { term, text }]));

// Returns the "i" beside a figure: a disclosure with the term's entry and a link to the glossary.
export function info(key) {
  const entry = BY_KEY.get(key);
  if (!entry) throw new Error(`no glossary entry '${key}'`);
  const text = h('div', { class: 'info-text', role: 'note' },
    h('p', {}, h('strong', {}, entry.term), ': ', entry.text),
    h('a', { href: `#/glossary?term=${key}`, 'aria-label': `${entry.term} among all terms in the glossary` },
      'All terms in the glossary'));
  const box = h('details', { class: 'info' },
    h('summary', { 'aria-label': `What is “${entry.term}”?`, title: `What is “${entry.term}”?` }, 'i'), text);
  // Kept inside the window: shifted left when it would run past the right edge.
  box.addEventListener('toggle', () => {
    if (!box.open) return;
    text.style.left = '0px';
    const edge = document.documentElement.clientWidth - 8;
    const rect = text.getBoundingClientRect();
    if (rect.right > edge) text.style.left = `${Math.max(8 - (rect.left), edge - rect.right)}px`;
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && box.open) {
      box.open = false;
      box.querySelector('summary').focus();
    }
  });
  return box;
}

// The glossary: every figure of the dashboard, what it is and how it is computed.
import { h, fill } from '../dom.js';
import { TERMS } from '../glossary.js';

export async function render(main, { params }) {
  document.title = 'Glossary · Storepulse';
  fill(main,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Glossary'),
        h('p', {}, 'What each figure means and how it is computed. Every figure comes from anonymous answers, ' +
          'published a week at a time and never for fewer than k people.'))),
    h('section', { class: 'panel' },
      h('dl', { class: 'glossary' }, TERMS.map(([key, term, text]) => [
        h('dt', { id: `term-${key}` }, term),
        h('dd', {}, text),
      ]))));
  const wanted = params.get('term');
  const target = wanted && document.getElementById(`term-${wanted}`);
  if (target) {
    target.classList.add('term-wanted');
    target.scrollIntoView({ block: 'start' });
  } else {
    window.scrollTo(0, 0);
  }
}

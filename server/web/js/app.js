// The dashboard shell: who is signed in, the navigation, and a hash router over the views.
import { get, post, setCsrfToken, setUnauthenticatedHandler } from './api.js';
import { h, fill } from './dom.js';
import { ROLES } from './labels.js';
import * as signin from './views/signin.js';
import * as overview from './views/overview.js';
import * as store from './views/store.js';
import * as alerts from './views/alerts.js';
import * as kiosks from './views/kiosks.js';
import * as users from './views/users.js';
import * as exporter from './views/export.js';
import * as plans from './views/plans.js';
import * as plan from './views/plan.js';
import * as planForm from './views/plan_form.js';
import * as stories from './views/stories.js';
import * as glossary from './views/glossary.js';
import * as assessments from './views/assessments.js';
import * as assessment from './views/assessment.js';

const ROUTES = {
  overview: { view: overview, label: 'Overview', scores: true },
  store: { view: store, scores: true },
  alerts: { view: alerts, label: 'Alerts', scores: true },
  plans: { view: plans, label: 'Plans', scores: true },
  plan: { view: plan, scores: true, under: 'plans' },
  'plan-new': { view: planForm, scores: true, under: 'plans' },
  'plan-edit': { view: { render: (main, context) => planForm.render(main, { ...context, editing: true }) }, scores: true, under: 'plans' },
  stories: { view: stories, label: 'Stories', scores: true },
  assessments: { view: assessments, label: 'Assessments', scores: true },
  assessment: { view: assessment, scores: true, under: 'assessments' },
  kiosks: { view: kiosks, label: 'Kiosks' },
  users: { view: users, label: 'Users', operators: true },
  export: { view: exporter, label: 'Export', scores: true },
  glossary: { view: glossary, label: 'Glossary', scores: true },
};

let session = null;
let renderCount = 0;

// Returns {name, id, params} from location.hash like "#/store/12?period=4w".
function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search] = hash.split('?');
  const [name, id] = (path || '').split('/');
  return { name: name || '', id: id ? decodeURIComponent(id) : '', params: new URLSearchParams(search || '') };
}

function allowed(route) {
  if (!session || !route) return false;
  if (route.scores && !session.maySeeScores) return false;
  if (route.operators && session.role === 'manager') return false;
  return true;
}

function homeRoute() {
  return session && session.maySeeScores ? 'overview' : 'kiosks';
}

// Goes to a route; params is an object or URLSearchParams.
export function navigate(name, id, params) {
  const search = new URLSearchParams(params || {}).toString();
  const target = `#/${name}${id ? `/${encodeURIComponent(id)}` : ''}${search ? `?${search}` : ''}`;
  if (location.hash === target) render();
  else location.hash = target;
}

function renderShell(current) {
  const nav = document.getElementById('nav');
  const account = document.getElementById('account');
  nav.hidden = !session;
  account.hidden = !session;
  if (!session) return;
  const links = Object.entries(ROUTES)
    .filter(([, route]) => route.label && allowed(route))
    .map(([name, route]) => h('a', {
      href: `#/${name}`,
      'aria-current': name === current || (current === 'store' && name === 'overview')
        || (ROUTES[current] && ROUTES[current].under === name) ? 'page' : null,
    }, route.label));
  fill(nav, links);
  document.getElementById('account-name').textContent = `${session.username} · ${ROLES[session.role] || session.role}`;
}

async function render() {
  const main = document.getElementById('main');
  const token = ++renderCount;
  const { name, id, params } = parseHash();
  if (!session || name === 'signin') {
    if (session && name === 'signin') return navigate(homeRoute());
    renderShell('signin');
    document.title = 'Sign in · Storepulse';
    return signin.render(main, { onSignedIn: signedIn });
  }
  const route = ROUTES[name];
  if (!allowed(route)) return navigate(homeRoute());
  renderShell(name);
  fill(main, h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  try {
    await route.view.render(main, { session, id, params, navigate, isCurrent: () => token === renderCount });
  } catch (error) {
    if (token !== renderCount) return;
    if (error.status === 401) return;
    fill(main, h('h1', {}, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, error.status === 403 || error.status === 404
        ? 'This page is not available to you. You can only open the stores assigned to you.'
        : error.message));
  }
  if (token === renderCount) {
    const heading = main.querySelector('h1');
    if (heading && document.activeElement && document.activeElement !== document.body
        && !main.contains(document.activeElement)) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }
}

function signedIn(who) {
  session = who;
  setCsrfToken(who.csrfToken);
  const { name } = parseHash();
  if (!name || name === 'signin') navigate(homeRoute());
  else render();
}

function signedOut() {
  session = null;
  setCsrfToken('');
  navigate('signin');
}

async function boot() {
  setUnauthenticatedHandler(() => { if (session) signedOut(); });
  document.getElementById('sign-out').addEventListener('click', async () => {
    try { await post('/api/v1/auth/logout'); } catch { /* the session may already be gone */ }
    signedOut();
  });
  window.addEventListener('hashchange', render);
  try {
    const who = await get('/api/v1/auth/me');
    session = who;
    setCsrfToken(who.csrfToken);
  } catch {
    session = null;
  }
  render();
}

boot();

// The sign-in page.
import { post } from '../api.js';
import { h, fill } from '../dom.js';

export function render(main, { onSignedIn }) {
  const error = h('p', { class: 'error', role: 'alert', hidden: true, id: 'signin-error' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false', 'aria-describedby': 'signin-error' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', required: true,
    autocomplete: 'current-password', 'aria-describedby': 'signin-error' });
  const submit = h('button', { class: 'button', type: 'submit' }, 'Sign in');

  const form = h('form', { novalidate: true, 'aria-labelledby': 'signin-title' },
    h('label', { class: 'field', for: 'username' }, 'Username', username),
    h('label', { class: 'field', for: 'password' }, 'Password', password),
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value || !password.value) {
      showError('Enter your username and password.');
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    try {
      const who = await post('/api/v1/auth/login', { username: username.value.trim(), password: password.value });
      onSignedIn(who);
    } catch (e) {
      password.value = '';
      if (e.status === 429) {
        const minutes = Math.max(1, Math.ceil((e.retryAfter || 60) / 60));
        showError(`Too many failed attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`);
      } else if (e.status === 401) {
        showError('That username and password do not match.');
      } else {
        showError(e.message);
      }
      submit.disabled = false;
      submit.textContent = 'Sign in';
      password.focus();
    }
  });

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }

  fill(main, h('div', { class: 'signin' },
    h('div', { class: 'panel' },
      h('h1', { id: 'signin-title' }, 'Sign in'),
      h('p', {}, 'Culture health for every store: scores, trends and how far staff use their power to fix things.'),
      error, form,
      h('p', { class: 'signin-note' },
        'Staff answers are anonymous. Groups smaller than the minimum size are never shown, to anyone.'))));
  username.focus();
}

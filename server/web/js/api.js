// The dashboard's only door to the server: JSON over fetch with the session cookie, and the
// CSRF token on every state-changing request.

export class ApiError extends Error {
  constructor(status, code, message, retryAfter) {
    super(message || `Request failed (${status})`);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

let csrfToken = '';
let onUnauthenticated = () => {};

// Remembers the CSRF token of the signed-in session.
export function setCsrfToken(token) { csrfToken = token || ''; }

// Sets what happens when the session has expired (the app shows the sign-in page).
export function setUnauthenticatedHandler(handler) { onUnauthenticated = handler; }

// Returns the parsed JSON answer of a request; throws ApiError otherwise.
export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.');
  }
  if (response.status === 204) return {};
  let data = {};
  const text = await response.text();
  if (text) {
    try { data = JSON.parse(text); } catch { data = {}; }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data.error, data.message,
      Number(response.headers.get('Retry-After')) || 0);
    if (response.status === 401 && path !== '/api/v1/auth/login') onUnauthenticated();
    throw error;
  }
  return data;
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);

// Returns a query string from an object, skipping empty values.
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

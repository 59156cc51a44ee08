// Small DOM helpers. Everything is built with createElement and textContent, never from HTML
// strings, so no report text can inject markup; sizes go through element.style (allowed by
// the Content-Security-Policy, unlike inline style attributes).

// Returns a new element: h('td', {class: 'num', colspan: 2}, 'text', child, [more]).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'style') Object.assign(el.style, value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Replaces the children of el.
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// Announces text to screen readers through the page's live region.
export function announce(text) {
  const live = document.getElementById('live');
  if (live) live.textContent = text;
}

// Returns "72" for a 0-100 score, or "–".
export function score(value) {
  return value === undefined || value === null ? '–' : Math.round(value).toString();
}

// Returns "64%" for a 0..1 share.
export function percent(value, digits = 0) {
  return value === undefined || value === null ? '–' : `${(value * 100).toFixed(digits)}%`;
}

// Returns a signed number: "+3.2", "−1.0".
export function signed(value, digits = 1) {
  if (value === undefined || value === null) return '–';
  const text = Math.abs(value).toFixed(digits);
  // A change that rounds to zero has no sign: "0.0", never "−0.0".
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

// Returns money from minor units: "€50", "£25.50".
export function money(minor, currency) {
  const amount = Number(minor || 0) / 100;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'EUR',
      maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
  } catch {
    return `${amount} ${currency || ''}`.trim();
  }
}

// Returns "5 min ago", "3 days ago" for unix seconds.
export function ago(unixSeconds) {
  if (!unixSeconds) return 'never';
  const seconds = Math.max(0, Date.now() / 1000 - unixSeconds);
  if (seconds < 90) return 'just now';
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 36 * 3600) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86400)} days ago`;
}

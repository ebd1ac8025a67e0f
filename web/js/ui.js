// DOM helpers, the message banner and focus handling. Text from the server is always set as
// textContent, never parsed as HTML: interviewer messages quote resumes and job descriptions.

/** h('button', {class: 'primary', onclick: fn}, 'Send') */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'hidden') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// ---- banner --------------------------------------------------------------------------------

const banner = () => document.getElementById('banner');

/** Shows an ApiError (RFC 7807 title/detail, field errors) or any Error as a friendly message. */
export function showProblem(error, { focus = false } = {}) {
  const title = error?.title || 'Something went wrong';
  let detail = error?.detail || (error?.title ? '' : error?.message || '');
  if (error?.status === 429 && error.retryAfter && !/try again/i.test(detail)) {
    detail = `${detail} Please try again in ${Math.ceil(error.retryAfter)} seconds.`.trim();
  }
  const fieldErrors = error?.errors ? Object.entries(error.errors) : [];
  // Some services repeat the single field message as the detail; say it once.
  if (fieldErrors.some(([, m]) => String(m) === detail)) detail = '';
  render('error', title, detail, fieldErrors, focus);
}

export function showNotice(title, detail = '', { focus = false } = {}) {
  render('notice', title, detail, [], focus);
}

function render(kind, title, detail, fieldErrors, focus) {
  const host = banner();
  const list = fieldErrors.length
    ? h('ul', { class: 'banner-fields' }, fieldErrors.map(([field, msg]) =>
        h('li', {}, h('strong', { text: humanise(field) }), ': ', Array.isArray(msg) ? msg.join(', ') : String(msg))))
    : null;
  const box = h('div', { class: `banner banner-${kind}`, tabindex: '-1' },
    h('div', { class: 'banner-body' },
      h('p', { class: 'banner-title', text: title }),
      detail ? h('p', { class: 'banner-detail', text: detail }) : null,
      list),
    h('button', { type: 'button', class: 'banner-close', 'aria-label': 'Dismiss message', onclick: clearBanner }, '×'));
  // The host is a persistent live region: role=alert for errors, status for notices.
  host.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  clear(host, box);
  if (focus) box.focus();
}

export function clearBanner() {
  clear(banner());
}

function humanise(field) {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

// ---- misc ----------------------------------------------------------------------------------

/** Moves focus to the view's heading so screen-reader and keyboard users land on the new step. */
export function focusHeading(root) {
  const heading = root.querySelector('h1, h2');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}

export function formatDate(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** crypto.randomUUID exists only in secure contexts; getRandomValues works everywhere. */
export function uuid() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const sleep = (ms, signal) => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

/** Puts a button into a busy state while an async action runs; returns the action's result. */
export async function busy(button, label, action) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = label;
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = original;
  }
}

/** A labelled form field; returns {wrap, input}. */
export function field({ id, label, type = 'text', hint, attrs = {}, control }) {
  const hintId = hint ? `${id}-hint` : null;
  const input = control || h('input', { id, name: id, type, ...attrs });
  input.id = id;
  if (hintId) input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), hintId].filter(Boolean).join(' '));
  const wrap = h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    input,
    hint ? h('p', { class: 'hint', id: hintId, text: hint }) : null);
  return { wrap, input };
}

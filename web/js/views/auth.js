// Log in, register, resend confirmation, request and complete a password reset.
import * as api from '../api.js';
import { h, field, busy, showProblem, clearBanner, clear, focusHeading } from '../ui.js';
import { navigate } from '../router.js';

function card(title, intro, ...body) {
  return h('section', { class: 'card narrow', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title', text: title }),
    intro ? h('p', { class: 'lead', text: intro }) : null,
    ...body);
}

function links(...items) {
  return h('nav', { class: 'form-links', 'aria-label': 'Other account actions' },
    items.map(([href, text]) => h('a', { href, text })));
}

/** Replaces a form with a calm confirmation under a new heading, and focuses the heading. */
function done(section, title, text, ...extra) {
  const heading = section.querySelector('h1');
  heading.textContent = title;
  document.title = `${title} · Intervu`;
  clear(section, heading, h('div', { class: 'done' }, h('p', { text }), ...extra));
  focusHeading(section);
}

export function loginView(_params, query) {
  const login = field({ id: 'login', label: 'Username or email', attrs: { autocomplete: 'username', required: true } });
  const password = field({ id: 'password', label: 'Password', type: 'password', attrs: { autocomplete: 'current-password', required: true } });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Log in' });
  const form = h('form', { novalidate: true }, login.wrap, password.wrap, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    clearBanner();
    try {
      await busy(submit, 'Logging in…', () => api.login({ login: login.input.value.trim(), password: password.input.value }));
      navigate(query.next && query.next.startsWith('/') ? query.next : '/new');
    } catch (error) {
      showProblem(error);
      password.input.select();
    }
  });
  const intro = query.confirmed ? 'Your email is confirmed. You can log in now.' : 'Practise interviews for the job you want, at your own pace.';
  return { element: card('Log in', intro, form,
    links(['#/register', 'Create an account'], ['#/forgot', 'Forgot your password?'], ['#/resend', 'Resend confirmation email'])) };
}

export function registerView() {
  const username = field({ id: 'username', label: 'Username', hint: '3–40 letters, digits, dots, dashes or underscores.',
    attrs: { autocomplete: 'username', required: true, minlength: 3, maxlength: 40, pattern: '[A-Za-z0-9._\\-]{3,40}' } });
  const email = field({ id: 'email', label: 'Email', type: 'email', attrs: { autocomplete: 'email', required: true } });
  const password = field({ id: 'new-password', label: 'Password', type: 'password', hint: 'At least 10 characters, not a common password and not containing your username.',
    attrs: { autocomplete: 'new-password', required: true, minlength: 10 } });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Create account' });
  const form = h('form', { novalidate: true }, username.wrap, email.wrap, password.wrap, h('div', { class: 'actions' }, submit));
  const section = card('Create an account', 'We will send you an email to confirm your address.', form,
    links(['#/login', 'I already have an account'], ['#/resend', 'Resend confirmation email']));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    clearBanner();
    try {
      await busy(submit, 'Creating…', () => api.register({
        username: username.input.value.trim(), email: email.input.value.trim(), password: password.input.value }));
      done(section, 'Check your inbox',
        'We have mailed the address: a confirmation link to open before you log in or, if it already has an account, a note telling you how to sign in.',
        h('p', {}, h('a', { href: '#/login', class: 'button', text: 'Go to log in' })));
    } catch (error) {
      showProblem(error);
    }
  });
  return { element: section };
}

function emailOnlyView({ title, intro, button, busyLabel, action, doneTitle, doneText }) {
  const email = field({ id: 'email', label: 'Email', type: 'email', attrs: { autocomplete: 'email', required: true } });
  const submit = h('button', { type: 'submit', class: 'primary', text: button });
  const form = h('form', { novalidate: true }, email.wrap, h('div', { class: 'actions' }, submit));
  const section = card(title, intro, form, links(['#/login', 'Back to log in']));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    clearBanner();
    try {
      await busy(submit, busyLabel, () => action(email.input.value.trim()));
      done(section, doneTitle, doneText, h('p', {}, h('a', { href: '#/login', text: 'Back to log in' })));
    } catch (error) {
      showProblem(error);
    }
  });
  return { element: section };
}

export function forgotView() {
  return emailOnlyView({
    title: 'Reset your password', intro: 'Enter the email you registered with; we will send a reset link.',
    button: 'Send reset link', busyLabel: 'Sending…', action: api.requestPasswordReset,
    doneTitle: 'Check your inbox', doneText: 'If an account uses this address, a reset link is on its way. It works once, for 30 minutes.',
  });
}

export function resendView() {
  return emailOnlyView({
    title: 'Resend confirmation', intro: 'Lost the confirmation email? We will send a fresh link (older links stop working).',
    button: 'Resend email', busyLabel: 'Sending…', action: api.resendConfirmation,
    doneTitle: 'Check your inbox', doneText: 'If an unconfirmed account uses this address, a new confirmation link is on its way.',
  });
}

/** Target of the reset mail's link: #/reset?token=... */
export function resetView(_params, query) {
  const password = field({ id: 'new-password', label: 'New password', type: 'password', hint: 'At least 10 characters.',
    attrs: { autocomplete: 'new-password', required: true, minlength: 10 } });
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Set new password' });
  const form = h('form', { novalidate: true }, password.wrap, h('div', { class: 'actions' }, submit));
  const section = card('Choose a new password', query.token ? null : 'This page needs the link from your reset email.', form,
    links(['#/forgot', 'Request a new link'], ['#/login', 'Back to log in']));
  if (!query.token) submit.disabled = true;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity() || !query.token) return;
    clearBanner();
    try {
      await busy(submit, 'Saving…', () => api.confirmPasswordReset({ token: query.token, newPassword: password.input.value }));
      done(section, 'Password changed', 'You were logged out everywhere. Log in with your new password.',
        h('p', {}, h('a', { href: '#/login', class: 'button', text: 'Go to log in' })));
    } catch (error) {
      showProblem(error);
    }
  });
  return { element: section };
}

/**
 * Confirms an email address from a link token (#/confirm?token=... or /confirm-email?token=...),
 * but only when the person presses the button: opening the page changes nothing, because mail
 * scanners and link previews open mailed links on their own.
 */
export function confirmView(_params, query) {
  if (!query.token) {
    return { element: card('Link incomplete', 'This page needs the link from your confirmation email.',
      h('p', {}, h('a', { href: '#/resend', class: 'button', text: 'Send a new link' }))) };
  }
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Confirm my email' });
  const form = h('form', { novalidate: true }, h('div', { class: 'actions' }, submit));
  const section = card('Confirm your email', 'Press the button to confirm this address and activate your account.', form,
    links(['#/resend', 'Send a new link'], ['#/login', 'Back to log in']));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearBanner();
    try {
      await busy(submit, 'Confirming…', () => api.confirmEmail(query.token));
      done(section, 'Email confirmed', 'Your account is active. You can log in now.',
        h('p', {}, h('a', { href: '#/login', class: 'button primary', text: 'Go to log in' })));
    } catch (error) {
      done(section, 'This link did not work', error.detail || error.title || 'It may have expired or been used already.',
        h('p', {}, h('a', { href: '#/resend', class: 'button', text: 'Send a new link' })));
    }
  });
  return { element: section };
}

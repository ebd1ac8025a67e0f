// The account page: who is logged in, change password, delete the account (erases every service's data).
import * as api from '../api.js';
import { h, field, busy, showProblem, showNotice, clearBanner, clear, formatDate } from '../ui.js';
import { navigate } from '../router.js';

export function accountView() {
  const details = h('dl', { class: 'facts' }, h('div', {}, h('dt', { text: 'Account' }), h('dd', { text: 'Loading…' })));

  const current = field({ id: 'current-password', label: 'Current password', type: 'password', attrs: { autocomplete: 'current-password', required: true } });
  const next = field({ id: 'new-password', label: 'New password', type: 'password', hint: 'At least 10 characters.',
    attrs: { autocomplete: 'new-password', required: true, minlength: 10 } });
  const changeButton = h('button', { type: 'submit', class: 'primary', text: 'Change password' });
  const changeForm = h('form', { novalidate: true, 'aria-labelledby': 'change-title' },
    h('h2', { id: 'change-title', text: 'Change password' }), current.wrap, next.wrap, h('div', { class: 'actions' }, changeButton));
  changeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!changeForm.reportValidity()) return;
    clearBanner();
    try {
      await busy(changeButton, 'Saving…', () => api.changePassword({ currentPassword: current.input.value, newPassword: next.input.value }));
      changeForm.reset();
      showNotice('Password changed', 'Use the new password next time you log in.', { focus: true });
    } catch (error) {
      showProblem(error);
    }
  });

  const confirmPassword = field({ id: 'delete-password', label: 'Password', type: 'password', attrs: { autocomplete: 'current-password', required: true } });
  const understand = h('input', { type: 'checkbox', id: 'delete-understand', required: true });
  const deleteButton = h('button', { type: 'submit', class: 'danger', text: 'Delete my account' });
  const deleteForm = h('form', { novalidate: true, class: 'danger-zone', 'aria-labelledby': 'delete-title' },
    h('h2', { id: 'delete-title', text: 'Delete account' }),
    h('p', { text: 'This removes your account, interviews, recordings, transcripts, evaluations and reports from every part of Intervu. It cannot be undone.' }),
    confirmPassword.wrap,
    h('div', { class: 'field checkbox' }, understand, h('label', { for: 'delete-understand', text: 'I understand that everything is deleted for good' })),
    h('div', { class: 'actions' }, deleteButton));
  deleteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!deleteForm.reportValidity()) return;
    clearBanner();
    try {
      await busy(deleteButton, 'Deleting…', () => api.deleteAccount(confirmPassword.input.value));
      window.addEventListener('hashchange', () => showNotice('Account deleted', 'Your data is being erased from every service.'), { once: true });
      navigate('/login');
    } catch (error) {
      showProblem(error);
    }
  });

  (async () => {
    try {
      const me = await api.me();
      const facts = [['Username', me?.username], ['Email', me?.email], ['Member since', me?.createdAt && formatDate(me.createdAt)]];
      clear(details, facts.filter(([, v]) => v).map(([k, v]) => h('div', {}, h('dt', { text: k }), h('dd', { text: v }))));
    } catch (error) {
      clear(details, h('div', {}, h('dt', { text: 'Account' }), h('dd', { text: 'Could not load' })));
      showProblem(error);
    }
  })();

  return { element: h('section', { class: 'card account', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title', text: 'Your account' }), details, changeForm, deleteForm) };
}

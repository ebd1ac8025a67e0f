// Boot: restore the session from the refresh token, draw the header, start routing.
import * as api from './api.js';
import { tokens } from './tokens.js';
import { startRouter, navigate, currentPath } from './router.js';
import { clearBanner, showNotice } from './ui.js';
import { loginView, registerView, forgotView, resendView, resetView, confirmView } from './views/auth.js';
import { accountView } from './views/account.js';
import { newInterviewView, prepareView } from './views/new-interview.js';
import { roomView } from './views/room.js';
import { historyView } from './views/history.js';
import { progressView } from './views/progress.js';

// Mail links may point at plain paths (auth-service's AUTH_RESET_PATH default is
// /reset-password?token=...); turn them into hash routes and keep the token in memory only, so it
// stays out of the address bar and the browser history.
const PATH_ROUTES = { '/reset-password': '/reset', '/confirm-email': '/confirm' };
let mailToken = null;
function adoptMailLink() {
  const route = PATH_ROUTES[location.pathname];
  if (!route) return;
  mailToken = new URLSearchParams(location.search).get('token');
  history.replaceState(null, '', `/#${route}`);
}
const withMailToken = (view) => (params, query) => view(params, { ...query, token: query.token || mailToken });

const AUTH = { auth: true };
const GUEST = { guest: true };

const table = [
  ['/login', loginView, GUEST],
  ['/register', registerView, GUEST],
  ['/forgot', forgotView, GUEST],
  ['/resend', resendView, GUEST],
  ['/reset', withMailToken(resetView)],
  ['/confirm', withMailToken(confirmView)],
  ['/account', accountView, AUTH],
  ['/new', newInterviewView, AUTH],
  ['/history', historyView, AUTH],
  ['/progress', progressView, AUTH],
  ['/interviews/:id', prepareView, AUTH],
  ['/interviews/:id/room', roomView, AUTH],
  ['/', () => ({ element: document.createElement('div') }), AUTH],
];

function guard(options, path) {
  const loggedIn = tokens.isLoggedIn();
  if (options.auth && !loggedIn) return path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`;
  if (options.guest && loggedIn) return '/new';
  if (path === '/' && loggedIn) return '/history';
  return null;
}

function renderHeader(loggedIn) {
  document.getElementById('nav-signed-in').hidden = !loggedIn;
  document.getElementById('nav-signed-out').hidden = loggedIn;
  const path = currentPath();
  for (const link of document.querySelectorAll('.site-nav a[href^="#/"]')) {
    const target = link.getAttribute('href').slice(1);
    if (path === target || (target === '/history' && path.startsWith('/interviews/'))) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function boot() {
  adoptMailLink();
  document.getElementById('logout').addEventListener('click', async () => {
    await api.logout();
    navigate('/login');
  });
  api.onSessionChange((loggedIn) => {
    renderHeader(loggedIn);
    if (!loggedIn && !['/login', '/register', '/forgot', '/resend', '/reset', '/confirm'].includes(currentPath())) {
      // After the route change, whose hashchange clears the banner, not before it.
      window.addEventListener('hashchange', () => showNotice('Your session has ended', 'Please log in again to continue.'), { once: true });
      navigate('/login');
    }
  });
  window.addEventListener('hashchange', () => { clearBanner(); renderHeader(tokens.isLoggedIn()); });

  if (tokens.refreshToken()) await api.restoreSession();
  renderHeader(tokens.isLoggedIn());
  startRouter({ table, mount: document.getElementById('main'), beforeEach: guard });
}

boot();

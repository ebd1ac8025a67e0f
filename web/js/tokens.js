// The access token lives only in memory (gone with the tab); the refresh token in sessionStorage
// so a reload keeps the session but closing the tab ends it.
const REFRESH_KEY = 'intervu.refreshToken';
const EARLY_REFRESH_MS = 30_000; // refresh shortly before expiry rather than eat a 401

let access = null;
let accessExpiresAt = 0;

function readStorage() {
  try { return sessionStorage.getItem(REFRESH_KEY); } catch { return null; }
}

function writeStorage(value) {
  try {
    if (value) sessionStorage.setItem(REFRESH_KEY, value);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch { /* storage disabled: the session then lasts until reload */ }
}

let refresh = readStorage();

export const tokens = {
  accessToken: () => access,
  refreshToken: () => refresh,
  isLoggedIn: () => Boolean(access || refresh),
  needsRefresh: () => Boolean(refresh) && (!access || Date.now() > accessExpiresAt - EARLY_REFRESH_MS),
  store({ accessToken, refreshToken, expiresIn }) {
    access = accessToken || null;
    const seconds = Number(expiresIn);
    accessExpiresAt = Date.now() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 900) * 1000;
    if (refreshToken) { refresh = refreshToken; writeStorage(refreshToken); }
  },
  clear() {
    access = null;
    accessExpiresAt = 0;
    refresh = null;
    writeStorage(null);
  },
};

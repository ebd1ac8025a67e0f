// Hash routing: #/login, #/new, #/interviews/<id>, #/interviews/<id>/room, #/history ...
// Each view is a function (params, query) -> {element, destroy?}; destroy stops its polling.
let routes = [];
let current = null;
let outlet = null;
let guard = () => null;

export function startRouter({ table, mount, beforeEach }) {
  routes = table.map(([pattern, view, options = {}]) => ({ ...compile(pattern), view, options }));
  outlet = mount;
  guard = beforeEach || guard;
  window.addEventListener('hashchange', resolve);
  resolve();
}

export function navigate(path) {
  if (location.hash === `#${path}`) resolve();
  else location.hash = path;
}

export function currentPath() {
  return (location.hash.slice(1) || '/').split('?')[0];
}

function compile(pattern) {
  const names = [];
  const source = pattern.replace(/:([a-zA-Z]+)/g, (_, name) => { names.push(name); return '([^/]+)'; });
  return { regex: new RegExp(`^${source}$`), names };
}

function resolve() {
  const [path, queryString = ''] = (location.hash.slice(1) || '/').split('?');
  const query = Object.fromEntries(new URLSearchParams(queryString));
  for (const route of routes) {
    const match = route.regex.exec(path);
    if (!match) continue;
    const redirect = guard(route.options, path);
    if (redirect && redirect !== path) { navigate(redirect); return; }
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    show(route.view(params, query));
    return;
  }
  navigate('/');
}

function show(next) {
  try { current?.destroy?.(); } catch { /* a view failing to clean up must not block navigation */ }
  current = next;
  outlet.replaceChildren(next.element);
  const heading = next.element.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    document.title = `${heading.textContent} · Intervu`;
  }
}

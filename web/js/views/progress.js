// Progress across interviews: scores by criterion and by topic over time (charts with their data
// tables), delivery trends, and "Practise these topics" for the weakest ones.
import * as api from '../api.js';
import { h, clear, showProblem, formatDate } from '../ui.js';
import { navigate } from '../router.js';
import { lineChart } from '../line-chart.js';

const CRITERIA = { relevance: 'Relevance', technicalDepth: 'Technical depth', clarity: 'Clarity', roleAlignment: 'Role alignment',
  specificity: 'Specificity' };
const DELIVERY = [
  ['wordsPerMinute', 'Pace (words/min)', (v) => v.toFixed(0)],
  ['fillerRate', 'Fillers (per word)', (v) => `${(v * 100).toFixed(1)} %`],
  ['longPauseCount', 'Long pauses', (v) => v.toFixed(1)],
  ['timeToFirstWordSeconds', 'Time to first word (s)', (v) => v.toFixed(1)],
];
const PRACTISE_MAX = 4;
// Topics whose latest score is under this are offered for practice, ticked.
const WEAK = 3.5;

export function progressView() {
  const body = h('div', { 'aria-busy': 'true' },
    h('div', { class: 'working' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('p', { text: 'Loading your progress…' })));
  const section = h('section', { class: 'card wide', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title', text: 'Your progress' }), body);

  (async () => {
    try {
      const progress = await api.getProgress();
      body.removeAttribute('aria-busy');
      if (!progress.interviews.length) {
        clear(body, h('div', { class: 'empty' },
          h('p', { text: 'Your progress appears here once an interview has been scored.' }),
          h('a', { href: '#/new', class: 'button', text: 'Prepare an interview' })));
        return;
      }
      clear(body, ...content(progress));
    } catch (error) {
      body.removeAttribute('aria-busy');
      clear(body, h('p', { class: 'muted', text: 'Your progress could not be loaded.' }));
      showProblem(error);
    }
  })();

  return { element: section };
}

function content(progress) {
  const columns = progress.interviews.map((i, k) => `${k + 1}. ${formatDate(i.completedAt)}`);
  const criteriaSeries = Object.entries(CRITERIA).map(([key, name]) => ({
    name, values: progress.interviews.map((i) => (typeof i.criteria[key] === 'number' ? i.criteria[key] : null)) }));
  criteriaSeries.unshift({ name: 'Overall', values: progress.interviews.map((i) => i.overallScore) });
  const topicSeries = progress.topics.map((t) => ({
    name: t.name, values: progress.interviews.map((i) => (typeof i.topics[t.name] === 'number' ? i.topics[t.name] : null)) }));
  return [
    h('p', { class: 'lead', text: `${progress.interviews.length} scored interview${progress.interviews.length === 1 ? '' : 's'}, oldest first. Scores are 1–5.` }),
    lineChart({ id: 'chart-criteria', title: 'Scores by criterion', columnLabels: columns, series: criteriaSeries,
      summary: trendSummary(progress.criteria, CRITERIA) }),
    topicSeries.length ? lineChart({ id: 'chart-topics', title: 'Scores by topic', columnLabels: columns, series: topicSeries,
      summary: trendSummary(progress.topics) }) : null,
    delivery(progress, columns),
    practise(progress.topics),
  ];
}

/** One sentence per name: first and latest score, so the chart's image has a text equivalent. */
function trendSummary(summaries, labels = {}) {
  return summaries.map((s) => `${labels[s.name] || s.name}: ${s.first?.toFixed(1) ?? '—'} first, ${s.latest?.toFixed(1) ?? '—'} latest`)
    .join('; ') || 'No scores yet.';
}

function delivery(progress, columns) {
  const measured = DELIVERY.filter(([key]) => progress.interviews.some((i) => typeof i.delivery[key] === 'number'));
  if (!measured.length) return h('p', { class: 'hint', text: 'Delivery trends appear once you answer by voice.' });
  return h('div', { class: 'delivery-trends' },
    h('h2', { class: 'small-heading', text: 'Delivery' }),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
      h('caption', { class: 'visually-hidden', text: 'Delivery figures per interview, averaged over the spoken answers' }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Interview' }), measured.map(([, label]) => h('th', { scope: 'col', text: label })))),
      h('tbody', {}, progress.interviews.map((i, k) => h('tr', {},
        h('th', { scope: 'row', text: columns[k] }),
        measured.map(([key, , format]) => h('td', { text: typeof i.delivery[key] === 'number' ? format(i.delivery[key]) : '—' }))))))));
}

function practise(topics) {
  if (!topics.length) return null;
  const boxes = topics.map((t, k) => {
    const id = `practise-topic-${k}`;
    const input = h('input', { type: 'checkbox', id, value: t.name });
    input.checked = typeof t.latest === 'number' && t.latest < WEAK && k < 2;
    return { input, row: h('li', { class: 'field checkbox' }, input,
      h('label', { for: id }, h('strong', { text: t.name }), ` — latest ${t.latest?.toFixed(1) ?? '—'}, mean ${t.mean?.toFixed(1) ?? '—'}`)) };
  });
  const message = h('p', { class: 'hint', role: 'status' });
  const button = h('button', { type: 'submit', class: 'primary', text: 'Practise these topics' });
  const form = h('form', { class: 'practise-topics' },
    h('fieldset', {}, h('legend', { text: 'Practise your weakest topics' }),
      h('p', { class: 'hint', text: `Weakest first. Choose up to ${PRACTISE_MAX}; the next interview asks about them.` }),
      h('ul', { class: 'plain' }, boxes.map((b) => b.row))),
    message, h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.filter((b) => b.input.checked).map((b) => b.input.value);
    if (!chosen.length || chosen.length > PRACTISE_MAX) {
      message.textContent = chosen.length ? `Choose at most ${PRACTISE_MAX} topics.` : 'Choose at least one topic.';
      return;
    }
    navigate(`/new?topics=${encodeURIComponent(chosen.join(','))}`);
  });
  return form;
}

// The candidate's interviews: status, role, date, score when known, and the report.
import * as api from '../api.js';
import { h, clear, showProblem, formatDate } from '../ui.js';
import { reportButton } from './report-link.js';
import { attemptChange, changeSummary, comparisonTable } from './practice.js';

const STATUS_LABELS = {
  PREPARING: 'Preparing', READY: 'Ready', ASKING: 'In progress', AWAITING_ANSWER: 'In progress',
  PROCESSING_ANSWER: 'In progress', COMPLETED: 'Completed', FAILED: 'Failed', ABANDONED: 'Abandoned',
};

export function historyView() {
  const body = h('div', { class: 'history-body', 'aria-busy': 'true' },
    h('div', { class: 'working' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('p', { text: 'Loading your interviews…' })));
  const section = h('section', { class: 'card wide', 'aria-labelledby': 'view-title' },
    h('div', { class: 'title-row' },
      h('h1', { id: 'view-title', text: 'Your interviews' }),
      h('a', { href: '#/new', class: 'button primary', text: 'New interview' })),
    body);

  (async () => {
    try {
      const interviews = await api.listInterviews();
      interviews.sort((a, b) => String(b.createdAt || '').localeCompare(String(a.createdAt || '')));
      body.removeAttribute('aria-busy');
      if (!interviews.length) {
        clear(body, h('div', { class: 'empty' },
          h('p', { text: 'No interviews yet. Your first one takes about 20 minutes.' }),
          h('a', { href: '#/new', class: 'button', text: 'Prepare an interview' })));
        return;
      }
      const byId = new Map(interviews.map((i) => [i.id, i]));
      clear(body, table(interviews, byId));
    } catch (error) {
      body.removeAttribute('aria-busy');
      clear(body, h('p', { class: 'muted', text: 'Your interviews could not be loaded.' }));
      showProblem(error);
    }
  })();

  return { element: section };
}

function table(interviews, byId) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'history' },
    h('caption', { class: 'visually-hidden', text: 'Your interviews, newest first' }),
    h('thead', {}, h('tr', {},
      ['Date', 'Role', 'Status', 'Score', 'Actions'].map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, interviews.map((interview) => row(interview, byId)))));
}

function row(interview, byId) {
  const status = interview.status;
  const link = `#/interviews/${encodeURIComponent(interview.id)}`;
  let action;
  if (status === 'COMPLETED') {
    const report = interview.reportId ? { id: interview.reportId, url: interview.reportUrl } : null;
    action = reportButton(interview.id, { label: 'Report', report, className: 'button small',
      description: `${interview.role || 'interview'}, ${formatDate(interview.createdAt)}` });
  }
  else if (status === 'READY' || STATUS_LABELS[status] === 'In progress') action = h('a', { href: `${link}/room`, class: 'button small primary', text: status === 'READY' ? 'Start' : 'Continue' });
  else if (status === 'PREPARING') action = h('a', { href: link, class: 'button small', text: 'View' });
  else action = h('a', { href: '#/new', class: 'button small subtle', text: 'Try again' });
  const score = interview.score !== null
    ? h('span', {}, h('strong', { text: interview.score.toFixed(1) }), ' / 5', interview.readiness ? h('span', { class: 'muted block', text: interview.readiness }) : null)
    : h('span', { class: 'muted', text: status === 'COMPLETED' ? 'Pending' : '—' });
  return h('tr', {},
    h('td', { 'data-label': 'Date', text: formatDate(interview.createdAt) }),
    h('th', { scope: 'row', 'data-label': 'Role' }, h('a', { href: link, text: interview.role || 'Interview' }),
      interview.practiceOf ? practiceOf(interview.practiceOf, byId.get(interview.practiceOf.interviewId)) : null,
      interview.focusTopics.length ? h('span', { class: 'muted block', text: interview.focusTopics.slice(0, 3).join(', ') }) : null),
    h('td', { 'data-label': 'Status' }, h('span', { class: `status status-${status.toLowerCase()}`, text: STATUS_LABELS[status] || status }),
      status === 'FAILED' && interview.failureReason ? h('span', { class: 'muted block', text: interview.failureReason }) : null),
    h('td', { 'data-label': 'Score' }, score, practiceChange(interview)),
    h('td', { 'data-label': 'Actions' }, action));
}

/** "Practice round of <the earlier interview>": the tag, and a link to the attempt it repeats. */
function practiceOf({ interviewId }, earlier) {
  const name = earlier ? `${earlier.role || 'Interview'}, ${formatDate(earlier.createdAt)}` : 'an earlier interview';
  return h('span', { class: 'practice-of block' }, h('span', { class: 'tag', text: 'Practice round' }), ' of ',
    h('a', { href: `#/interviews/${encodeURIComponent(interviewId)}`, text: name }));
}

/**
 * On a finished practice round: the change against the earlier attempt, overall in the summary
 * and per criterion in a table under it; filled in once both answers are scored.
 */
function practiceChange(interview) {
  if (!interview.practiceOf || interview.status !== 'COMPLETED') return null;
  const box = h('div', { class: 'attempt-change' });
  attemptChange(interview).then((change) => {
    const summary = change && changeSummary(change);
    if (!summary) return;
    clear(box, h('details', {}, h('summary', { text: summary }), comparisonTable(change, interview.practiceOf.interviewId)));
  }).catch(() => { /* the row still shows the score; the comparison is extra */ });
  return box;
}

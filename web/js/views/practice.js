// Practise one question again: the offer on a finished interview, and on a finished practice round
// the change per criterion against the earlier attempt.
import * as api from '../api.js';
import { h, clear, busy, showProblem, uuid } from '../ui.js';
import { navigate } from '../router.js';
import { compareAttempts, firstEvaluationOf, signed } from '../attempts.js';

/** The finished interview's questions, each with a "Practise again" button (empty for other states). */
export function practiseList(interview) {
  if (interview.status !== 'COMPLETED' || !interview.questions.length) return null;
  // One key per question and page view: a double click or a retried request starts one round, not two.
  const keys = new Map(interview.questions.map((q) => [q.id, uuid()]));
  return h('div', { class: 'practise-again' },
    h('h2', { class: 'small-heading', text: 'Practise a question again' }),
    h('ol', { class: 'question-list' }, interview.questions.map((q) => {
      const button = h('button', { type: 'button', class: 'small', text: 'Practise again',
        'aria-label': `Practise again: ${q.text}` });
      button.addEventListener('click', async () => {
        try {
          const id = await busy(button, 'Starting…', () => api.practiseQuestion(interview.id, q.id, keys.get(q.id)));
          navigate(`/interviews/${encodeURIComponent(id)}/room`);
        } catch (error) {
          showProblem(error);
        }
      });
      return h('li', {}, h('span', { class: 'question-text', text: q.text }),
        q.topic ? h('span', { class: 'chip', text: q.topic }) : null, button);
    })));
}

/** A finished practice round's overall change against the earlier attempt ("+0.8 vs before"), or null. */
export async function overallChange(interview) {
  if (!interview.practiceOf || interview.status !== 'COMPLETED') return null;
  const round = await api.getInterview(interview.id);
  const [earlier, later] = await Promise.all([api.listEvaluations(interview.practiceOf.interviewId), api.listEvaluations(interview.id)]);
  const change = compareAttempts(firstEvaluationOf(earlier, interview.practiceOf.questionId), firstEvaluationOf(later, round.questions[0]?.id));
  return change?.overall ? `${signed(change.overall.change)} vs before` : null;
}

/** On a finished practice round: before → after per criterion, filled in once both evaluations load. */
export function attemptComparison(interview) {
  if (!interview.practiceOf || !api.isTerminal(interview.status)) return null;
  const box = h('div', { class: 'attempt-comparison', 'aria-live': 'polite' },
    h('p', { class: 'muted', text: 'Comparing with your earlier attempt…' }));
  (async () => {
    try {
      const [earlier, later] = await Promise.all([api.listEvaluations(interview.practiceOf.interviewId), api.listEvaluations(interview.id)]);
      const laterQuestion = interview.questions[0]?.id;
      const change = compareAttempts(firstEvaluationOf(earlier, interview.practiceOf.questionId), firstEvaluationOf(later, laterQuestion));
      if (!change) {
        clear(box, h('p', { class: 'muted', text: 'The comparison appears once this answer has been scored.' }));
        return;
      }
      clear(box, comparisonTable(change, interview.practiceOf.interviewId));
    } catch (error) {
      clear(box, h('p', { class: 'muted', text: 'The earlier attempt could not be loaded.' }));
    }
  })();
  return box;
}

export function comparisonTable(change, earlierInterviewId) {
  const row = (label, p) => h('tr', {},
    h('th', { scope: 'row', text: label }),
    h('td', { text: p.before.toFixed(1) }), h('td', { text: p.after.toFixed(1) }),
    h('td', { class: p.change > 0 ? 'better' : p.change < 0 ? 'worse' : '', text: signed(p.change) }));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
    h('caption', {}, 'Compared with your ', h('a', { href: `#/interviews/${encodeURIComponent(earlierInterviewId)}`, text: 'earlier attempt' })),
    h('thead', {}, h('tr', {}, ['Criterion', 'Before', 'Now', 'Change'].map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, change.overall ? row('Overall', change.overall) : null, change.criteria.map((c) => row(c.label, c)))));
}

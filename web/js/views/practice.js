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

/**
 * The change per criterion between a practice round and the earlier attempt at its question, or
 * null until both answers are scored. A history row carries no plan, so the round is read for its question.
 */
export async function attemptChange(round) {
  const questions = round.questions.length ? round.questions : (await api.getInterview(round.id)).questions;
  const [earlier, later] = await Promise.all([api.listEvaluations(round.practiceOf.interviewId), api.listEvaluations(round.id)]);
  return compareAttempts(firstEvaluationOf(earlier, round.practiceOf.questionId), firstEvaluationOf(later, questions[0]?.id));
}

/** On a finished practice round: before → after per criterion, filled in once both evaluations load. */
export function attemptComparison(interview) {
  if (!interview.practiceOf || !api.isTerminal(interview.status)) return null;
  const box = h('div', { class: 'attempt-comparison', 'aria-live': 'polite' },
    h('p', { class: 'muted', text: 'Comparing with your earlier attempt…' }));
  attemptChange(interview).then((change) => {
    clear(box, change ? comparisonTable(change, interview.practiceOf.interviewId)
      : h('p', { class: 'muted', text: 'The comparison appears once this answer has been scored.' }));
  }, () => clear(box, h('p', { class: 'muted', text: 'The earlier attempt could not be loaded.' })));
  return box;
}

/** "+0.8 overall" (or the first criterion's change when there is no overall score), for a summary line. */
export function changeSummary(change) {
  const headline = change.overall || change.criteria[0];
  if (!headline) return null;
  return `${signed(headline.change)} ${change.overall ? 'overall' : headline.label.toLowerCase()} vs before`;
}

export function comparisonTable(change, earlierInterviewId) {
  const row = (label, p) => h('tr', {},
    h('th', { scope: 'row', text: label }),
    h('td', { text: p.before.toFixed(1) }), h('td', { text: p.after.toFixed(1) }),
    h('td', { class: p.change > 0 ? 'better' : p.change < 0 ? 'worse' : '', text: signed(p.change) }));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
    h('caption', {}, 'Compared with your ', h('a', { href: `#/interviews/${encodeURIComponent(earlierInterviewId)}`, text: 'earlier attempt' }),
      ' at this question'),
    h('thead', {}, h('tr', {}, ['Criterion', 'Before', 'Now', 'Change'].map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, change.overall ? row('Overall', change.overall) : null, change.criteria.map((c) => row(c.label, c)))));
}

// Step 1 of an interview: resume + job description + options, then wait for the plan.
import * as api from '../api.js';
import { h, field, busy, showProblem, clearBanner, clear, sleep, focusHeading, uuid } from '../ui.js';
import { navigate } from '../router.js';
import { reportButton } from './report-link.js';
import { practiseList, attemptComparison } from './practice.js';

const JD_MIN = 50;
const JD_MAX = 20_000;
const RESUME_MAX_BYTES = 5 * 1024 * 1024;

export function newInterviewView(params = {}, query = {}) {
  // "Practise these topics" (progress page) arrives with ?topics=a,b: they become the interview's focus.
  const focusTopics = String(query.topics || '').split(',').map((t) => t.trim()).filter(Boolean).slice(0, 4);
  const resume = field({ id: 'resume', label: 'Resume (PDF)', type: 'file',
    hint: 'A PDF with selectable text, up to 5 MB and 10 pages. Scanned images cannot be read.',
    attrs: { accept: 'application/pdf,.pdf', required: true } });

  const jdCounter = h('p', { class: 'counter', id: 'jd-counter' });
  const jd = field({ id: 'jobDescription', label: 'Job description', hint: `Paste the full posting (${JD_MIN}–${JD_MAX.toLocaleString()} characters).`,
    control: h('textarea', { rows: 10, required: true, minlength: JD_MIN, maxlength: JD_MAX, 'aria-describedby': 'jd-counter', spellcheck: 'true' }) });
  // Hint left, live count right, on one line under the box.
  const jdHint = jd.wrap.querySelector('.hint');
  jd.wrap.append(h('div', { class: 'under-field' }, jdHint, jdCounter));
  const updateCounter = () => {
    const n = jd.input.value.trim().length;
    jdCounter.textContent = `${n.toLocaleString()} / ${JD_MAX.toLocaleString()} characters` + (n > 0 && n < JD_MIN ? ` — ${JD_MIN - n} more needed` : '');
    jdCounter.classList.toggle('warn', n > 0 && n < JD_MIN);
  };
  jd.input.addEventListener('input', updateCounter);
  updateCounter();

  const count = field({ id: 'questionCount', label: 'Questions', type: 'number', hint: 'Prepared questions (default 7).',
    attrs: { min: 3, max: 15, value: 7, required: true, inputmode: 'numeric' } });
  count.input.value = '7';
  const followUps = field({ id: 'maxFollowUps', label: 'Follow-ups per question', type: 'number', hint: 'At most (default 2).',
    attrs: { min: 0, max: 3, value: 2, required: true, inputmode: 'numeric' } });
  followUps.input.value = '2';
  const name = field({ id: 'candidateName', label: 'Your name (optional)', hint: 'How the interviewer greets you.',
    attrs: { autocomplete: 'given-name', maxlength: 80 } });

  const optIn = h('input', { type: 'checkbox', id: 'confidenceOptIn', name: 'confidenceOptIn', 'aria-describedby': 'confidence-hint' });
  const confidence = h('div', { class: 'field checkbox' },
    optIn,
    h('label', { for: 'confidenceOptIn', text: 'Include delivery confidence coaching' }),
    h('p', { class: 'hint', id: 'confidence-hint',
      text: 'Measures voice energy, pitch variation and pauses for coaching tips only — it is never part of your score.' }));

  const submit = h('button', { type: 'submit', class: 'primary', text: 'Prepare my interview' });
  const form = h('form', { novalidate: true },
    resume.wrap, jd.wrap,
    h('fieldset', { class: 'options' },
      h('legend', { text: 'Options' }),
      h('div', { class: 'grid-3' }, count.wrap, followUps.wrap, name.wrap),
      confidence),
    h('div', { class: 'actions' }, submit));

  // One key per version of the form: a resubmission after a lost response finds the same interview,
  // a changed form starts a new one.
  let idempotencyKey = uuid();
  form.addEventListener('input', () => { idempotencyKey = uuid(); });
  form.addEventListener('change', () => { idempotencyKey = uuid(); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearBanner();
    const problem = validate();
    if (problem) { showProblem(problem.error); problem.input.focus(); return; }
    try {
      const id = await busy(submit, 'Uploading…', () => api.createInterview({
        resume: resume.input.files[0],
        jobDescription: jd.input.value.trim(),
        questionCount: Number(count.input.value),
        maxFollowUps: Number(followUps.input.value),
        candidateName: name.input.value.trim(),
        confidenceOptIn: optIn.checked,
        focusTopics,
        idempotencyKey,
      }));
      navigate(`/interviews/${id}`);
    } catch (error) {
      showProblem(error);
    }
  });

  function validate() {
    const fail = (input, title, detail) => ({ input, error: { title, detail } });
    const file = resume.input.files[0];
    if (!file) return fail(resume.input, 'Choose your resume', 'Select a PDF file of your resume.');
    if (file.size > RESUME_MAX_BYTES) return fail(resume.input, 'Resume too large', 'The PDF must be 5 MB or smaller.');
    if (file.size === 0) return fail(resume.input, 'Empty file', 'The selected file is empty.');
    const n = jd.input.value.trim().length;
    if (n < JD_MIN) return fail(jd.input, 'Job description too short', `Paste at least ${JD_MIN} characters of the posting.`);
    if (n > JD_MAX) return fail(jd.input, 'Job description too long', `Keep it under ${JD_MAX.toLocaleString()} characters.`);
    for (const input of [count.input, followUps.input]) {
      if (!input.checkValidity()) return fail(input, 'Check the options', `${input.labels[0].textContent} must be between ${input.min} and ${input.max}.`);
    }
    return null;
  }

  // A gentle pointer to an interview that is still open (quietly skipped if the list fails).
  const openHint = h('div', { class: 'resume-hint', hidden: true });
  api.listInterviews().then((items) => {
    const open = items.filter((i) => ['READY', 'ASKING', 'AWAITING_ANSWER', 'PROCESSING_ANSWER'].includes(i.status))
      .sort((a, b) => String(b.createdAt || '').localeCompare(String(a.createdAt || '')))[0];
    if (!open) return;
    clear(openHint, h('p', {}, `You have an interview in progress${open.role ? ` for ${open.role}` : ''}. `,
      h('a', { href: `#/interviews/${encodeURIComponent(open.id)}/room`, text: 'Continue it' })));
    openHint.hidden = false;
  }).catch(() => {});

  return { element: h('section', { class: 'card', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title', text: 'New interview' }),
    h('p', { class: 'lead', text: 'Upload your resume and the job you are aiming for. Intervu works out the role and the topics to probe, then prepares questions.' }),
    openHint,
    focusTopics.length ? h('div', { class: 'practice-focus' },
      h('h2', { class: 'small-heading', text: 'Practising these topics' }),
      h('ul', { class: 'chips' }, focusTopics.map((t) => h('li', { class: 'chip', text: t }))),
      h('p', { class: 'hint' }, 'The questions will be about these topics instead of the ones the job description stresses. ',
        h('a', { href: '#/new', text: 'Let the job description decide' }))) : null,
    form) };
}

/** Waits for PREPARING to become READY (or FAILED), then shows what the plan is about. */
export function prepareView({ id }) {
  const controller = new AbortController();
  const status = h('div', { class: 'status-area', role: 'status' });
  const section = h('section', { class: 'card', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title', text: 'Preparing your interview' }), status);
  let lastStatus = null;

  const render = (interview) => {
    if (interview.status === lastStatus) return;
    lastStatus = interview.status;
    if (interview.status === 'PREPARING') {
      clear(status, h('div', { class: 'working' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        h('p', { text: 'Reading your resume and the job description, choosing topics and questions…' })),
        h('p', { class: 'hint', text: 'This usually takes a few seconds. You can leave this page; the interview will wait for you in History.' }));
      return;
    }
    if (interview.status === 'FAILED') {
      const heading = section.querySelector('h1');
      heading.textContent = 'We could not prepare this interview';
      clear(status, h('div', { class: 'failed' },
        h('p', { text: interview.failureReason || 'The resume or job description could not be used.' }),
        h('p', {}, h('a', { href: '#/new', class: 'button primary', text: 'Try again' }))));
      focusHeading(section);
      return;
    }
    const started = !['READY'].includes(interview.status);
    const finished = api.isTerminal(interview.status);
    const report = interview.reportId ? { id: interview.reportId, url: interview.reportUrl } : null;
    clear(status,
      finished && interview.score !== null
        ? h('p', { class: 'score-line' }, 'Overall score ', h('strong', { text: interview.score.toFixed(1) }), ' / 5',
            interview.readiness ? ` · ${interview.readiness}` : '')
        : null,
      planSummary(interview),
      attemptComparison(interview),
      interview.status === 'ABANDONED' ? h('p', { text: 'This interview ended after a long pause.' }) : null,
      h('div', { class: 'actions' }, finished
        ? [interview.status === 'COMPLETED' ? reportButton(id, { report, className: 'button primary' }) : null,
            h('a', { href: '#/history', class: 'button', text: 'Back to History' })]
        : h('a', { href: `#/interviews/${encodeURIComponent(id)}/room`, class: 'button primary', id: 'start-link',
            text: started ? 'Continue interview' : 'Start interview' })),
      practiseList(interview));
    section.querySelector('h1').textContent = finished
      ? (interview.status === 'COMPLETED' ? 'Interview finished' : 'Interview ended')
      : 'Your interview is ready';
    document.getElementById('start-link')?.focus();
  };

  (async () => {
    let delay = 1000;
    while (!controller.signal.aborted) {
      try {
        const interview = await api.getInterview(id);
        render(interview);
        if (interview.status !== 'PREPARING') return;
      } catch (error) {
        if (controller.signal.aborted) return;
        showProblem(error);
        if (error.status === 404 || error.status === 401) return;
      }
      await sleep(delay, controller.signal);
      delay = Math.min(delay * 1.4, 4000);
    }
  })();

  return { element: section, destroy: () => controller.abort() };
}

export function planSummary(interview) {
  const facts = [
    ['Role', interview.role],
    ['Seniority', interview.seniority],
    ['Company', interview.company],
    ['Questions', interview.questionCount],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('div', { class: 'plan' },
    h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', {}, h('dt', { text: k }), h('dd', { text: String(v) })))),
    interview.focusTopics.length
      ? h('div', {}, h('h2', { class: 'small-heading', text: 'Focus topics' }),
          h('ul', { class: 'chips' }, interview.focusTopics.map((t) => h('li', { class: 'chip', text: String(t) }))))
      : null,
    interview.confidenceOptIn ? h('p', { class: 'hint', text: 'Delivery confidence coaching is on (never scored).' }) : null,
    interview.notice ? h('p', { class: 'hint', text: interview.notice }) : null);
}

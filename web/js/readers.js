// Tolerant readers: turn the services' JSON into the few fields the screens use, accepting the
// spellings seen so far (interview-service's InterviewView, HistoryItem, MessageView) and ignoring
// everything else, so a renamed or added field does not break the page.
const TERMINAL = new Set(['COMPLETED', 'FAILED', 'ABANDONED']);
export const isTerminal = (status) => TERMINAL.has(status);

export function normaliseInterview(raw) {
  const i = raw || {};
  const progress = i.progress || {};
  const score = i.overallScore ?? i.score ?? i.assessment?.overallScore ?? null;
  return {
    id: i.id || i.interviewId,
    status: String(i.status || 'PREPARING').toUpperCase(),
    role: i.role || null,
    seniority: i.seniority || null,
    company: i.company || null,
    candidateName: i.candidateName || null,
    interviewerName: i.interviewerName || null,
    focusTopics: Array.isArray(i.focusTopics) ? i.focusTopics : [],
    questionCount: i.questionCount ?? progress.questionCount ?? progress.total ?? null,
    questionsAsked: progress.currentQuestion ?? progress.questionsAsked ?? i.questionsAsked ?? null,
    notice: i.notice || null,
    reportId: i.reportId || null,
    reportUrl: i.reportUrl || null,
    failureReason: i.failureReason || i.reason || i.statusReason || null,
    createdAt: i.createdAt || i.startedAt || null,
    completedAt: i.completedAt || null,
    score: typeof score === 'number' ? score : null,
    readiness: i.readiness || i.assessment?.readiness || null,
    confidenceOptIn: Boolean(i.confidenceOptIn),
    // the plan, once the interview is over: what "Practise again" offers
    questions: Array.isArray(i.questions) ? i.questions.map((q) => ({
      id: q.questionId || q.id, ordinal: q.ordinal ?? null, type: q.type || null, topic: q.topic || null, text: q.text || '',
    })).filter((q) => q.id) : [],
    practiceOf: i.practiceOf?.interviewId ? { interviewId: i.practiceOf.interviewId, questionId: i.practiceOf.questionId || null } : null,
  };
}

const number = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** GET /api/evaluations/progress, oldest interview first; unknown or missing numbers become null. */
export function normaliseProgress(raw) {
  const p = raw || {};
  const summaries = (list, key) => (Array.isArray(list) ? list : []).filter((s) => s && s[key]).map((s) => ({
    name: String(s[key]), interviews: s.interviews ?? 0, first: number(s.first), latest: number(s.latest), mean: number(s.mean),
  }));
  return {
    interviews: (Array.isArray(p.interviews) ? p.interviews : []).map((i) => ({
      id: i.interviewId,
      completedAt: i.completedAt || null,
      role: i.role || null,
      overallScore: number(i.overallScore),
      criteria: i.criteria && typeof i.criteria === 'object' ? i.criteria : {},
      topics: i.topics && typeof i.topics === 'object' ? i.topics : {},
      delivery: i.delivery && typeof i.delivery === 'object' ? i.delivery : {},
    })),
    topics: summaries(p.topics, 'topic'),
    criteria: summaries(p.criteria, 'criterion'),
  };
}

export function normaliseMessage(raw) {
  const m = raw || {};
  const question = m.question || {};
  const kind = String(m.kind || m.turnKind || 'question').toLowerCase().replace('_', '-');
  return {
    turnId: m.turnId || m.id,
    kind, // greeting | question | follow-up | closing
    text: m.text || m.prompt || '',
    questionType: question.type || m.questionType || null,
    topic: question.topic || m.topic || null,
    ordinal: question.ordinal ?? m.ordinal ?? m.questionNumber ?? null,
    questionCount: m.questionCount ?? m.totalQuestions ?? null,
    followUpIndex: m.followUpIndex ?? null,
    expectsAnswer: m.expectsAnswer ?? m.awaitingAnswer ?? (kind !== 'closing' && m.last !== true),
    notice: m.notice || null, // e.g. "your recording could not be transcribed; the typed text was used"
  };
}

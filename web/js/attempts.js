// Practise again: the change per criterion between the earlier attempt at a question and the new one.
// Pure, so it is checked in web/dev/unit_checks.mjs.

/** The first evaluation of a question (the answer to the question itself, before any follow-up), or null. */
export function firstEvaluationOf(evaluations, questionId) {
  return (evaluations || []).find((e) => e && e.questionId === questionId && e.answered !== false) || null;
}

/**
 * {overall: {before, after, change}, criteria: [{name, label, before, after, change}]} between two
 * evaluations, or null when either is missing. Criteria are matched by name, in the later one's order.
 */
export function compareAttempts(earlier, later) {
  if (!earlier || !later) return null;
  const round1 = (v) => Math.round(v * 10) / 10;
  const pair = (before, after) => (typeof before === 'number' && typeof after === 'number'
    ? { before, after, change: round1(after - before) } : null);
  const byName = new Map((earlier.criteria || []).map((c) => [c.name, c]));
  const criteria = (later.criteria || []).map((c) => {
    const p = pair(byName.get(c.name)?.score, c.score);
    return p ? { name: c.name, label: c.label || c.name, ...p } : null;
  }).filter(Boolean);
  return { overall: pair(earlier.overallScore, later.overallScore), criteria };
}

/** "+1.5", "−0.5" or "±0": a change as the page shows it. */
export function signed(change) {
  if (change > 0) return `+${change.toFixed(1)}`;
  if (change < 0) return `−${Math.abs(change).toFixed(1)}`;
  return '±0';
}

// The progress page's and practise-again's logic: the progress reader against evaluation-service's
// GET /api/evaluations/progress, the chart's geometry, and the change between two attempts.
// Called by unit_checks.mjs.
const root = new URL('../js/', import.meta.url);
const { normaliseProgress } = await import(new URL('readers.js', root));
const { chartGeometry } = await import(new URL('line-chart.js', root));
const { compareAttempts, firstEvaluationOf, signed } = await import(new URL('attempts.js', root));

export async function run(check) {
  {
    const progress = normaliseProgress({
      interviews: [
        { interviewId: 'a', completedAt: '2026-11-25T12:20:00Z', overallScore: 2.4, criteria: { relevance: 3 }, topics: { kafka: 2.1 },
          delivery: { wordsPerMinute: 150 }, evaluators: ['offline-rubric'] },
        { interviewId: 'b', overallScore: 'n/a', topics: null },
      ],
      topics: [{ topic: 'kafka', interviews: 1, first: 2.1, latest: 2.1, mean: 2.1 }, { nothing: true }],
      criteria: [{ criterion: 'relevance', interviews: 1, first: 3, latest: 3, mean: 3 }],
    });
    check('progress: interviews in order with their numbers', progress.interviews.map((i) => i.id).join() === 'a,b'
      && progress.interviews[0].topics.kafka === 2.1 && progress.interviews[0].delivery.wordsPerMinute === 150);
    check('progress: a non-number score reads as null, a missing map as empty',
      progress.interviews[1].overallScore === null && Object.keys(progress.interviews[1].topics).length === 0);
    check('progress: summaries without a name are dropped', progress.topics.length === 1 && progress.topics[0].name === 'kafka'
      && progress.criteria[0].name === 'relevance');
    check('progress: an empty or missing body reads as no interviews', normaliseProgress(null).interviews.length === 0);
  }
  {
    const [s] = chartGeometry({ columns: 3, series: [{ name: 'x', values: [1, null, 5] }], width: 100, height: 100 });
    check('chart: a missing value leaves a gap, not a zero', s.points.length === 2 && s.points[1].column === 2);
    check('chart: 5 is drawn above 1 and later columns to the right', s.points[1].y < s.points[0].y && s.points[1].x > s.points[0].x);
    const [clamped] = chartGeometry({ columns: 1, series: [{ name: 'y', values: [9] }], width: 100, height: 100 });
    const [top] = chartGeometry({ columns: 1, series: [{ name: 'y', values: [5] }], width: 100, height: 100 });
    check('chart: values beyond the scale stay on it', clamped.points[0].y === top.points[0].y);
  }
  {
    const earlier = [
      { questionId: 'q1', answered: true, overallScore: 2, criteria: [{ name: 'relevance', label: 'Relevance', score: 2 },
        { name: 'clarity', label: 'Clarity', score: 3 }] },
      { questionId: 'q1', answered: true, overallScore: 4, criteria: [] }, // its follow-up: not the attempt compared
    ];
    const later = [{ questionId: 'r1', answered: true, overallScore: 3.5, criteria: [{ name: 'relevance', label: 'Relevance', score: 4 },
      { name: 'clarity', label: 'Clarity', score: 2.5 }] }];
    const change = compareAttempts(firstEvaluationOf(earlier, 'q1'), firstEvaluationOf(later, 'r1'));
    check('practise again: the first evaluation of the question is the earlier attempt', change.overall.before === 2);
    check('practise again: change per criterion', change.criteria.map((c) => `${c.name}:${c.change}`).join() === 'relevance:2,clarity:-0.5');
    check('practise again: no comparison without both attempts', compareAttempts(firstEvaluationOf(earlier, 'zz'), later[0]) === null);
    check('practise again: signed changes', signed(1.5) === '+1.5' && signed(-0.5) === '−0.5' && signed(0) === '±0');
  }
}

package io.intervu.evaluation.service.offline.model;

/**
 * One graded answer as the fitter sees it: its question (the cross-validation group), its kind
 * (strong, keyword list, …: reported separately), features, and grades in the fitter's target order.
 */
public record TrainingRow(String id, String group, String kind, double[] features, double[] grades) {
}

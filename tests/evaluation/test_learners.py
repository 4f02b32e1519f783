"""The fitting functions on rows made up here: a threshold never declines more answerable
questions than the limit, and a pairwise ranker puts the right sentence first."""

from __future__ import annotations

import numpy as np

from bot.evaluation.learners import MAX_ANSWERABLE_DECLINED, choose_threshold, fit_pairwise, top1


def test_the_threshold_never_declines_more_answerable_questions_than_the_limit() -> None:
    rng = np.random.default_rng(5)
    answerable = rng.uniform(0.2, 1.0, 200)  # overlapping: the best trade would decline many
    unanswerable = rng.uniform(0.0, 0.8, 200)
    prob = np.r_[answerable, unanswerable]
    kinds = ["right"] * 200 + ["unanswerable"] * 200
    y = np.r_[np.ones(200), np.zeros(200)]
    threshold, figures = choose_threshold(prob, y, kinds)
    assert figures["answerable_declined"] <= MAX_ANSWERABLE_DECLINED
    assert (answerable < threshold).mean() <= MAX_ANSWERABLE_DECLINED
    assert figures["unanswerable_declined"] > 0.1  # it still declines what it can


def test_a_pairwise_ranker_learns_which_sentence_of_a_question_answers() -> None:
    rng = np.random.default_rng(7)
    rows, labels, groups = [], [], []
    for g in range(120):
        x = rng.normal(size=(8, 3))
        x[:, 1] += g % 5  # a level that differs by question and says nothing
        right = int(np.argmax(x[:, 0] - 0.5 * x[:, 2]))
        rows.append(x)
        labels += [int(i == right) for i in range(8)]
        groups += [g] * 8
    x, y, g = np.vstack(rows), np.array(labels), np.array(groups)
    model, cv = fit_pairwise(x, y, g, ("a", "b", "c"), top1(g, y))
    assert cv > 0.8
    assert model.coef[0] > 0 > model.coef[2]


def test_the_threshold_weighs_the_two_rates_alike_whatever_the_class_sizes() -> None:
    rng = np.random.default_rng(11)
    answerable = rng.uniform(0.3, 1.0, 900)  # many more answerable questions than not
    unanswerable = rng.uniform(0.0, 0.5, 100)
    prob = np.r_[answerable, unanswerable]
    kinds = ["right"] * 900 + ["unanswerable"] * 100
    y = np.r_[np.ones(900), np.zeros(100)]
    _, figures = choose_threshold(prob, y, kinds)
    mean = (figures["answered_right"] + figures["unanswerable_declined"]) / 2
    assert figures["balanced"] == mean
    # a count of questions handled right would answer nearly everything; the mean of the
    # rates declines the unanswerable ones up to the limit on answerable ones declined
    assert figures["unanswerable_declined"] > 0.5

package id.jalin.training.domain;

import id.jalin.kernel.i18n.Labels;

/** What kind of event the forum holds for members' staff (form 6, librarian cooperation). */
@Labels("training.kind")
public enum EventKind {
    TRAINING, SEMINAR, WORKSHOP, REFRESHER_COURSE, STUDY_VISIT, INTERNSHIP
}

package id.jalin.training.print;

import id.jalin.kernel.i18n.Labels;

/** The part a person played in an event, as a badge and a certificate print it (the caller maps the domain's role). */
@Labels("training.print.role")
public enum TrainingRole {
    PARTICIPANT, SPEAKER, COMMITTEE
}

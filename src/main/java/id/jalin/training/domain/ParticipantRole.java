package id.jalin.training.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * The part a person plays at an event, printed on the certificate. Only participants take seats, count against a
 * member's quota and wait for a place; speakers and committee are the event's own people.
 */
@Labels("training.role")
public enum ParticipantRole {
    PARTICIPANT, SPEAKER, COMMITTEE;

    public boolean takesSeat() {
        return this == PARTICIPANT;
    }
}

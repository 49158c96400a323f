package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * What a host library's desk does with a valid card whose holder did not announce the visit. The forum's rule
 * is to announce first, but most libraries would rather welcome and note it than turn a student away.
 */
@Labels("visit.policy")
public enum UnannouncedPolicy {
    ALLOW_AND_LOG, REFUSE;

    public static final UnannouncedPolicy DEFAULT = ALLOW_AND_LOG;
}

package id.jalin.member.domain;

import id.jalin.kernel.i18n.Labels;

/** The kind of higher-education institution a member library belongs to. */
@Labels("member.kind")
public enum LibraryKind {
    UNIVERSITY, INSTITUTE, POLYTECHNIC, ACADEMY, COLLEGE
}

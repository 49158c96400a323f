package id.jalin.member.domain;

/** The kind of higher-education institution a member library belongs to. */
public enum LibraryKind {
    UNIVERSITY, INSTITUTE, POLYTECHNIC, ACADEMY, COLLEGE
}

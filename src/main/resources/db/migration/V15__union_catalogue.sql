-- The union catalogue (katalog induk): every member's records of its holdings, clustered into works.
-- A member's records are replaced as a whole by each import or harvest, in one transaction, so a cancelled or
-- failed run leaves the previous holdings as they were. Works and records take their ids from sequences so that an
-- import can number a batch before inserting it (no row-by-row generated keys).

-- Where a member's catalogue can be harvested from (decision 0022): its address and what kind of server it is.
ALTER TABLE library ADD COLUMN catalogue_url VARCHAR(500);
ALTER TABLE library ADD COLUMN catalogue_kind VARCHAR(20);

-- Each value of these sequences opens a block of a thousand ids (the value and the 999 after it), so a load numbers
-- a thousand rows with one round trip.
CREATE SEQUENCE catalogue_work_seq START WITH 1 INCREMENT BY 1000;
CREATE SEQUENCE catalogue_record_seq START WITH 1 INCREMENT BY 1000;

-- A work: what several members' records of one title have in common. Shown by its first record's words.
CREATE TABLE catalogue_work (
    id            BIGINT        NOT NULL PRIMARY KEY,
    title         VARCHAR(2000) NOT NULL,
    author        VARCHAR(500)  NOT NULL,
    publish_year  INTEGER,
    kind          VARCHAR(20)   NOT NULL,
    edition       VARCHAR(200)  NOT NULL
);

-- One member's record of a title, as its own system gave it. Lists (authors, subjects, item codes, ISBNs) are kept
-- one per line. match_rule says why the record sits in its work (ISBN, ISSN, TITLE_KEY, SIMILAR_TITLE, JOINED, SPLIT,
-- OWN). arrived_at is when the record first came in a load after the member's first (null: it was there from the
-- start, date unknown), kept across re-imports by source_id: what a member's "new acquisitions" list reads. The keys the clustering compares are kept with the record so that a later import compares against them
-- without reading the records' words again.
CREATE TABLE catalogue_record (
    id              BIGINT         NOT NULL PRIMARY KEY,
    member_id       BIGINT         NOT NULL,
    source_id       VARCHAR(200)   NOT NULL,
    work_id         BIGINT         NOT NULL,
    match_rule      VARCHAR(20)    NOT NULL,
    title           VARCHAR(2000)  NOT NULL,
    subtitle        VARCHAR(2000)  NOT NULL,
    responsibility  VARCHAR(1000)  NOT NULL,
    authors         VARCHAR(4000)  NOT NULL,
    edition         VARCHAR(200)   NOT NULL,
    publisher       VARCHAR(500)   NOT NULL,
    place           VARCHAR(200)   NOT NULL,
    publish_year    INTEGER,
    isbns           VARCHAR(1000)  NOT NULL,
    issns           VARCHAR(200)   NOT NULL,
    subjects        VARCHAR(4000)  NOT NULL,
    language        VARCHAR(100)   NOT NULL,
    call_number     VARCHAR(200)   NOT NULL,
    classification  VARCHAR(100)   NOT NULL,
    series          VARCHAR(500)   NOT NULL,
    extent          VARCHAR(300)   NOT NULL,
    notes           VARCHAR(4000)  NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    item_codes      VARCHAR(10000) NOT NULL,
    copies          INTEGER        NOT NULL,
    flags           VARCHAR(200)   NOT NULL,
    marc            BYTEA,
    title_key       VARCHAR(1000)  NOT NULL,
    exact_key       VARCHAR(1200)  NOT NULL,
    block_key       VARCHAR(400)   NOT NULL,
    identifiers     VARCHAR(1000)  NOT NULL,
    id_key          VARCHAR(40),
    cluster_key     VARCHAR(1200),
    arrived_at      TIMESTAMP,
    CONSTRAINT catalogue_record_member_fk FOREIGN KEY (member_id) REFERENCES library (id),
    CONSTRAINT catalogue_record_work_fk FOREIGN KEY (work_id) REFERENCES catalogue_work (id),
    CONSTRAINT catalogue_record_source_unique UNIQUE (member_id, source_id),
    CONSTRAINT catalogue_record_copies_ck CHECK (copies >= 1)
);
CREATE INDEX catalogue_record_work_ix ON catalogue_record (work_id);
-- What the next load looks a record up by (decision 0022): its first identifier (isbn:... or issn:...), and its
-- cluster key: the similar-title block (surname|year|edition) when it has one, else its exact title key (t:...).
-- Records sharing a block are compared by the matcher in memory; one row and two indexes per record keep a million
-- records quick to load.
CREATE INDEX catalogue_record_id_key_ix ON catalogue_record (id_key);
CREATE INDEX catalogue_record_cluster_ix ON catalogue_record (cluster_key);

-- A record's further identifiers (a second ISBN: paperback and hardback), rare enough for a table of their own.
CREATE TABLE catalogue_key (
    match_key  VARCHAR(1200) NOT NULL,
    record_id  BIGINT        NOT NULL,
    member_id  BIGINT        NOT NULL,
    CONSTRAINT catalogue_key_record_fk FOREIGN KEY (record_id) REFERENCES catalogue_record (id)
);
CREATE INDEX catalogue_key_match_ix ON catalogue_key (match_key);
CREATE INDEX catalogue_key_member_ix ON catalogue_key (member_id);

-- Each member's last load: when, from where, how many, and its change generation, which the workstations' search
-- indexes compare with their own to re-read only the members that changed.
CREATE TABLE catalogue_load (
    member_id        BIGINT        NOT NULL PRIMARY KEY,
    generation       BIGINT        NOT NULL,
    loaded_at        TIMESTAMP     NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    origin           VARCHAR(1000) NOT NULL,
    record_count     INTEGER       NOT NULL,
    set_aside_count  INTEGER       NOT NULL,
    flagged_count    INTEGER       NOT NULL,
    loaded_by        VARCHAR(200)  NOT NULL,
    CONSTRAINT catalogue_load_member_fk FOREIGN KEY (member_id) REFERENCES library (id)
);

-- A coordinator's decision about a wrong merge or a missed one, kept by the members' own record ids so that it
-- survives the next import: JOIN puts the record with the other record's work; SPLIT gives the record a work of its own.
CREATE TABLE catalogue_decision (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind             VARCHAR(10)   NOT NULL,
    member_id        BIGINT        NOT NULL,
    source_id        VARCHAR(200)  NOT NULL,
    other_member_id  BIGINT,
    other_source_id  VARCHAR(200),
    reason           VARCHAR(1000) NOT NULL,
    decided_by       VARCHAR(200)  NOT NULL,
    decided_at       TIMESTAMP     NOT NULL,
    CONSTRAINT catalogue_decision_kind_ck CHECK (kind IN ('JOIN', 'SPLIT')),
    CONSTRAINT catalogue_decision_member_fk FOREIGN KEY (member_id) REFERENCES library (id),
    CONSTRAINT catalogue_decision_other_fk FOREIGN KEY (other_member_id) REFERENCES library (id),
    CONSTRAINT catalogue_decision_join_ck CHECK (kind = 'SPLIT' OR (other_member_id IS NOT NULL AND other_source_id IS NOT NULL))
);
CREATE INDEX catalogue_decision_member_ix ON catalogue_decision (member_id, source_id);

-- A stable identifier for this database, so that what Jalin writes for other programs (calendar UIDs) stays
-- unique when two forums, or a test copy and the real database, export into the same calendar.
-- One row; the application fills it with a random UUID the first time it is read.

CREATE TABLE database_identity (
    id         INTEGER      PRIMARY KEY,
    identifier VARCHAR(36)  NOT NULL,
    CONSTRAINT database_identity_single_row CHECK (id = 1)
);

-- Introduction letters (surat pengantar) get a running number per year, in the forum's letter numbering
-- (007/SP-KSL/FPPTI-JABAR/III/2026). The number is kept with the announcement so a reprint shows the same one.
ALTER TABLE visit_announcement ADD COLUMN letter_number VARCHAR(80);

-- The last number given out per series and year. Two desks printing at once both update this one row inside
-- their transaction, so the database lets one wait for the other and no number is given twice.
CREATE TABLE letter_counter (
    series      VARCHAR(20)  NOT NULL,
    counter_year INTEGER     NOT NULL,
    last_number INTEGER      NOT NULL,
    CONSTRAINT letter_counter_pk PRIMARY KEY (series, counter_year)
);

-- The order list's letter number (issue 12): given once per round from the forum's running number for order letters
-- in the year (012/PGD/FPPTI-JABAR/XII/2026), and kept with the round so every reprint carries the same number.
ALTER TABLE acq_round ADD COLUMN order_letter VARCHAR(80);

CREATE TABLE acq_letter_counter (
    letter_year  INTEGER NOT NULL PRIMARY KEY,
    last_number  INTEGER NOT NULL
);

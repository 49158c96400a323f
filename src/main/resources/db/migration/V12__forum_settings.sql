-- Forum-wide rules that used to be each workstation's preferences: the fee a new card costs and the day cards run
-- until (the end of the academic year). They belong to the forum, so every desk issues cards alike; a coordinator
-- changes them (issue 9). Owned by the forum feature (id.jalin.forum).
--
-- A table of its own rather than columns on forum_profile: the profile is the letterhead, edited in its own dialog,
-- and the card rules are edited elsewhere; with one version each, changing the fee never makes the letterhead
-- dialog's save stale (and the other way round), and a fee change does not rewrite the row that holds the logo.
CREATE TABLE forum_settings (
    id             INTEGER  NOT NULL PRIMARY KEY,
    card_fee       BIGINT   NOT NULL,
    year_end_month INTEGER  NOT NULL,
    year_end_day   INTEGER  NOT NULL,
    version        INTEGER  NOT NULL DEFAULT 0,
    CONSTRAINT forum_settings_single_row CHECK (id = 1),
    CONSTRAINT forum_settings_fee_ck CHECK (card_fee >= 0),
    CONSTRAINT forum_settings_year_end_ck CHECK (year_end_month BETWEEN 1 AND 12 AND year_end_day BETWEEN 1 AND 31)
);

-- The defaults the preferences had (Rp 25.000, 31 August). A workstation whose preferences held other values
-- carries them over once on its first start after this migration, while this row is still untouched (version 0).
INSERT INTO forum_settings (id, card_fee, year_end_month, year_end_day, version) VALUES (1, 25000, 8, 31, 0);

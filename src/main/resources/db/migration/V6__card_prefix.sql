-- Card prefixes and card counters (decision record 0008).
-- The library part of a card number used to be the home library's register id, which stops at 999 and is
-- never reused. Each library now gets a card prefix of its own, assigned on its first card (the smallest free
-- one) or set by the coordinator while the library has no cards. Owned by cross-service: the member register
-- knows nothing of cards.

CREATE TABLE card_prefix (
    library_id BIGINT   PRIMARY KEY,
    prefix     INTEGER  NOT NULL,
    version    INTEGER  NOT NULL DEFAULT 0,
    CONSTRAINT card_prefix_unique UNIQUE (prefix),
    CONSTRAINT card_prefix_range CHECK (prefix BETWEEN 1 AND 999)
);
-- No foreign key to library, on purpose: a prefix outlives its library (cards of a library that was removed
-- still carry it, so it must not go to another one), and a prefix must not stop the register deleting a member.

-- Existing cards carry their home library's register id: that library keeps it as its prefix, so every card
-- already printed stays valid and its prefix cannot go to another library.
INSERT INTO card_prefix (library_id, prefix, version)
SELECT l.id, l.id, 0 FROM library l WHERE l.id IN (SELECT c.library_sequence FROM card c);

-- The last running number used per prefix and two-digit year. Issuing a card increments its row in the same
-- transaction that stores the card, so two desks issuing at once wait for each other instead of picking the
-- same number.
CREATE TABLE card_counter (
    prefix       INTEGER  NOT NULL,
    number_year  INTEGER  NOT NULL,
    last_running INTEGER  NOT NULL,
    CONSTRAINT card_counter_pk PRIMARY KEY (prefix, number_year)
);

INSERT INTO card_counter (prefix, number_year, last_running)
SELECT c.library_sequence, c.number_year, MAX(c.running_number) FROM card c
GROUP BY c.library_sequence, c.number_year;

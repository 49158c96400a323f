-- Who signs the forum's certificates (training) and other papers printed in its name: the chair or secretary's
-- name, position and a scanned signature. Kept with the letterhead so every workstation prints the same hand.

ALTER TABLE forum_profile ADD COLUMN signatory_name VARCHAR(200);
ALTER TABLE forum_profile ADD COLUMN signatory_position VARCHAR(200);
ALTER TABLE forum_profile ADD COLUMN signature BYTEA;

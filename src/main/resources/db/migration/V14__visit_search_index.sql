-- A typed search in the visit log reads the scans of the cards it found, and the scans that found no card:
-- both are ranges of this index instead of a walk through the period's every scan.
CREATE INDEX visit_arrival_card_idx ON visit_arrival (card_id, arrived_at);

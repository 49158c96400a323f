-- Long lists are paged, sorted and searched in the database (issue 8). These indexes serve the first page of the
-- holder list (one library, by name) and the visit log of a period at every host (by time).
CREATE INDEX card_holder_name_idx ON card_holder (library_id, name);
CREATE INDEX visit_arrival_time_idx ON visit_arrival (arrived_at);

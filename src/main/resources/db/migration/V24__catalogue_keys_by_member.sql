-- The union catalogue's lookup keys indexed within each member (decision 0022, amended in session 8). A load writes
-- one member's records; with the keys indexed on their own, each record's keys landed on a random page of an index
-- spanning every member, and H2 rewrote most of those pages many times over within one load (measured: a third of
-- a load's time at 200,000 holdings, growing with the catalogue). Led by the member, a load's keys fall in that
-- member's part of the index only. Lookups ask member by member (CandidateLookup).
DROP INDEX catalogue_record_id_key_ix;
DROP INDEX catalogue_record_cluster_ix;
CREATE INDEX catalogue_record_id_key_ix ON catalogue_record (member_id, id_key);
CREATE INDEX catalogue_record_cluster_ix ON catalogue_record (member_id, cluster_key);

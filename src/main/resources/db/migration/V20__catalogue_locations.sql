-- Where a member keeps its copies of a record (issue 10): the sites its system names (SLiMS's copy sublocation, Koha's
-- home branch in 952 $a, 852 $b), one per line, shown beside the call number. (V19 is the redistribution's.)
ALTER TABLE catalogue_record ADD COLUMN locations VARCHAR(1000) DEFAULT '' NOT NULL;

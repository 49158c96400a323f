-- The forum profile now belongs to the forum feature (id.jalin.forum), and a new database no longer starts as
-- FPPTI Jawa Barat: V2 put that forum's name, address and e-mail into every database. V2 cannot change (databases
-- applied it), so this clears the seed again, but only where it is provably untouched: never saved (version 0),
-- every field exactly as V2 wrote it, and nothing else stored yet (no library, no agreement). Any other database
-- keeps its profile as it is. An empty name makes the next start ask for the forum's name (docs/decisions/0012).
UPDATE forum_profile
SET name = '', code = '', address = NULL, city = NULL, phone = NULL, email = NULL, website = NULL
WHERE id = 1
  AND version = 0
  AND name = 'Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat'
  AND code = 'FPPTI-JABAR'
  AND address = 'Sekretariat: Jl. Ganesha No. 10'
  AND city = 'Bandung'
  AND phone = '(022) 2500089'
  AND email = 'sekretariat@fpptijabar.or.id'
  AND website = 'https://fpptijabar.or.id'
  AND logo IS NULL
  AND expiry_warning_days = 90
  AND NOT EXISTS (SELECT 1 FROM library)
  AND NOT EXISTS (SELECT 1 FROM agreement);

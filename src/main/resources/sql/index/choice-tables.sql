-- What the estimate chose for one year (RegionEstimate, from the year's verdicts), for
-- estimate-year.sql to publish: temporary, dropped at the end of the year's transaction.
-- estimate_submission: a submission of a region, one of the four scenarios (step 0) or the best
--   submission after fixing its first `step` priorities (scenario 'fixes', no innovation list):
--   how many innovations it submits, how many of them qualify, their total maturity, which ones.
-- estimate_fix: a failing innovation of a region, with its best submission were it to qualify
--   (fixed_sum over fixed_size, all qualifying), the region's best submission now (now_sum over
--   now_size) and its place in the order of fixes.
CREATE TEMPORARY TABLE estimate_submission (
    region_code         text COLLATE "C" NOT NULL,
    scenario            text NOT NULL,
    step                integer NOT NULL,
    submitted           bigint NOT NULL,
    qualified_submitted bigint NOT NULL,
    maturity_sum        numeric NOT NULL,
    innovation_ids      text[]
) ON COMMIT DROP;
CREATE TEMPORARY TABLE estimate_fix (
    region_code     text COLLATE "C" NOT NULL,
    innovation_id   text COLLATE "C" NOT NULL,
    fixed_sum       numeric NOT NULL,
    fixed_size      bigint NOT NULL,
    now_sum         numeric NOT NULL,
    now_size        bigint NOT NULL,
    priority        bigint NOT NULL
) ON COMMIT DROP

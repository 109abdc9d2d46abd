-- Results collected while the effort matrix hid an answer leave the live pool.
--
-- Until 2026-12-02 the assessment's six-column effort matrix ("How easily can
-- customers…") was wider than its frame at desktop widths, and its last
-- column, "Very easy", sat behind a sideways scrollbar. Executives who did not
-- scroll could not choose it, which lowers effort scores, and with them the
-- overall score, of an unknown share of those results: screen widths were not
-- recorded, so affected and unaffected results cannot be told apart.
--
-- Decision: every live result submitted before this migration is flagged. Its
-- owner's report stays as it was scored; it no longer counts in the live peer
-- pool, so no peer statistic carries the bias. Synthetic pools (demo, bench)
-- are not flagged. The methodology page says so.

-- tables
alter table private.responses
  add column effort_layout_clipped boolean not null default false;
comment on column private.responses.effort_layout_clipped is
  'Submitted while the effort matrix could hide its "Very easy" column (before 2026-12-02); kept out of the live pool.';

-- data
update private.responses r set effort_layout_clipped = true where r.pool = 'live';

insert into private.rollup_queue (response_id, delta)
select o.response_id, -1
from private.organisation_results o
join private.responses r on r.id = o.response_id
where r.effort_layout_clipped;

delete from private.organisation_results o
using private.responses r
where r.id = o.response_id and r.effort_layout_clipped;

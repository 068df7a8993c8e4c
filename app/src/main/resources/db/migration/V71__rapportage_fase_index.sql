-- The report's lead times read every phase of the region's trajectories, one trajectory after the
-- other and in order of start. With the start, the phase and the id in the index, the phases of one
-- trajectory lie side by side and come from the index alone, instead of one heap page a phase
-- (docs/performance.md, "National volume, third look"). The index also serves every lookup by
-- trajectory, so it replaces the one on the trajectory alone.
create index wc_traject_fase_traject_tijd on wc_traject_fase (traject_id, begonnen_op, fase, id);
drop index wc_traject_fase_traject;

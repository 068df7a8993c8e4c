-- The Regionaal Beraad report reads one region's trajectories of one period: with the region's
-- trajectories found by region and sign-up date, its cost follows that region's work, not the
-- country's (docs/performance.md, "National volume").
create index wc_traject_regio_aangemeld on wc_traject (regio, aangemeld_op);

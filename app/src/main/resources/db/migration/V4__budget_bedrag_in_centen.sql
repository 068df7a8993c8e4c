-- A deposit keeps its cents: ledger amounts are euros with two decimals, stored exactly
-- (up to 9,999,999,999,999.99 per entry, far above the API's limit of 100,000,000 per deposit).
-- SET DATA TYPE is understood by both H2 and PostgreSQL; whole-euro rows convert without loss
-- and the check (bedrag > 0) stays.
alter table wc_budget_mutatie alter column bedrag set data type numeric(15, 2);

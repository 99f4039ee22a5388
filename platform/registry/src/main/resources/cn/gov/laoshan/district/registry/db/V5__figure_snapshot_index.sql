-- A snapshot column of a yearly figure reads code and amount of one kind and year for every enterprise. Through the
-- primary key alone Derby fetches each row's amount from the table by a random page read (minutes at a million
-- rows); with the amount in the index the column is one index range, read in order.
create index enterprise_figure_amount on enterprise_figure (kind, fig_year, uscc, amount);

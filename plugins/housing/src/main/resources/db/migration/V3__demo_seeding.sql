-- whether the first start's demo data was seeded to the end (uikit DemoSeeding.resumable): a start killed
-- half-way carries on at the next start
create table demo_seeding (name varchar(100) not null primary key, finished smallint not null);

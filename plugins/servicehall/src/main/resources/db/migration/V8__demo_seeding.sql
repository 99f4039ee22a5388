-- Whether the demo data of a home with demo data has been seeded to the end (uikit DemoSeeding.resumable).
create table demo_seeding (name varchar(100) not null primary key, finished smallint not null);

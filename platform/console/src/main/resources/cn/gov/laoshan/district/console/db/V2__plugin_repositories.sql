-- Plugin repositories as the catalogue's sources (issue 27): a directory on the server or a Maven repository
-- (http(s)) whose plugin jars are offered as candidates to approve. Approving copies the jar into the catalogue's own
-- store (by SHA-256), so a repository that goes away breaks nothing approved or installed.
create table plugin_repository (
    id        bigint        generated always as identity primary key,
    kind      varchar(10)   not null,
    location  varchar(1000) not null,
    artifacts varchar(4000) not null,
    added_by  varchar(100)  not null,
    added_at  timestamp     not null,
    constraint plugin_repository_kind check (kind in ('DIRECTORY', 'MAVEN'))
);

-- Where an approved jar came from (an upload, or a repository's location) and who had signed it when approved.
alter table plugin_catalogue add column source varchar(1000);
alter table plugin_catalogue add column signed_by varchar(400);

-- The public booking page's one-time codes (only a hash is kept), the requests that rate-limit them, and the
-- demo's outbox of text messages (production sends through an SMS gateway instead).
create table one_time_code (
    mobile     varchar(20) not null primary key,
    code_hash  varchar(64) not null,
    expires_at timestamp   not null,
    attempts   int         not null
);

create table code_request (
    id           bigint generated always as identity primary key,
    mobile       varchar(20) not null,
    address      varchar(64) not null,
    requested_at timestamp   not null
);

create index code_request_mobile on code_request (mobile, requested_at);
create index code_request_address on code_request (address, requested_at);

create table text_outbox (
    id         bigint generated always as identity primary key,
    mobile     varchar(20)  not null,
    body       varchar(500) not null,
    created_at timestamp    not null
);

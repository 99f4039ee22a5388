-- An enterprise's fact changes as its page shows them (变更记录): one row per changed fact, written in the change's
-- own transaction (a file's changed rows one each): when, who, what (the action and its subject: a figure's kind and
-- year, a qualification's type, a credit mark), the value before and after in a neutral form (numbers plain, dates
-- ISO, grades and sizes by name), the reason or source, and the file it came from. The audit log keeps the same
-- changes hash-chained; this is the record's own history, read by code. Never pruned.
create table enterprise_fact_history (
    id            bigint        generated always as identity primary key,
    uscc          char(18)      not null,
    changed_at    timestamp     not null,
    actor         varchar(100)  not null,
    actor_name    varchar(100),
    action        varchar(24)   not null,
    subject       varchar(60),
    before_value  varchar(200),
    after_value   varchar(200),
    note          varchar(600),
    file_name     varchar(255)
);
create index enterprise_fact_history_uscc on enterprise_fact_history (uscc, changed_at);

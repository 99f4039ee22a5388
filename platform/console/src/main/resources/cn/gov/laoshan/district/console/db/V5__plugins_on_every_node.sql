-- Plugins on every node (issue 24 item 2): what the cluster runs, by symbolic name — the version (its jar by SHA-256
-- in plugin_jar, migration V3 of the console's store history) and whether it is started, stopped or removed. Every
-- console action on a plugin writes its row under the next number of one counter; each node polls the counter and
-- converges. sha256 is null for a plugin whose jar the cluster does not keep (a feature's, from each node's bundles/):
-- for it only started/stopped is shared.
create table plugin_desired (
    symbolic_name varchar(200) not null primary key,
    version       varchar(100),
    sha256        varchar(64),
    wanted        varchar(20)  not null,
    revision      bigint       not null,
    node          varchar(100) not null,
    changed_by    varchar(100) not null,
    changed_at    timestamp    not null
);
create index plugin_desired_revision on plugin_desired (revision);

-- The counter: one row, incremented first in the transaction that writes a desired state, so that changes are
-- numbered in the order they commit (the row lock orders them) and a node sees at once whether anything changed.
create table plugin_desired_counter (
    id       int    not null primary key,
    revision bigint not null
);
insert into plugin_desired_counter (id, revision) values (1, 0);

-- What each node did with each plugin's desired state: the version and state it runs, whether it is in step with
-- the desired revision it last tried, or failed and why. Read by the console's plugins screen (per node).
create table plugin_node_state (
    node          varchar(100)  not null,
    symbolic_name varchar(200)  not null,
    version       varchar(100),
    state         varchar(20)   not null,
    convergence   varchar(20)   not null,
    error         varchar(4000),
    revision      bigint        not null,
    recorded_at   timestamp     not null,
    primary key (node, symbolic_name)
);

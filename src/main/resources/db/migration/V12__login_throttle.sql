-- Failed sign-ins are counted per account AND per client address: five wrong passwords from one address lock
-- that address out of that account for a while, and nobody else. A stranger cannot lock a user out at will.
create table login_throttle (
    username      varchar(100) not null,
    source        varchar(64)  not null,
    failures      integer      not null default 0,
    locked_until  timestamp with time zone,
    last_failure  timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint pk_login_throttle primary key (username, source)
);
create index ix_login_throttle_last_failure on login_throttle (last_failure);

--liquibase formatted sql

--changeset virkning:organisation-1
CREATE TABLE organisation (
    id         uuid         PRIMARY KEY,
    name       varchar(200) NOT NULL,
    type       varchar(16)  NOT NULL CHECK (type IN ('PROVIDER', 'INVESTOR')),
    cvr        varchar(8),
    created_at timestamptz  NOT NULL
);
CREATE UNIQUE INDEX organisation_name_uq ON organisation (lower(name));

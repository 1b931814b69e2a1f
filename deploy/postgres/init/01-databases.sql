-- Runs once, when the postgres container initialises an empty volume: one database per service (DESIGN §2, §6), and
-- one user per service that owns its database and nothing else: no superuser, no CREATEDB, no CREATEROLE, no
-- replication, and no connection to another service's database (CONNECT is taken from PUBLIC on each). Keycloak gets
-- the same. The passwords come from the container's environment (docker-compose.yml, from .env) through psql's
-- \getenv; a missing one leaves its :'variable' unexpanded, which fails the script and the container's start.
-- The names are the services' DB_NAME and DB_USER values in docker-compose.yml (checked by
-- DockerComposeConfigurationTest). The notification database comes last: the container's healthcheck waits for it.
\set ON_ERROR_STOP on

\getenv keycloak_password KEYCLOAK_DB_PASSWORD
\getenv referral_password REFERRAL_DB_PASSWORD
\getenv authorization_password AUTHORIZATION_DB_PASSWORD
\getenv claims_password CLAIMS_DB_PASSWORD
\getenv benefits_password BENEFITS_DB_PASSWORD
\getenv notification_password NOTIFICATION_DB_PASSWORD

CREATE ROLE keycloak LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;

CREATE ROLE referral_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'referral_password';
CREATE DATABASE medmassage_referral OWNER referral_service;
REVOKE ALL ON DATABASE medmassage_referral FROM PUBLIC;

CREATE ROLE authorization_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'authorization_password';
CREATE DATABASE medmassage_authorization OWNER authorization_service;
REVOKE ALL ON DATABASE medmassage_authorization FROM PUBLIC;

CREATE ROLE claims_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'claims_password';
CREATE DATABASE medmassage_claims OWNER claims_service;
REVOKE ALL ON DATABASE medmassage_claims FROM PUBLIC;

CREATE ROLE benefits_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'benefits_password';
CREATE DATABASE medmassage_benefits OWNER benefits_service;
REVOKE ALL ON DATABASE medmassage_benefits FROM PUBLIC;

CREATE ROLE notification_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'notification_password';
CREATE DATABASE medmassage_notification OWNER notification_service;
REVOKE ALL ON DATABASE medmassage_notification FROM PUBLIC;

-- Runs once, when the postgres container initialises an empty volume: one database per service (DESIGN §2, §6).
-- The names are the services' DB_NAME values in docker-compose.yml (checked by DockerComposeConfigurationTest).
CREATE DATABASE medmassage_referral;
CREATE DATABASE medmassage_authorization;
CREATE DATABASE medmassage_claims;
CREATE DATABASE medmassage_benefits;
CREATE DATABASE medmassage_notification;

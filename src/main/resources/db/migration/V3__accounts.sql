-- Accounts of the back office: who may sign in, with which role.
-- Usernames are stored in lower case, so the unique constraint is case-insensitive in effect.
CREATE TABLE users (
  id BIGINT PRIMARY KEY,
  username VARCHAR(50) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  role VARCHAR(20) NOT NULL,
  enabled BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT users_username_unique UNIQUE (username),
  CONSTRAINT users_role_known CHECK (role IN ('admin', 'curator', 'contributor'))
);

-- Failed sign-ins, kept in the database so that every instance behind a load balancer counts the
-- same failures. One row per account ('account:<username>') and per client address
-- ('address:<ip>'): failures in the current window, and until when sign-in is refused.
CREATE TABLE sign_in_throttle (
  subject VARCHAR(300) PRIMARY KEY,
  failures INTEGER DEFAULT 0 NOT NULL,
  window_started_at TIMESTAMP WITH TIME ZONE,
  locked_until TIMESTAMP WITH TIME ZONE
);

-- One-time links that let the operator create the first administrator. Only a SHA-256 of the
-- token is stored, so a copy of the database does not hand out the link.
CREATE TABLE setup_token (
  id BIGINT PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT setup_token_hash_unique UNIQUE (token_hash)
);

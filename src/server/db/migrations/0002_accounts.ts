import { sql, type Kysely } from 'kysely';

/** Organisations, teams, users, sessions, invitations and API keys. */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE orgs (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      time_zone text NOT NULL,
      currency char(3) NOT NULL,
      language text NOT NULL,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE teams (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      name text NOT NULL,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      PRIMARY KEY (org_id, id)
    );
    CREATE UNIQUE INDEX teams_name_key ON teams (org_id, lower(name)) WHERE deleted_at IS NULL;

    CREATE TABLE users (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      email text NOT NULL,
      name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL,
      team_id uuid,
      status text NOT NULL DEFAULT 'active',
      language text,
      theme text NOT NULL DEFAULT 'system',
      last_sign_in_at timestamptz,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
    );
    -- Sign-in is by email alone, so an email belongs to one account across the installation.
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE sessions (
      org_id uuid NOT NULL,
      id text NOT NULL,
      user_id uuid NOT NULL,
      csrf_token text NOT NULL,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX sessions_id_idx ON sessions (id);
    CREATE INDEX sessions_user_idx ON sessions (org_id, user_id);

    CREATE TABLE invitations (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      email text NOT NULL,
      role text NOT NULL,
      team_id uuid,
      token_hash text NOT NULL,
      invited_by uuid NOT NULL,
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id),
      FOREIGN KEY (org_id, invited_by) REFERENCES users (org_id, id)
    );
    CREATE INDEX invitations_token_idx ON invitations (token_hash);

    CREATE TABLE api_keys (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      name text NOT NULL,
      prefix text NOT NULL,
      key_hash text NOT NULL,
      role text NOT NULL,
      created_by uuid NOT NULL,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id)
    );
    CREATE INDEX api_keys_hash_idx ON api_keys (key_hash);
  `.execute(db);
};

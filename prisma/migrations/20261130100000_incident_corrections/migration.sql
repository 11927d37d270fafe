-- An incident can be corrected after it is recorded (a mistyped time, a clearer description).
-- Only what the survivor told can change: not whose case it is, who recorded it, or when.
GRANT UPDATE (occurred_at, local_time, time_zone, approximate, location, description, identifiers)
  ON incident TO cairn_app;

"""How much a catch-up holds decoded (no imports: settings and the worker config read it)."""

# Commit and drop the least recently touched decoded states once they hold more claims than
# this (~1 KB of memory each), down to EVICT_TO of it: memory stays bounded, but past it a
# rebuild parses documents again when events touch them (each a whole group or territory).
# The default of Settings.rebuild_max_held_claims (FACTSTREAM_REBUILD_MAX_HELD_CLAIMS).
MAX_HELD_CLAIMS = 1_500_000
EVICT_TO = 0.5

"""Live delivery of the log over Server-Sent Events: one shared fan-out per app, per-client
bounded buffers, catch-up from the log, then live with no gap and no duplicate."""

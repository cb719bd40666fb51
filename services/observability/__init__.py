"""What operators see: structured logs with a request id, and the telemetry port
(appends by outcome, extraction time, projection apply counts) behind /metrics."""

"""The read side: queries over the read models, as-of views, rebuilds, blue/green switches and
audit exports. Reducers live in services.projections; the store port in services.readmodels."""

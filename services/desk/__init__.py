"""The analyst's desk: server-rendered HTML over the read models, the stream and the audit."""

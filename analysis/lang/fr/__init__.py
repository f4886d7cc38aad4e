"""French language resources."""

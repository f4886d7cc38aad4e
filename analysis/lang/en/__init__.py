"""English language resources."""

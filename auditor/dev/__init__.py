"""Developer commands: ``python -m auditor.dev compile|gen-docs [--check]``."""

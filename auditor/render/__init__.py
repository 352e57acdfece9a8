"""Outputs: each module is a pure function from reports to text."""

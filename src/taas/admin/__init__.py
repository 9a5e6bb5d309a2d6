"""Operator endpoints: storage mode, backfill, verify, export."""

"""The `taas` command line."""

from taas.cli.main import app, main

__all__ = ["app", "main"]

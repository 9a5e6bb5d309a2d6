"""TAAS Validation: checks what AI assistants and agents claim before anyone trusts it."""

from taas.engine import detect

__version__ = "0.1.0"
__all__ = ["detect", "__version__"]

"""Library errors as the user sees them: one line ``kg: error: ...`` on stderr and a non-zero exit."""
from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable

import click

from kg.errors import KGError


def fail(message: str, code: int = 1) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


def show_warnings() -> None:
    """The library's warnings (logger ``kg``) as lines ``kg: warning: ...`` on the current stderr."""
    logger = logging.getLogger("kg")
    for old in [h for h in logger.handlers if getattr(h, "kg_cli", False)]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("kg: warning: %(message)s"))
    handler.kg_cli = True
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False


def friendly(func: Callable) -> Callable:
    """Run a command body; a KGError (or an OS error) becomes one line on stderr and exit 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KGError as exc:
            fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            fail(f"{where}{exc.strerror or exc}")
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper

"""The store commands work on, handed to them through click's context (``ctx.obj``): named by
``kg --store`` (or ``KG_STORE``, or ``--store`` after the verb), opened on a command's first use in
the mode it asks for, and closed when the command ends."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kg.store import Store

DEFAULT_STORE = "graphs/store"
STORE_HELP = ("Store: a folder (embedded, on disk), ':memory:', or a SPARQL endpoint URL "
              "[env KG_STORE; default graphs/store].")


class StoreAccess:
    """The store a command works on: where it is, and the store once a command opened it."""

    def __init__(self, location: str = DEFAULT_STORE) -> None:
        self.location = location
        self._store: Store | None = None

    def open(self, *, read_only: bool) -> Store:
        """The store, opened on the first call (read-only, or as the one writer) and kept till the end."""
        if self._store is None:
            from kg.store import Store

            self._store = Store.open(self.location, read_only=read_only)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _store_after_verb(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(StoreAccess).location = value


_pass_access = click.make_pass_decorator(StoreAccess, ensure=True)


def uses_store(func: Callable) -> Callable:
    """A command that works on the store: it takes ``--store`` after its verb too (``kg query ...
    --store X``), and gets the :class:`StoreAccess` as its first argument."""
    func = _pass_access(func)
    return click.option("--store", metavar="PATH|URL", expose_value=False, callback=_store_after_verb,
                        help=STORE_HELP)(func)

"""Errors the user sees as one line on stderr (the CLI turns them into exit code 1)."""


class KGError(Exception):
    """Base of every error with a message meant for the user."""


class DocumentError(KGError, ValueError):
    """The input cannot be read as an article."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query or its parameters are malformed."""

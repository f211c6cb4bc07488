"""The version of dipkg, in a module of its own: any module may read it without importing the
package and its entry points."""

__version__ = "0.1.0"

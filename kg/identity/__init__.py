"""Cross-document event identity: reports of one real-world event, linked across documents.

``report`` (a document event as the linker sees it), ``rules`` (the rules' data, from
``ontology/identity.yaml``), ``link`` (whether two reports are one event; clusters and their
stable IRIs), ``facts`` (a real-world event's derived facts), ``store`` (reading reports from a
store, linking documents in, taking them out, re-linking all). See ``docs/identity.md``.
"""

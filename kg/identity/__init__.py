"""Cross-document event identity: reports of one real-world event, linked across documents.

``report`` (a document event as the linker sees it), ``rules`` (the rules' data, from
``ontology/identity.yaml``), ``link`` (whether two reports are one event; stable IRIs), ``keys``
(the candidate keys every pair the rules can link shares), ``cluster`` (the pairs found through the
keys, clustered into real-world events), ``index`` (the candidate index graph in the store),
``facts`` (a real-world event's derived facts), ``store`` (reading reports from a store, linking
documents in, taking them out, re-linking all). See ``docs/identity.md``.
"""

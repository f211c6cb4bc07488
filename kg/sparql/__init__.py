"""The SPARQL language the store and the named queries both speak: RDF terms written in its syntax
(:mod:`kg.sparql.terms`), parameters bound into a query's text (:mod:`kg.sparql.binding`), and
query answers with their W3C result formats (:mod:`kg.sparql.results`).
"""

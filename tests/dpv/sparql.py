"""Reads a policy's JSON-LD (policyc model --format dpv) with rdflib and answers, as JSON, what
tests/dpv.rs asks of the graph: the controller's names, the processes' purposes and personal
data, the recipients and the rights, by SPARQL over the parsed graph.

Usage: python sparql.py FILE.jsonld
"""

import json
import sys

import rdflib

graph = rdflib.Graph()
graph.parse(sys.argv[1], format="json-ld")

PREFIXES = """
PREFIX dpv: <https://w3id.org/dpv#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

QUERIES = {
    "controllers": """SELECT DISTINCT ?name WHERE {
        ?notice a dpv:PrivacyNotice ; dpv:hasDataController ?c .
        ?c a dpv:DataController ; dpv:hasName ?name . FILTER(lang(?name) = "en") }""",
    "purposes": """SELECT DISTINCT ?purpose WHERE {
        ?notice a dpv:PrivacyNotice ; dpv:hasProcess ?p . ?p dpv:hasPurpose ?purpose }""",
    "data": """SELECT DISTINCT ?data WHERE {
        ?notice a dpv:PrivacyNotice ; dpv:hasProcess ?p . ?p dpv:hasPersonalData ?data }""",
    "recipients": """SELECT DISTINCT ?r WHERE { ?r a dpv:Recipient }""",
    "rights": """SELECT DISTINCT ?right WHERE {
        ?notice a dpv:PrivacyNotice ; dpv:hasRight ?r . ?r a ?right .
        FILTER(?right != dpv:DataSubjectRight) }""",
    "channels": """SELECT DISTINCT ?contact WHERE {
        ?notice a dpv:PrivacyNotice ; dpv:hasRight ?r .
        ?r dpv:isExercisedAt ?where . ?where dpv:hasContact ?contact }""",
    "version": """SELECT ?v WHERE { ?notice a dpv:PrivacyNotice ; dct:hasVersion ?v }""",
}

answers = {}
for name, query in QUERIES.items():
    rows = graph.query(PREFIXES + query)
    answers[name] = sorted(str(row[0]) for row in rows)
answers["triples"] = len(graph)
print(json.dumps(answers, ensure_ascii=False, indent=1))

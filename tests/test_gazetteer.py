"""The actor gazetteer: the real data files, parsed by pyoxigraph, rdflib and rapper."""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import KGError
from kg.gazetteer import Gazetteer, normalise
from kg.resources import ontology_dir
from tests.conftest import ROOT, rapper_check

UN_MEMBERS = str.split("""
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB
BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA
ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI
HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM
NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN
SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO
TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
""")
OBSERVERS = ["VAT", "PSE"]
ACTOR_FILES = sorted((ontology_dir() / "actors").glob("*.ttl"))
PREFIXES = (
    "@prefix actor: <https://w3id.org/dipkg/actor/> .\n"
    "@prefix dip: <https://w3id.org/dipkg/ontology#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def key_of(gaz: Gazetteer, text: str) -> tuple[str, str] | None:
    hit = gaz.lookup(text)
    return (hit[0].key, hit[1]) if hit else None


def test_every_un_member_and_observer_state_is_present_with_its_codes(gaz):
    assert len(UN_MEMBERS) == 193
    states = {e.iso3: e for e in gaz.entries.values() if e.kind == "state"}
    missing = [code for code in UN_MEMBERS + OBSERVERS if code not in states]
    assert missing == []
    for code in UN_MEMBERS + OBSERVERS:
        entry = states[code]
        assert entry.cameo and entry.wikidata and entry.key == entry.wikidata
        assert gaz.lookup(entry.label)[0] is entry


@pytest.mark.parametrize("text, key, how", [
    ("Ukraine", "Q212", "name"),
    ("the United States", "Q30", "name"),
    ("U.S.", "Q30", "name"),
    ("Britain", "Q145", "name"),
    ("Türkiye", "Q43", "name"),
    ("Turkiye", "Q43", "name"),
    ("Côte d\u2019Ivoire", "Q1008", "name"),
    ("Ukrainians", "Q212", "demonym"),
    ("Russian", "Q159", "demonym"),
    ("the Kremlin", "Q159", "metonym"),
    ("The Kremlin", "Q159", "metonym"),
    ("Moscow", "Q159", "metonym"),
    ("Kyiv", "Q212", "metonym"),
    ("Kiev", "Q212", "metonym"),
    ("Washington", "Q30", "metonym"),
    ("the White House", "Q30", "metonym"),
    ("Downing Street", "Q145", "metonym"),
    ("Beijing", "Q148", "metonym"),
    ("Brussels", "Q458", "metonym"),
    ("EU", "Q458", "name"),
    ("NATO", "Q7184", "name"),
    ("the UN", "Q1065", "name"),
    ("Hamas", "Q38799", "name"),
    ("Houthi", "houthis", "name"),
    ("Zelensky", "Q3881317", "name"),
    ("Zelenskyy\u2019s", "Q3881317", "name"),
    ("Erdogan", "Q39259", "name"),
    ("Recep Tayyip Erdogan", "Q39259", "name"),
    ("Ursula  von der Leyen", "Q60772", "name"),
    ("Antonio Costa", "Q610788", "name"),
    ("Pentagon", "us-department-of-defense", "name"),
])
def test_lookup_names_demonyms_and_metonyms(gaz, text, key, how):
    assert key_of(gaz, text) == (key, how)


def test_lookup_is_case_sensitive_for_short_forms(gaz):
    assert key_of(gaz, "US") == ("Q30", "name")
    assert gaz.lookup("us") is None
    assert gaz.lookup("who") is None
    assert key_of(gaz, "UKRAINE") == ("Q212", "name")
    assert gaz.lookup("no such actor") is None


def test_ambiguous_short_names_are_flagged(gaz):
    for name in ("Chad", "Jordan", "Georgia", "Turkey"):
        entry, _ = gaz.lookup(name)
        assert entry.kind == "state" and entry.ambiguous, name
    assert not gaz.lookup("Ukraine")[0].ambiguous


def test_surface_forms_feed_a_phrase_matcher(gaz):
    forms = list(gaz.surface_forms())
    assert ("Kremlin", "Q159", "metonym") in forms
    assert ("Ukrainian", "Q212", "demonym") in forms
    assert all(how in {"name", "demonym", "metonym"} for _, _, how in forms)
    assert not any(text.lower().startswith("the ") for text, _, _ in forms)
    assert all(key in gaz.entries for _, key, _ in forms)


def test_by_surname(gaz):
    assert [e.key for e in gaz.by_surname("Trump")] == ["Q22686"]
    assert [e.key for e in gaz.by_surname("von der Leyen")] == ["Q60772"]
    assert [e.key for e in gaz.by_surname("Zelenskyy")] == ["Q3881317"]
    assert [e.key for e in gaz.by_surname("Erdoğan")] == ["Q39259"]
    assert [e.key for e in gaz.by_surname("Xi")] == ["Q15031"]
    assert "Wang Yi" in [e.label for e in gaz.by_surname("Wang")]
    assert gaz.by_surname("Ukraine") == []


def test_office_holders_change_on_the_day_of_the_handover(gaz):
    assert gaz.holder("President", "Q30", date(2025, 1, 19)).key == "Q6279"
    assert gaz.holder("President", "Q30", date(2025, 1, 20)).key == "Q22686"
    assert gaz.holder("President", "Q30", date(2020, 6, 1)).key == "Q22686"
    assert gaz.holder("president", "Q30", None).key == "Q22686"
    assert gaz.holder("Chancellor", "Q183", date(2025, 5, 5)).key == "Q61053"
    assert gaz.holder("Chancellor", "Q183", date(2025, 5, 6)).key == "Q566257"
    assert gaz.holder("Prime Minister", "Q145", date(2025, 8, 18)).key == "Q6383803"
    assert gaz.holder("President", "Q212", date(2025, 8, 18)).key == "Q3881317"
    assert gaz.holder("President", "Q30", date(1990, 1, 1)) is None


def test_holder_normalises_country_specific_titles(gaz):
    assert gaz.holder("Secretary of State", "Q30", date(2025, 8, 18)).key == "Q324546"
    assert gaz.holder("the Secretary", "United States", date(2025, 8, 18)).key == "Q324546"
    assert gaz.holder("Foreign Secretary", "Q145", date(2025, 8, 18)).label == "David Lammy"
    assert gaz.holder("Foreign Secretary", "Q145", date(2025, 10, 1)).label == "Yvette Cooper"
    assert gaz.holder("PM", "Q183", date(2025, 8, 18)).key == "Q566257"
    assert gaz.holder("Secretary General", "NATO", date(2025, 8, 18)).key == "Q57792"
    assert gaz.holder("top diplomat", "Q458", date(2025, 8, 18)).label == "Kaja Kallas"


@pytest.mark.parametrize("title, of, expected", [
    ("PM", None, "Prime Minister"),
    ("premier", None, "Prime Minister"),
    ("FM", None, "Foreign Minister"),
    ("top diplomat", None, "Foreign Minister"),
    ("Secretary of State", "Q30", "Foreign Minister"),
    ("Foreign Secretary", "Q145", "Foreign Minister"),
    ("Chancellor", "Q183", "Chancellor"),
    ("Chancellor", "Q40", "Chancellor"),
    ("Chancellor", "Q145", "Finance Minister"),
    ("Prime Minister", "Q183", "Chancellor"),
    ("Secretary-General", None, "Secretary General"),
    ("Taoiseach", "Q27", "Prime Minister"),
    ("chief cook", None, None),
])
def test_normalise_title(gaz, title, of, expected):
    assert gaz.normalise_title(title, of) == expected


def test_normalise():
    assert normalise("  the  Kremlin\u2019s ") == "Kremlin"
    assert normalise("Erdoğan") == "Erdogan"
    assert normalise("Ukrainians'") == "Ukrainians"


def test_an_analysts_extra_file_adds_an_actor_and_names(tmp_path, monkeypatch):
    extra = tmp_path / "mine.ttl"
    extra.write_text("""
@prefix actor: <https://w3id.org/dipkg/actor/> .
@prefix dip: <https://w3id.org/dipkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
actor:jane-doe-envoy a dip:Person ; skos:prefLabel "Jane Doe-Envoy"@en ; skos:altLabel "J. Doe-Envoy"@en ;
    dip:country actor:Q212 ;
    dip:holds [ a dip:OfficeHolding ; dip:officeTitle "Special Envoy" ; dip:officeOf actor:Q212 ;
                dip:start "2031-01-01"^^xsd:date ] .
actor:Q212 skos:altLabel "Kyivan Realm"@en .
""", encoding="utf-8")
    base = Gazetteer.load()
    gaz = Gazetteer.load([extra])
    assert len(gaz.entries) == len(base.entries) + 1
    assert key_of(gaz, "J. Doe-Envoy") == ("jane-doe-envoy", "name")
    assert key_of(gaz, "Kyivan Realm") == ("Q212", "name")
    assert gaz.lookup("Kyivan Realm") is not None and base.lookup("Kyivan Realm") is None
    assert gaz.holder("envoy", "Q212", date(2031, 6, 1)).key == "jane-doe-envoy"
    monkeypatch.setenv("KG_ACTORS", str(tmp_path))
    assert key_of(Gazetteer.load(), "J. Doe-Envoy") == ("jane-doe-envoy", "name")


def test_a_later_file_overrides_the_label_and_keeps_the_old_one_as_a_name(tmp_path):
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    first.write_text(PREFIXES + 'actor:example-group a dip:Group ; skos:prefLabel "Old Name"@en .\n',
                     encoding="utf-8")
    second.write_text(PREFIXES + 'actor:example-group skos:prefLabel "Nouveau"@fr , "New Name"@en ;'
                      ' dip:ambiguous true .\n', encoding="utf-8")
    entry = Gazetteer.load([first, second]).entries["example-group"]
    assert entry.label == "New Name" and entry.kind == "group" and entry.ambiguous
    assert entry.names == ["New Name", "Old Name"]


def test_a_malformed_file_raises_one_line_naming_file_and_line(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix actor: <https://w3id.org/dipkg/actor/> .\nactor:x a actor:y\nactor:z .\n',
                   encoding="utf-8")
    with pytest.raises(KGError) as err:
        Gazetteer.load([bad])
    message = str(err.value)
    assert "broken.ttl" in message and "line 3" in message and "\n" not in message


@pytest.mark.parametrize("content, fragment", [
    ('actor:nobody skos:prefLabel "Nobody"@en .\n', "has no class"),
    ('actor:someone a dip:Person ; skos:prefLabel "Someone"@en ; dip:country actor:atlantis .\n',
     "unknown actor"),
    ('<https://example.org/x> a dip:Person ; skos:prefLabel "X"@en .\n', "must start with"),
])
def test_an_inconsistent_file_raises_a_clear_error(tmp_path, content, fragment):
    path = tmp_path / "odd.ttl"
    path.write_text(PREFIXES + content, encoding="utf-8")
    with pytest.raises(KGError, match=fragment):
        Gazetteer.load([path])


def test_a_missing_extra_path_raises(tmp_path):
    with pytest.raises(KGError, match="no such actor file"):
        Gazetteer.load([tmp_path / "absent.ttl"])


@pytest.mark.parametrize("path", ACTOR_FILES, ids=lambda p: p.name)
def test_actor_files_parse_in_rdflib_and_rapper(path: Path):
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 50
    assert rapper_check(path) == len(graph)


def test_every_office_refers_to_a_known_actor_and_has_a_normalised_title(gaz):
    for entry in gaz.entries.values():
        for office in entry.offices:
            assert office.of in gaz.entries
            assert gaz.normalise_title(office.title, office.of) == office.title, (entry.label, office)
            assert office.end is None or office.start is None or office.start < office.end


def _build_tool():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_petrarch_converter_keeps_spelling_variants_only(tmp_path):
    tool = _build_tool()
    sample = tmp_path / "Phoenix.Countries.actors.txt"
    sample.write_text(
        "# comment\n"
        "UKRAINE_\n+UKRAINIAN_\n+UKRANE_\n+UKRAINIANN_\n+KHARKIV_\n+DONBAS_\n+UKRAINA_ # a note\n"
        "\t[UKR]\n\n"
        "ELBONIA_  [ELB]\n+ELBONYA_\n",
        encoding="utf-8",
    )
    curated = [p for p in ACTOR_FILES if p.name != "states-petrarch.ttl"]
    gaz = Gazetteer.from_files(curated)
    found = tool.variants(gaz, [sample])
    assert set(found) == {"Q212"}
    assert found["Q212"]["name"] == ["Ukrane"]
    assert sorted(found["Q212"]["demonym"]) == ["Ukraina", "Ukrainiann"]
    out = tmp_path / "variants.ttl"
    tool.write_atomically(out, tool.turtle(found, gaz))
    assert "MIT License" in out.read_text(encoding="utf-8")
    assert rapper_check(out) == 3
    assert key_of(Gazetteer.from_files([*curated, out]), "Ukrane") == ("Q212", "name")


def test_an_analysts_actor_takes_over_a_shared_alternative_name(tmp_path):
    mine = tmp_path / "mine.ttl"
    mine.write_text(PREFIXES + 'actor:example-agency a dip:Organization ;'
                    ' skos:prefLabel "Example Agency"@en ; skos:altLabel "ICC"@en , "Ukraine"@en .\n',
                    encoding="utf-8")
    gaz = Gazetteer.load([mine])
    assert key_of(gaz, "ICC") == ("example-agency", "name")
    assert key_of(gaz, "Ukraine") == ("Q212", "name")


@pytest.mark.parametrize("content, fragment", [
    ("titles: [unclosed\n", "malformed office titles"),
    (None, "cannot read office titles"),
])
def test_bad_office_titles_raise_a_clear_error(tmp_path, content, fragment):
    path = tmp_path / "offices.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    gaz = Gazetteer(Gazetteer.load().entries, offices_path=path)
    with pytest.raises(KGError, match=fragment):
        gaz.normalise_title("PM")


def test_a_slug_entry_with_an_item_keeps_its_key_and_carries_the_item(tmp_path):
    path = tmp_path / "groups.ttl"
    path.write_text(PREFIXES + "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                    "@prefix wd: <http://www.wikidata.org/entity/> .\n"
                    'actor:example-front a dip:Group ; skos:prefLabel "Example Front"@en ;'
                    " owl:sameAs wd:Q4115189 .\n", encoding="utf-8")
    entry = Gazetteer.from_files([path]).entries["example-front"]
    assert entry.wikidata == "Q4115189" and entry.iri.endswith("/example-front")


def test_a_local_name_is_no_name_but_is_indexed_by_itself(tmp_path):
    path = tmp_path / "groups.ttl"
    path.write_text(PREFIXES + 'actor:Q212 a dip:State ; skos:prefLabel "Kyivan Realm"@en .\n'
                    'actor:realm-rebels a dip:Group ; skos:prefLabel "Realm Liberation Front"@en ;'
                    ' dip:localName "Realmists"@en ; dip:country actor:Q212 .\n', encoding="utf-8")
    gaz = Gazetteer.from_files([path])
    assert gaz.lookup("Realmists") is None
    assert [e.key for e in gaz.by_local_name("Realmists")] == ["realm-rebels"]
    assert gaz.by_local_name("realmists") == []


def test_armed_groups_resolve_from_their_names_and_acronyms(gaz):
    assert key_of(gaz, "Islamic State in Iraq and the Levant") == ("islamic-state", "name")
    assert gaz.entries["islamic-state"].wikidata == "Q2429253"
    assert key_of(gaz, "MNLA") == ("mnla", "name")
    assert key_of(gaz, "SPLM-IO") == ("splm-io", "name")
    assert key_of(gaz, "MILF") == ("milf", "name")
    # short names that are also other bodies' acronyms are local names only
    for acronym in ("ADF", "NPA", "FSA", "OLA", "Maoists"):
        assert gaz.lookup(acronym) is None, acronym


@pytest.mark.parametrize("text, key, kind, country", [
    ("FARDC", "fardc", "org", "Q974"),
    ("ENDF", "endf", "org", "Q115"),
    ("KRG", "kurdistan-regional-government", "org", "Q796"),
    ("GNA", "government-of-national-accord", "org", "Q1016"),
    ("SPLA", "spla", "org", "Q958"),
    ("SPLM", "splm", "org", "Q958"),
    ("KPA", "korean-peoples-army", "org", "Q423"),
    ("CODECO", "codeco", "group", "Q974"),
    ("Three Brotherhood Alliance", "three-brotherhood-alliance", "group", "Q836"),
    ("Estado Mayor Central", "estado-mayor-central", "group", "Q739"),
    ("UNMIK", "unmik", "igo", None),
    ("United Nations Integrated Transition Assistance Mission in Sudan", "unitams", "igo", None),
    ("ISAF", "isaf", "igo", None),
    ("Resolute Support", "resolute-support", "igo", None),
    ("ECCAS", "eccas", "igo", None),
])
def test_armed_forces_groups_and_missions_resolve_to_their_class_and_state(gaz, text, key, kind, country):
    entry, how = gaz.lookup(text)
    assert (entry.key, how, entry.kind, entry.country) == (key, "name", kind, country)


def test_acronyms_that_are_also_words_resolve_but_are_flagged(gaz):
    for text, key in (("PNG", "Q691"), ("GNA", "government-of-national-accord")):
        entry, _ = gaz.lookup(text)
        assert entry.key == key and entry.ambiguous, text
    # "CAR" matches in capitals only; the state is not flagged, or its capital would need the NER
    assert gaz.lookup("CAR")[0].key == "Q929" and not gaz.lookup("Bangui")[0].ambiguous
    assert gaz.lookup("car") is None and gaz.lookup("Car") is None
    assert gaz.entries["eac"].wikidata == "Q337456"
    # one acronym for two groups in two countries: a local name of both, no name of either
    assert gaz.lookup("ASWJ") is None
    assert {e.country for e in gaz.by_local_name("ASWJ")} == {"Q1045", "Q1029"}


def test_no_two_entries_share_a_wikidata_item(gaz):
    seen: dict[str, str] = {}
    for entry in gaz.entries.values():
        if entry.wikidata:
            assert entry.wikidata not in seen, (entry.key, seen.get(entry.wikidata))
            seen[entry.wikidata] = entry.key

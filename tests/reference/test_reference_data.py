"""Checks on the reference data files themselves (parties, regions, settlements).

They read the YAML/CSV directly, not through the loader, so a broken file is reported here
with the row that breaks it, whatever the state of the Python code that consumes it.
"""

import csv
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "saylau" / "reference" / "data"

ISO_CODES_2023 = {
    "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
    "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
}
PARTIES_2023 = {"AMANAT", "AQ_JOL", "AUYL", "BAITAK", "NPK", "NSDP", "RESPUBLICA"}
SETTLEMENT_KINDS = {"city_republican", "regional_center", "city", "town", "district_center", "village"}
LANGUAGES = ("en", "ru", "kk")
SETTLEMENT_COLUMNS = ["name", "region", "kind", "lat", "lon", "variants", "former_names", "ambiguous"]


@pytest.fixture(scope="module")
def parties():
    with open(DATA / "parties.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)["parties"]


@pytest.fixture(scope="module")
def regions():
    with open(DATA / "regions.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)["regions"]


@pytest.fixture(scope="module")
def settlements():
    with open(DATA / "settlements.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split_forms(field):
    return [form for form in field.split("|") if form]


def settlement_forms(row):
    return [row["name"], *split_forms(row["variants"]), *split_forms(row["former_names"])]


def all_aliases(party):
    return [alias for language in LANGUAGES for alias in party["aliases"][language]]


def region_forms(region):
    return [form for language in LANGUAGES for form in region["names"][language]] + region["standalone"]


# ------------------------------------------------------------------ regions


def test_regions_are_exactly_the_20_iso_codes_of_2023(regions):
    codes = [region["code"] for region in regions]
    assert sorted(codes) == sorted(ISO_CODES_2023)


def test_only_astana_almaty_and_shymkent_are_city_units(regions):
    cities = {region["code"] for region in regions if region["kind"] == "city"}
    assert cities == {"KZ-71", "KZ-75", "KZ-79"}
    assert {region["kind"] for region in regions} == {"region", "city"}


def test_every_region_has_a_name_in_each_language(regions):
    for region in regions:
        for language in LANGUAGES:
            assert region["name"][language], (region["code"], language)
            assert region["names"][language], (region["code"], language)
            assert language in region["stems"], (region["code"], language)


def test_every_region_capital_is_a_settlement_of_that_region(regions, settlements):
    region_of = {row["name"]: row["region"] for row in settlements}
    for region in regions:
        assert region_of.get(region["capital"]) == region["code"], region["code"]


def test_region_former_names_are_matchable_forms(regions):
    for region in regions:
        assert set(region["former_names"]) <= set(region_forms(region)), region["code"]


def test_no_region_form_names_two_regions(regions):
    owners = defaultdict(set)
    for region in regions:
        for form in region_forms(region):
            owners[form.casefold()].add(region["code"])
    clashes = {form: codes for form, codes in owners.items() if len(codes) > 1}
    assert clashes == {}


def test_almaty_alone_is_the_city_and_almaty_region_is_kz19(regions):
    by_code = {region["code"]: region for region in regions}
    assert "Almaty" in by_code["KZ-75"]["standalone"]
    assert "Almaty" in by_code["KZ-19"]["stems"]["en"]
    assert "Almaty Region" in by_code["KZ-19"]["names"]["en"]
    assert "Abai" not in by_code["KZ-10"]["standalone"]


# ------------------------------------------------------------------ settlements


def test_settlements_csv_has_the_agreed_header():
    with open(DATA / "settlements.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == SETTLEMENT_COLUMNS


def test_there_are_at_least_300_settlements(settlements):
    assert len(settlements) >= 300


def test_every_settlement_lies_in_one_of_the_20_units(settlements):
    assert {row["region"] for row in settlements} <= ISO_CODES_2023


def test_every_settlement_kind_is_valid(settlements):
    assert {row["kind"] for row in settlements} <= SETTLEMENT_KINDS


def test_ambiguous_is_zero_or_one(settlements):
    assert {row["ambiguous"] for row in settlements} <= {"0", "1"}


def test_the_three_republican_cities_are_their_own_units(settlements):
    republican = {row["name"]: row["region"] for row in settlements if row["kind"] == "city_republican"}
    assert republican == {"Astana": "KZ-71", "Almaty": "KZ-75", "Shymkent": "KZ-79"}


def test_each_of_the_17_regions_has_exactly_one_regional_center(settlements):
    centers = [row["region"] for row in settlements if row["kind"] == "regional_center"]
    assert sorted(centers) == sorted(ISO_CODES_2023 - {"KZ-71", "KZ-75", "KZ-79"})


def test_no_surface_form_names_two_settlements(settlements):
    owners = defaultdict(set)
    for row in settlements:
        for form in settlement_forms(row):
            owners[form.casefold()].add(row["name"])
    clashes = {form: names for form, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_variant_lists_have_no_blank_or_padded_entries(settlements):
    for row in settlements:
        for form in settlement_forms(row):
            assert form == form.strip() and form, row["name"]


def test_coordinates_lie_inside_kazakhstan_when_present(settlements):
    for row in settlements:
        assert bool(row["lat"]) == bool(row["lon"]), row["name"]
        if row["lat"]:
            assert 40.5 <= float(row["lat"]) <= 55.5, row["name"]
            assert 46.4 <= float(row["lon"]) <= 87.4, row["name"]
            assert len(row["lat"].split(".")[1]) == 4 and len(row["lon"].split(".")[1]) == 4, row["name"]


def test_a_form_shared_by_a_settlement_and_a_region_points_to_one_unit(regions, settlements):
    region_of_form = {form.casefold(): region["code"] for region in regions for form in region_forms(region)}
    for row in settlements:
        for form in settlement_forms(row):
            code = region_of_form.get(form.casefold())
            assert code in (None, row["region"]), (form, row["name"], code)


def test_konayev_is_the_almaty_region_center_and_not_ambiguous(settlements):
    konayev = next(row for row in settlements if row["name"] == "Konayev")
    assert (konayev["region"], konayev["kind"], konayev["ambiguous"]) == ("KZ-19", "regional_center", "0")
    assert "Kapchagay" in split_forms(konayev["former_names"])


# ------------------------------------------------------------------ parties


def test_all_seven_2023_parties_exist_with_aliases_in_each_language(parties):
    by_code = {party["code"]: party for party in parties}
    assert PARTIES_2023 <= set(by_code)
    for code in PARTIES_2023:
        for language in LANGUAGES:
            assert by_code[code]["aliases"][language], (code, language)
            assert by_code[code]["name"][language], (code, language)


def test_party_codes_are_unique(parties):
    codes = [party["code"] for party in parties]
    assert len(codes) == len(set(codes))


def test_2023_parties_hold_ballot_positions_1_to_7_and_historic_ones_none(parties):
    current = sorted(party["registration_order"] for party in parties if not party["historic"])
    assert current == [1, 2, 3, 4, 5, 6, 7]
    assert {party["code"] for party in parties if not party["historic"]} == PARTIES_2023
    assert all(party["registration_order"] is None for party in parties if party["historic"])


@pytest.mark.parametrize("field", ["ambiguous", "former_names", "abbreviations"])
def test_listed_forms_are_also_aliases(parties, field):
    for party in parties:
        assert set(party[field]) <= set(all_aliases(party)), (party["code"], field)


def test_no_alias_names_two_parties(parties):
    owners = defaultdict(set)
    for party in parties:
        for alias in all_aliases(party):
            owners[alias.casefold()].add(party["code"])
    clashes = {alias: codes for alias, codes in owners.items() if len(codes) > 1}
    assert clashes == {}


def test_village_word_and_common_words_are_ambiguous(parties):
    by_code = {party["code"]: party for party in parties}
    assert "Ауыл" in by_code["AUYL"]["ambiguous"]
    assert "Аманат" in by_code["AMANAT"]["ambiguous"]
    assert "Ақ жол" in by_code["AQ_JOL"]["ambiguous"]


def test_democratic_party_alone_is_no_alias(parties):
    for party in parties:
        assert "democratic party" not in {alias.casefold() for alias in all_aliases(party)}


def test_every_leader_has_a_name_role_and_variants(parties):
    for party in parties:
        for leader in party["leaders"]:
            assert leader["name"] and leader["role"], party["code"]
            assert isinstance(leader["years"], str), (party["code"], leader["name"])
            assert leader["variants"], (party["code"], leader["name"])


# ------------------------------------------------------------------ districts

DISTRICT_COLUMNS = ["name", "region", "variants", "ambiguous", "shared_with"]
# Ulytau region (KZ-62) has only two districts, Zhanaarka and Ulytau: the rest of its
# territory belongs to the cities Zhezkazgan, Satpayev and Karazhal.
REGIONS_WITH_FEWER_THAN_3_DISTRICTS = {"KZ-62": 2}


@pytest.fixture(scope="module")
def districts():
    with open(DATA / "districts.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def district_forms(row):
    return [row["name"], *split_forms(row["variants"])]


def test_districts_csv_has_the_agreed_header():
    with open(DATA / "districts.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == DISTRICT_COLUMNS


def test_there_are_at_least_150_districts(districts):
    assert len(districts) >= 150


def test_every_district_lies_in_one_of_the_20_units(districts):
    for row in districts:
        assert row["region"] in ISO_CODES_2023, row["name"]


def test_district_ambiguous_is_zero_or_one(districts):
    for row in districts:
        assert row["ambiguous"] in {"0", "1"}, row["name"]


def test_district_names_are_unique(districts):
    names = [row["name"].casefold() for row in districts]
    assert sorted(name for name in set(names) if names.count(name) > 1) == []


def test_no_district_form_names_two_districts(districts):
    owners = defaultdict(set)
    for row in districts:
        for form in district_forms(row):
            owners[form.casefold()].add(row["name"])
    clashes = {form: names for form, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_district_variant_lists_have_no_blank_or_padded_entries(districts):
    for row in districts:
        for form in district_forms(row):
            assert form == form.strip() and form, row["name"]


def test_a_plain_district_name_is_no_settlement_of_another_region(districts, settlements):
    regions_of_form = defaultdict(set)
    for row in settlements:
        for form in settlement_forms(row):
            regions_of_form[form.casefold()].add(row["region"])
    for row in districts:
        if row["ambiguous"] == "1":
            continue
        for form in district_forms(row):
            elsewhere = regions_of_form.get(form.casefold(), set()) - {row["region"]}
            assert not elsewhere, (form, row["name"], row["region"], elsewhere)


def test_every_region_has_at_least_3_districts(regions, districts):
    count = defaultdict(int)
    for row in districts:
        count[row["region"]] += 1
    for region in regions:
        if region["kind"] != "region":
            continue
        least = REGIONS_WITH_FEWER_THAN_3_DISTRICTS.get(region["code"], 3)
        assert count[region["code"]] >= least, region["code"]


def test_the_three_republican_cities_have_their_city_districts(districts):
    region_of = {row["name"]: row["region"] for row in districts}
    for name in ("Almaly", "Bostandyk", "Medeu", "Turksib", "Nauryzbay"):
        assert region_of[name] == "KZ-75", name
    for name in ("Saryarka", "Baikonur", "Yesil"):
        assert region_of[name] == "KZ-71", name
    for name in ("Al-Farabi", "Enbekshi", "Turan"):
        assert region_of[name] == "KZ-79", name


def test_names_shared_with_regions_cities_or_other_districts_are_ambiguous(districts):
    flag = {row["name"]: row["ambiguous"] for row in districts}
    for name in ("Zhambyl", "Abai", "Yesil", "Nura", "Aksu", "Karasu", "Almaty", "Zhetysu",
                 "Baikonur", "Karatau", "Mangystau", "Ulytau", "Kostanay", "Pavlodar"):
        assert flag[name] == "1", name


class _NoDuplicateKeys(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping (PyYAML keeps the last
    silently: a second `kk:` under one cue once hid the Kazakh rally words under `weak`)."""


def _mapping_without_duplicates(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"{key!r} given twice (lines {seen[key]} and {key_node.start_mark.line + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep)


_NoDuplicateKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_no_yaml_file_gives_a_key_twice(path):
    with open(path, encoding="utf-8") as fh:
        yaml.load(fh, Loader=_NoDuplicateKeys)


def test_the_duplicate_key_check_catches_a_key_given_twice():
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("weak:\n  kk: [a]\n  kk: [b]\n", Loader=_NoDuplicateKeys)


def _list_items(value):
    """Every item of every list in a loaded YAML tree."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _list_items(item)
    elif isinstance(value, list):
        for item in value:
            yield item
            yield from _list_items(item)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_no_word_list_holds_a_yaml_boolean(path):
    """YAML 1.1 reads a bare on, off, yes or no as a boolean: `[of, on]` once lost its "on",
    and "the vote on 19 March" was taken for a day something happened."""
    with open(path, encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert not [item for item in _list_items(loaded) if isinstance(item, bool)]


def test_a_district_name_shared_with_other_regions_names_regions_that_exist(districts):
    """`shared_with`: the other regions that hold a district of the same name (a district so
    named with no region beside it places an event in none of them)."""
    from saylau.reference import load_regions

    codes = {r.code for r in load_regions()}
    shared = [(row, code) for row in districts for code in (row.get("shared_with") or "").split("|") if code]
    assert shared, "no district is marked as shared"
    for row, code in shared:
        assert code != row["region"] and code in codes, row["name"]

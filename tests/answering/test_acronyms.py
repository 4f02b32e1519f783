"""Acronyms defined in the notes count as their long form, and the other way round."""

from __future__ import annotations

from bot.answering.acronyms import (
    definitions,
    rare,
    spell_out,
    stem_pairs,
    used_undefined,
    with_acronyms,
)
from bot.text import stem, stems


def test_definitions_match_letters_to_words() -> None:
    text = (
        "Each Network Access Control Lists (NACLs) entry is checked in order. "
        "The Internet Gateway (IGW) gives the network a route out. "
        "Our Simple Queue Service (SQS) is older than Elastic Compute Cloud (EC2). "
        "We met at the Summit (London) and talked Machine Learning (AI)."
    )
    found = definitions([text])
    assert found["nacl"] == ("network", "access", "control", "lists")
    assert found["igw"] == ("internet", "gateway")  # G and W both from "Gateway"
    assert found["sqs"] == ("simple", "queue", "service")
    assert found["ec2"] == ("elastic", "compute", "cloud")  # a digit repeats the letter
    assert "london" not in found and "ai" not in found  # letters that don't fit: no acronym


def test_a_sentence_with_the_acronym_covers_the_long_form_and_back() -> None:
    pairs = stem_pairs({"igw": ("internet", "gateway")}, stem)
    short = with_acronyms(stems("The IGW has two main purposes."), pairs)
    assert {stem("internet"), stem("gateway")} <= short
    long = with_acronyms(stems("Attach an internet gateway to the VPC."), pairs)
    assert "igw" in long
    plain = stems("Nothing to expand here.")
    assert with_acronyms(plain, pairs) == plain


def test_acronyms_in_most_passages_are_left_out() -> None:
    found = {"aws": ("amazon", "web", "services"), "igw": ("internet", "gateway")}
    texts = ["AWS regions"] * 18 + ["the IGW", "plain text"]  # IGW in 5%, AWS in 90%
    assert set(rare(found, texts)) == {"igw"}


def test_acronyms_used_but_never_spelled_out_are_found_by_their_initials() -> None:
    texts = [
        "RRS: Durability: 99.99%",
        "Internet Gateway (IGW) rules",
        "CLICK the ACCESS button to click through to access",  # shouting: also lower case
        "HA matters",
        "HA again",
    ] + ["plain words"] * 20
    found = used_undefined(texts, defined={"igw"})
    assert found == {"rrs", "ha"}
    assert used_undefined(["HA"] * 3 + ["x"] * 7, defined=set()) == set()  # in 30%: too common


def test_a_spelled_out_name_gets_the_notes_acronym_in_lower_case() -> None:
    known = frozenset({"rrs", "ha"})
    assert (
        spell_out("What is the durability of Reduced Redundancy Storage?", known)
        == "What is the durability of Reduced Redundancy Storage (rrs)?"
    )
    # a capitalised word before the name ("Does") is not part of it
    assert spell_out("Does Reduced Redundancy Storage cost less?", known) == (
        "Does Reduced Redundancy Storage (rrs) cost less?"
    )
    assert spell_out("What did Tom Woodyer say?", known) == "What did Tom Woodyer say?"
    # "ha" inside "What" is no use of the acronym
    assert spell_out("What is High Availability?", known) == "What is High Availability (ha)?"
    assert spell_out("Is Reduced Redundancy Storage RRS?", known) == (
        "Is Reduced Redundancy Storage RRS?"
    )  # already there
    assert spell_out("what is reduced redundancy storage?", known) == (
        "what is reduced redundancy storage?"
    )  # lower case is no name: too easy to match by chance

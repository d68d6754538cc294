"""Medicine names: a reader takes them for medicines, and lay summaries keep them, so a rare one
left unexplained is a warning for an editor, not an error. A name is known by its INN ending
("remifentanil", "rofecoxib", "tacrolimus") or by where it stands: the slot a treatment fills
("treated with mycophenolate", "took leflunomide", "ciclosporin or placebo",
"sulfasalazine tablets"), set against a medicine ("methotrexate versus mycophenolate"), or in
a list that holds one or that a kind of medicine opens ("olanzapine with amisulpride,
aripiprazole, ... and ziprasidone", "antiepileptic drugs ...: valproate, ethosuximide and
lamotrigine").
"X versus Y" alone is no such slot: procedures stand there as often.."""

from __future__ import annotations

import re

# Endings that name medicines (INN stems), not chemicals in general ("ceramide" is a fat).
DRUG_ENDINGS = (
    "mab", "nib", "imod", "vir", "cept", "parin", "sartan", "pril", "olol", "azole", "cycline",
    "mycin", "statin", "lukast", "fungin", "dronate", "gliptin", "glitazone", "zepam", "zolam",
    "cillin", "oxacin", "platin", "rubicin", "oxib", "profen", "gatran", "dipine", "fentanil",
    "metasone", "methasone", "tidine", "semide", "triptan", "setron", "prazole", "xaban", "afil",
    "tinib", "limus", "trexate", "mustine", "fenac", "oxetine", "pramine", "triptyline",
    "gabalin", "azepine", "flunomide", "sporin", "sporine", "phosphamide", "racetam",
    # local anaesthetics, airway openers, taxanes, HIV drugs, barbiturates, steroids, diabetes
    # and heart medicines, anaesthetics, antipsychotics: "lidocaine", "formoterol" (not
    # "cholesterol"), "stavudine", "thiopental", "olanzapine", "ziprasidone", "fluticasone"
    "caine", "buterol", "moterol", "meterol", "anterol", "caterol", "daterol", "taxel", "vudine",
    "barbital", "hexital", "pental", "olone", "isone", "gliflozin", "glutide", "thiazide",
    "zosin", "ofol", "apine", "idone", "casone",
    # antihistamines: "clemastine", "azelastine"
    "astine",
)  # fmt: skip

# What comes just before a medicine: how it is taken. Slots a procedure or an exposure fills
# as well are left out, so a technical one stays an error: "received iontophoresis", "given
# ...", "... versus no hydrotubation", "hypoxaemia versus normoxaemia", "intravitreal
# injections" (read in the shared data's drafts).
_BEFORE = re.compile(
    r"\b(?:treated with|doses? of|taking|took|take|takes|switch(?:ed|ing)? (?:to|from)|insulin)"
    r"\s+(?:(?:low|high|standard|oral|daily|weekly|monthly)[- ](?:dose |doses )?)?$",
    re.I,
)
# What comes just after one: a placebo it was set against, or the form it is taken in.
# (an acid named by its first word is a substance the reader takes for one: "lipoic acid",
# "tranexamic acid"; a reader at stop 56 found "Lipoic" failed as jargon while multi-word terms
# passed)
_AFTER = re.compile(
    r"(?: (?:mofetil|sodium))?(?: (?:or|and|with) (?:a )?(?:placebo|dummy pills?)\b|"
    r" (?:tablets?|pills?|capsules?|doses?|acids?)\b)",
    re.I,
)


# A word set against a medicine is a medicine: "methotrexate versus mycophenolate",
# "mycophenolate or methotrexate", "azathioprine compared with cyclophosphamide".
_AGAINST = r"(?:versus|vs\.?|or|compared (?:with|to))"
_PAIR_BEFORE = re.compile(rf"\b([a-z][\w-]*)\s+{_AGAINST}\s+$", re.I)
_PAIR_AFTER = re.compile(rf",?\s+{_AGAINST}\s+([a-z][\w-]*)", re.I)


# A medicine's name joined to an everyday word: "ocrelizumab-treated patients",
# "statin-induced muscle pain" are still the medicine's name to a reader.
_JOINED = re.compile(
    r"^([a-z]+)-(?:treated|induced|related|associated|based|free|naive|naïve|exposed|"
    r"resistant|sensitive|containing|using|users?|therapy|treatment)$"
)


def drug_name(word: str) -> bool:
    """Whether a lower-case word has a medicine-name ending, alone or joined to an everyday
    word ("ocrelizumab-treated")."""
    joined = _JOINED.match(word)
    return (joined[1] if joined else word).endswith(DRUG_ENDINGS)


# A list of single words: the item before a word (the gap after it ends the text before the
# word), the item after it, and what may open a list of medicines ("antiepileptic drugs are
# used: valproate, ...", "antipsychotics such as ...").
_GAP = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|with|versus|vs\.?)\s+)"
_ITEM_BEFORE = re.compile(rf"(?<![\w-])([a-z][\w-]*){_GAP}$", re.I)
_ITEM_AFTER = re.compile(rf"{_GAP}([a-z][\w-]*)(?![\w-])", re.I)
_OPENS_MEDICINES = re.compile(
    r"\b(?:drugs|medicines|medications|antibiotics|antidepressants|antipsychotics|"
    r"antiepileptics|painkillers|treatments)\b[^.;]{0,60}?(?::|\bsuch as|\blike|\bincluding)"
    r"\s*$",
    re.I,
)
LIST_ITEMS = 8  # the most items of a list read on each side of a word


def _in_medicine_list(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is an item of a list of single words that holds a
    medicine ("olanzapine with amisulpride, aripiprazole, ... and ziprasidone") or that a kind
    of medicine opens ("Three antiepileptic drugs are used: valproate, ethosuximide and ...")."""
    items: list[str] = []
    at = start
    for _ in range(LIST_ITEMS):
        m = _ITEM_BEFORE.search(text[max(0, at - 60) : at])
        if m is None:
            break
        items.append(m.group(1))
        at = max(0, at - 60) + m.start()
    if _OPENS_MEDICINES.search(text[max(0, at - 80) : at]):
        return True
    at = end
    for _ in range(LIST_ITEMS):
        m = _ITEM_AFTER.match(text, at)
        if m is None:
            break
        items.append(m.group(1))
        at = m.end()
    return any(drug_name(item.lower()) for item in items)


def in_medicine_slot(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands where a medicine's name stands."""
    before = text[max(0, start - 40) : start]
    if _BEFORE.search(before) or _AFTER.match(text, end):
        return True
    pair = _PAIR_BEFORE.search(before) or _PAIR_AFTER.match(text, end)
    if pair and drug_name(pair.group(1).lower()):
        return True
    return _in_medicine_list(text, start, end)

"""A comparison with a control ("compared with placebo") that a headline's cut form may drop."""

from __future__ import annotations

import re

# How a claim names what it was set against ("compared with", "in comparison with").
_AGAINST = r"(?:compared (?:with|to)|in comparison (?:with|to)|relative to|versus|vs\.?)"
CONTROL = re.compile(
    rf",?\s+(?:when |as )?{_AGAINST} (?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment)?|usual care|standard care|"
    r"(?:(?:minimal|little|usual care) or )?no (?:treatment|intervention)|"
    r"control(?: group)?s?|controls)$",
    re.I,
)
# "X compared with a dummy treatment did not ...": the control between the subject and its verb.
# Only in a sentence that opens with its subject (no comma before it): after a list or an
# aside ("For cramps, differences in X, Y compared with placebo, were small") it is not the
# subject's control.
MID_CONTROL = re.compile(
    rf"^(?P<subject>[^,;]+?)\s+(?:when |as )?{_AGAINST} "
    r"(?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment)?|usual care|standard care|"
    r"no (?:treatment|intervention)|control(?: group)?s?)(?= (?:did|does|do|was|were|is|are|"
    r"had|has|have|may|might|can|could|showed|shows|reduced|improved|increased|lowered)\b)",
    re.I,
)
LEADING_CONTROL = re.compile(
    rf"^,?\s*(?:when |as )?{_AGAINST} (?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment| procedure| surgery)?|usual care|"
    r"standard care|no (?:treatment|intervention)|control(?: group)?s?),\s+",
    re.I,
)

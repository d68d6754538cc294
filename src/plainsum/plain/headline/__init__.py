"""The headline: the main finding, from the authors' main conclusion or primary result.

`choose` ranks the sentences and their shorter forms (`forms`) by their weight (`rank`),
`template` builds a headline from parsed facts where no sentence can serve, `name_ms` adds
"in people with MS" (`name_condition`: "with X" of a study of people with another condition).
"""

from .choose import choose_headline
from .name_ms import name_condition, name_ms
from .rank import IDEAL_WORDS
from .record import Headline

__all__ = ["IDEAL_WORDS", "Headline", "choose_headline", "name_condition", "name_ms"]

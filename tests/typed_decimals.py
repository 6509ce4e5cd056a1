"""Random decimals as people type them, crowded onto the thresholds, and the rules
computed by hand on the typed text.

The reference rules here work on the decimal strings themselves, never on floats, and
share no code with :mod:`graph_api.traversals.exact_decimals`: the tests store ``float(text)`` and
check that the stores decide as these do. Every decimal has at most 15 significant
digits, the most a float is guaranteed to carry as typed.
"""

import random
from dataclasses import dataclass
from decimal import Decimal

MAX_DIGITS = 15
UP, DOWN = "higher_is_better", "lower_is_better"


def significant_digits(value: Decimal) -> int:
    return len(value.normalize().as_tuple().digits)


def typed(rng: random.Random, int_digits: int, places: int, negative: bool = False) -> Decimal:
    """A decimal with up to ``int_digits`` digits before the point and ``places`` after."""
    whole = rng.randrange(10**int_digits) if int_digits else 0
    fraction = rng.randrange(10**places) if places else 0
    text = f"{whole}.{fraction:0{places}d}" if places else str(whole)
    value = Decimal(text)
    return -value if negative else value


def last_place(value: Decimal) -> Decimal:
    """One unit in the last typed place of ``value`` (1 for a whole number)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int), value  # finite, never NaN or infinite
    return Decimal(1).scaleb(min(exponent, 0))


def nudged(rng: random.Random, value: Decimal) -> Decimal:
    """``value``, or one unit in one more place above or below it."""
    step = last_place(value) / 10
    return value + rng.choice([Decimal(0), step, -step])


@dataclass(frozen=True)
class TypedOutcome:
    key: str
    importance: Decimal
    satisfaction: Decimal

    def score(self) -> Decimal:
        return self.importance + max(self.importance - self.satisfaction, Decimal(0))

    def expected(self) -> tuple[str, Decimal, bool, bool]:
        score = self.score()
        return self.key, score, score >= 10, self.satisfaction > self.importance


def random_outcome(rng: random.Random, key: str) -> TypedOutcome:
    """Importance and satisfaction on 0-10, a third scoring exactly 10 or one step off."""
    while True:
        importance = typed(rng, 1, rng.randrange(MAX_DIGITS))
        shape = rng.randrange(6)
        if shape < 3:  # on the underserved threshold, or one place past it either way
            satisfaction = nudged(rng, 2 * importance - 10) if shape else 2 * importance - 10
        elif shape == 3:
            satisfaction = importance
        else:
            satisfaction = typed(rng, 1, rng.randrange(MAX_DIGITS))
        fits = all(
            0 <= v <= 10 and significant_digits(v) <= MAX_DIGITS for v in (importance, satisfaction)
        )
        if fits:
            return TypedOutcome(key, importance, satisfaction)


def expected_ranking(outcomes: list[TypedOutcome]) -> list[tuple[str, Decimal, bool, bool]]:
    rows = [o.expected() for o in outcomes]
    return sorted(rows, key=lambda row: (-row[1], row[0]))


@dataclass(frozen=True)
class TypedKpi:
    key: str
    direction: str
    target: Decimal | None
    earliest: Decimal
    latest: Decimal

    def status(self) -> str:
        if self.target is None:
            return "no_data"
        up = self.direction == UP
        shortfall = self.target - self.latest if up else self.latest - self.target
        if shortfall <= 0:
            return "on_track"
        return "at_risk" if shortfall <= abs(self.target) / 10 else "off_track"

    def trend(self) -> tuple[str, Decimal]:
        delta = self.latest - self.earliest
        scale = abs(self.target) if self.target is not None else abs(self.earliest)
        if abs(delta) <= scale / 100:
            return "stable", delta
        better = delta > 0 if self.direction == UP else delta < 0
        return ("improving" if better else "worsening"), delta


def random_kpi(rng: random.Random, key: str) -> TypedKpi:
    """A target (sometimes none, zero or negative) and two measurements, the latest at,
    or one place off, the AT_RISK band's edge, the target, or anywhere; the earliest
    such that the change is at, or one place off, the STABLE band's edge, or anywhere."""
    while True:
        direction = rng.choice([UP, DOWN])
        int_digits, places = rng.randrange(7), rng.randrange(9)
        shape = rng.randrange(8)
        target = None if shape == 0 else typed(rng, int_digits, places, rng.random() < 0.3)
        if shape == 1:
            target = Decimal(0)
        base = target if target is not None else typed(rng, int_digits, places)
        band = abs(base) / 10
        edge = base - band if direction == UP else base + band
        latest = rng.choice([edge, nudged(rng, edge), base, typed(rng, int_digits, places)])
        scale = abs(target) if target is not None else None
        if scale is None:  # the band is 1% of the earliest value: pick that first
            earliest = typed(rng, int_digits, places, rng.random() < 0.3)
            latest = earliest + rng.choice([1, -1]) * abs(earliest) / 100
            latest = rng.choice([latest, nudged(rng, latest)])
        else:
            change = rng.choice([1, -1]) * scale / 100
            earliest = rng.choice([latest - change, nudged(rng, latest - change)])
        values = [v for v in (target, earliest, latest) if v is not None]
        if all(significant_digits(v) <= MAX_DIGITS for v in values):
            return TypedKpi(key, direction, target, earliest, latest)

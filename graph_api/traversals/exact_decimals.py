"""Exact decimals for the thresholds of ``opportunityScores`` and ``valueStreamHealth``.

Importance 9.7, a target of 7, a measurement of 6.3: people type decimals, and the
stores keep them as binary floats, which only approximate them (9.7 is stored as
9.699999999999999289...). Float arithmetic then misses exact boundaries: 9.7 + (9.7 -
9.4) is 9.999999999999998, under the underserved threshold of 10, and 7 - 6.3 is more
than 10% of 7. So every rule here first turns each stored float back into the decimal
it was typed as (:func:`typed_decimal`), then computes exactly with
:class:`decimal.Decimal`.

Both stores fetch the raw values and call the rules of each traversal's ``scoring.py``,
which compute through these functions: each rule lives once, and the two stores cannot
decide differently.
"""

import math
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, Underflow

# Exact arithmetic on typed decimals, always through this context: Decimal's operators
# (-x, abs(x), x + y) round to the thread's context, 28 digits by default. A float's
# shortest form has at most 17 significant digits and an exponent between -324 and 308,
# so the sum or difference of a few of them, or one times 0.1 or 0.01, needs fewer than
# 700 digits: with 800, nothing is rounded. Inexact is trapped all the same, so a
# rounding could never pass unnoticed.
EXACT = Context(prec=800, traps=[Inexact, InvalidOperation, Overflow, Underflow])


def typed_decimal(value: float) -> Decimal:
    """The decimal ``value`` was typed as: the shortest one that reads back as it.

    ``typed_decimal(9.7) == Decimal("9.7")``, where ``Decimal(9.7)`` is the binary
    approximation 9.699999999999999289457264239899814128875732421875. Any decimal of up
    to 15 significant digits comes back exactly as typed. ValueError for NaN and
    infinities, which are no decimal.
    """
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{number} is not a finite number")
    return Decimal(repr(number))


def comparable(value: float | None) -> Decimal | None:
    """The typed decimal of ``value``; None when there is none or it is not finite."""
    if value is None or not math.isfinite(float(value)):
        return None
    return typed_decimal(value)

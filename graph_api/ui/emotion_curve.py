"""The emotion curve of a journey map: one point per step, drawn as inline SVG.

The chart lines up with the journey map's table above and below it: a first column of
:data:`HEADER_WIDTH` pixels (the y axis and its labels), then one column of
:data:`COLUMN_WIDTH` pixels per step, each step's point at the middle of its column.
The y axis runs from emotion 1 (very negative, bottom) to 5 (very positive, top).
"""

from collections.abc import Sequence
from dataclasses import dataclass

HEADER_WIDTH = 140
"""Width of the first column (row titles in the tables, the y axis in the chart)."""
COLUMN_WIDTH = 108
"""Width of each step's column."""
PLOT_TOP = 16
"""Where emotion 5 is drawn."""
PLOT_HEIGHT = 160
"""From emotion 5 down to emotion 1."""
HEIGHT = PLOT_TOP + PLOT_HEIGHT + 40
"""The whole chart, room for the x axis title below the plot."""
EMOTION_MIN, EMOTION_MAX = 1, 5
EMOTION_LABELS = {
    1: "1 very negative",
    2: "2 negative",
    3: "3 neutral",
    4: "4 positive",
    5: "5 very positive",
}


def y_of(emotion: float) -> float:
    """The y of an emotion: 5 at the top of the plot, 1 at its bottom."""
    span = EMOTION_MAX - EMOTION_MIN
    return PLOT_TOP + (EMOTION_MAX - emotion) * PLOT_HEIGHT / span


def x_of(index: int) -> float:
    """The x of the step in column ``index`` (0-based): the middle of its column."""
    return HEADER_WIDTH + index * COLUMN_WIDTH + COLUMN_WIDTH / 2


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """A step's point: ``emotion`` None draws a hollow marker on the neutral line."""

    number: int
    step_key: str
    step_name: str
    emotion: int | None
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class YTick:
    emotion: int
    label: str
    y: float


@dataclass(frozen=True, slots=True)
class EmotionCurve:
    """What the template draws."""

    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    points: list[CurvePoint]
    ticks: list[YTick]

    @property
    def polyline(self) -> str:
        """The ``points`` attribute of the polyline through the steps that have an emotion."""
        return " ".join(f"{p.x:g},{p.y:g}" for p in self.points if p.emotion is not None)


def emotion_curve(steps: Sequence[tuple[str, str, int | None]]) -> EmotionCurve:
    """The curve of ``steps`` (key, name, emotion), in journey order."""
    points = [
        CurvePoint(
            number=i + 1,
            step_key=key,
            step_name=name,
            emotion=emotion,
            x=x_of(i),
            y=y_of(emotion if emotion is not None else 3),
        )
        for i, (key, name, emotion) in enumerate(steps)
    ]
    right = HEADER_WIDTH + len(points) * COLUMN_WIDTH
    return EmotionCurve(
        width=right,
        height=HEIGHT,
        plot_left=HEADER_WIDTH,
        plot_right=right,
        plot_top=PLOT_TOP,
        plot_bottom=PLOT_TOP + PLOT_HEIGHT,
        points=points,
        ticks=[YTick(e, EMOTION_LABELS[e], y_of(e)) for e in range(EMOTION_MIN, EMOTION_MAX + 1)],
    )

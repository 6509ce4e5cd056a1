"""A journey as a Mermaid ``journey`` diagram.

::

    journey
      title Report and fix a broadband fault
      section Notice the problem
        Notice the connection is down: 1: Customer
        Check for a known outage: 2: Mobile app, Website

``title`` is the journey's name; one ``section`` per stage, in the journey's order
(``order``, then key; a stage without steps is an empty section); one task per step, in
order, as ``name: score: actors``:

- the score is the step's ``emotion`` (1 = very negative, 5 = very positive); a step
  without one scores :data:`DEFAULT_SCORE` (neutral);
- the actors are the names of the channels the step's touchpoints are on, by channel
  key, each once; a step with no touchpoint on a channel has the one actor
  :data:`DEFAULT_ACTOR`.

Names are escaped as :mod:`graph_api.diagrams.mermaid` says. The diagram is drawn from
the ``serviceBlueprint`` result, which holds the stages, steps, emotions and channels in
that order.
"""

from graph_api.diagrams.labels import Labels, label
from graph_api.diagrams.mermaid import journey_actor, journey_task_name, journey_text
from graph_api.store.base import NodeRef
from graph_api.traversals.service_blueprint.result import BlueprintStep, ServiceBlueprint

DEFAULT_SCORE = 3
"""The score of a step without an emotion: neutral, in the middle of 1-5."""

DEFAULT_ACTOR = "Customer"
"""The actor of a step that has no touchpoint on a channel."""


def journey_refs(blueprint: ServiceBlueprint) -> list[NodeRef]:
    """The nodes whose labels :func:`journey_diagram` shows."""
    refs = [NodeRef("Journey", blueprint.journey_key)]
    for stage in blueprint.stages:
        refs.append(NodeRef("Stage", stage.stage_key))
        for step in stage.steps:
            refs.append(NodeRef("Step", step.step_key))
            refs.extend(
                NodeRef("Channel", c.channel_key) for c in step.front_stage if c.channel_key
            )
    return list(dict.fromkeys(refs))


def step_actors(step: BlueprintStep, labels: Labels) -> list[str]:
    """The actors of a step's task, escaped: its channels' names, or the customer."""
    actors = [
        journey_actor(label(labels, NodeRef("Channel", lane.channel_key)))
        for lane in step.front_stage
        if lane.channel_key is not None
    ]
    return list(dict.fromkeys(actors)) or [DEFAULT_ACTOR]


def journey_diagram(blueprint: ServiceBlueprint, labels: Labels) -> str:
    """The Mermaid ``journey`` text of the journey ``blueprint`` draws."""
    lines = [
        "journey",
        f"  title {journey_text(label(labels, NodeRef('Journey', blueprint.journey_key)))}",
    ]
    for stage in blueprint.stages:
        lines.append(f"  section {journey_text(label(labels, NodeRef('Stage', stage.stage_key)))}")
        for step in stage.steps:
            name = journey_task_name(label(labels, NodeRef("Step", step.step_key)))
            score = step.emotion if step.emotion is not None else DEFAULT_SCORE
            lines.append(f"    {name}: {score}: {', '.join(step_actors(step, labels))}")
    return "\n".join(lines) + "\n"

"""How large a generated model is: the one statement of it, which ``graph-api generate
--help``, the README and this package's docs repeat, and which a test holds to the
generator over many seeds (``tests/generate/test_sizes.py``).

Each scale point is one business unit, whose numbers of journeys, steps, processes and
so on are drawn from the seed; a few nodes (channels, hub systems, the platform team) are
shared by all. Measured with ``generate_model`` (what ``graph-api generate`` writes):

- scale 1 over seeds 0-999: 741 to 1,367 nodes and 1,873 to 3,987 links;
- scale 10 over seeds 0-5: 968 to 1,053 nodes and 2,727 to 3,025 links per scale point;
- scale 20 over seeds 0-29: 974 to 1,052 nodes and 2,734 to 3,031 links per scale point;
- scale 100, seeds 0-2: 100,833 to 102,233 nodes and 286,355 to 290,989 links.

So a unit alone varies a lot, and from scale 10 the average per scale point settles
within 10% of about 1,000 nodes and 2,900 links.
"""

NODES_PER_SCALE_POINT = 1_000
LINKS_PER_SCALE_POINT = 2_900
SETTLED_FROM_SCALE = 10
"""From this scale on, the nodes and links per scale point are within ``SETTLED_SPREAD``
of the figures above, whatever the seed."""
SETTLED_SPREAD = 0.10
SINGLE_UNIT_NODES = (700, 1_400)
"""The nodes of a model of scale 1, whatever the seed."""
SINGLE_UNIT_LINKS = (1_800, 4_000)
"""The links of a model of scale 1, whatever the seed."""


def expected_size(scale: int) -> tuple[int, int]:
    """About how many nodes and links a model of ``scale`` has."""
    return NODES_PER_SCALE_POINT * scale, LINKS_PER_SCALE_POINT * scale


def size_statement() -> str:
    """The sizes in a sentence, as the help and the README give them."""
    nodes, links = expected_size(100)
    low_nodes, high_nodes = SINGLE_UNIT_NODES
    low_links, high_links = SINGLE_UNIT_LINKS
    return (
        f"about {NODES_PER_SCALE_POINT:,} nodes and {LINKS_PER_SCALE_POINT:,} links per "
        f"scale point, within {SETTLED_SPREAD:.0%} from scale {SETTLED_FROM_SCALE} "
        f"(100: about {nodes:,} nodes and {links:,} links); scale 1 alone varies with the "
        f"seed, {low_nodes:,}-{high_nodes:,} nodes and {low_links:,}-{high_links:,} links"
    )

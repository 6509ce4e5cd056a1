"""Generated models of any size, for load tests and benchmarks (``graph-api generate``).

:func:`generate_model` builds a model document in the model-file format (the shape
``graph-api export`` writes and :func:`graph_api.model_io.read_model` reads) from a
seeded ``random.Random``: the same scale and seed always give the same document.
"""

from graph_api.generate.model import (
    MAX_SCALE,
    WIDELY_USED_SYSTEM,
    GeneratedModel,
    generate_model,
)

__all__ = ["MAX_SCALE", "WIDELY_USED_SYSTEM", "GeneratedModel", "generate_model"]

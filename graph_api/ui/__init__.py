"""A read-only view of the graph in the browser, at ``/ui``.

Server-rendered with Jinja2 (autoescaped), inline CSS and inline SVG only: no build
step, nothing fetched from elsewhere. Pages read through the app's store with the calls
the API already makes (``service_blueprint``, ``impact``, ``get_nodes``,
``list_nodes``, ``neighbours``); the view models that shape what a page shows are pure
functions of those results:

- :mod:`~graph_api.ui.journeys`: the list of journeys;
- :mod:`~graph_api.ui.journey_map`: a journey map and its service blueprint;
- :mod:`~graph_api.ui.emotion_curve`: the geometry of the emotion curve (SVG);
- :mod:`~graph_api.ui.impact_view`: what a change to a node hits;
- :mod:`~graph_api.ui.routes`: the pages, their errors and who may see them;
- :mod:`~graph_api.ui.pages`: rendering, the headers of every page, the error page;
- :mod:`~graph_api.ui.request_errors`: refused parameters, unknown paths and methods
  under ``/ui`` answered with the error page (``install_error_pages``).
"""

from graph_api.ui.request_errors import install as install_error_pages
from graph_api.ui.routes import router

__all__ = ["install_error_pages", "router"]

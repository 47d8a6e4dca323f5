"""The surfaces: the ``accessinfo`` command (``cli``), the HTML views (``html``) and the JSON
Schemas with ``load_decision`` (``schema``). They sit on top of the tasks and the core.
"""

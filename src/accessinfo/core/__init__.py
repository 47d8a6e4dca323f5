"""The core: citations, decisions, the ``@rule`` registry, periods and input models.

The core knows no law and draws nothing: articles, tasks and surfaces build on it.
"""

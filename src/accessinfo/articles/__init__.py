"""One package per instrument, one module per article: the path is the citation.

Package names are ``<kind>_<number>_<year>`` (``law_104_2016``, ``decree_64_2007``, …).
"""

__all__: list[str] = []

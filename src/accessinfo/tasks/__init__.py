"""The tasks: facade functions that pick the instrument in force for a concrete situation.

``requests`` and ``timeline`` (information requests), ``access`` (who may ask, access class,
refusal grounds, costs, disclosure), ``letters``, ``outages`` (suspensions and incidents),
``data_sharing`` and ``violations_db``.
"""

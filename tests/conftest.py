"""Hypothesis profiles: ``dev`` (quick, the default) and ``ci`` (at least 2,000 examples per
property, no deadline), loaded when the environment variable ``CI`` is set.

``HYPOTHESIS_PROFILE=<name>`` picks a profile explicitly.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("ci", max_examples=2000, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_DATA)
settings.register_profile("dev", max_examples=60, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_DATA)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI")
                                                               else "dev"))

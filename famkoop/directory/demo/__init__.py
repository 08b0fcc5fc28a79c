"""Fictitious data for demonstrations and benchmarks.

`nrw.load_demo` builds a believable North Rhine-Westphalia (`manage.py load_demo`);
`scale.generate_scale` builds a large synthetic data set for all of Germany
(`manage.py generate_scale`). Every name, address and person in them is invented.
"""

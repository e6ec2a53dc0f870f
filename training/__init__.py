"""Reproducible training of the default classifier's heads: `python -m training.train`."""

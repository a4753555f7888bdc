"""Adapters that run clean-article inside existing data-processing engines."""

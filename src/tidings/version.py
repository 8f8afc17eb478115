"""The version stored with every coded document: ``--recode`` re-codes what another coded.
Kept apart so that what only reads or writes the store needs no model."""

PIPELINE_VERSION = "0.1.0"

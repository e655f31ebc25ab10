"""Pure rule functions over catalog objects; each result carries its reasons.

The public names are re-exported from :mod:`hiptx`; import them from there.
"""

"""Actors: dictionary lookup with dated roles, title chunking and coreference."""

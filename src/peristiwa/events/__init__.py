"""Event coding: trigger patterns, roles, modality, compounds."""

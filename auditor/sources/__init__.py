"""Inputs: each module turns one kind of input into :class:`auditor.model.AuthorizationRequest`."""

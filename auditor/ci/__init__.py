"""``oauth-audit check``: discovery of manifests, the app's declaration, ignores and baselines."""

"""Errors that end a command with exit code 2 and one line on stderr."""


class InputError(Exception):
    """The input (URL, file, option value) cannot be used. The message is one line, for the user."""


class UsageError(InputError):
    """The command line itself is wrong."""

"""Conference-notes assistant: grounded, cited answers over conference notes.

Importing the package is instant: models and indexes load only inside the app
factory or the CLI commands that need them.
"""

__version__ = "0.1.0"

"""The thin adapters over the core: the MkDocs plugin, the `factsheet` command and the atomic site
build. The only modules that import MkDocs or click."""
